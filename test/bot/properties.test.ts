// Property tests: whatever a user sends, the core answers with a valid answer object, quickly, never an exception.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../src/bot/answer.js";
import { testBot } from "../helpers.js";

const bot = testBot();
const BOUND_MS = 250;

async function check(text: string, session = "p") {
  const started = performance.now();
  const answer = await bot.reply(session, text);
  const ms = performance.now() - started;
  expect(() => AnswerSchema.parse(answer), JSON.stringify(text).slice(0, 80)).not.toThrow();
  expect(ms, JSON.stringify(text).slice(0, 80)).toBeLessThan(BOUND_MS);
}

const hostile = [
  "",
  " ",
  "\u0000\u0001\u0002\u001b[31m",
  "🙂".repeat(500),
  "稳".repeat(100_000),
  "1e308",
  "-5万",
  "NaN",
  "Infinity元",
  "参保-50人，裁员NaN人，缴了失业保险费-5万元",
  "'; DROP TABLE sessions; --",
  "<script>alert(1)</script><img src=x onerror=alert(1)>",
  "ﾃｽﾄ ＡＢＣ　１２３ 稳岗返還",
  "\u202e稳岗返还\u202c",
  "参保1e308人，裁员1e308人，缴了失业保险费1e308元，稳岗返还多少",
  "招了99999999999999999999个应届生，签了1年合同，吸纳就业补贴多少",
  "留用率百分之一千",
];

describe("the core under hostile input", () => {
  it.each(hostile.map((h) => [JSON.stringify(h).slice(0, 40), h]))("answers %s", async (_, text) => {
    await check(text);
  });

  it("answers any string", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 300 }), async (text) => check(text)),
      { numRuns: 150 },
    );
  });

  it("answers any mix of policy words, numbers and noise, in a running conversation", async () => {
    const piece = fc.oneof(
      fc.constantFrom("稳岗返还", "吸纳就业补贴", "见习补贴", "平凉", "兴安盟", "黑龙江", "参保", "裁员", "人", "元", "万", "个月", "年", "留用率", "%", "不对，是", "重新算", "，", "？"),
      fc.integer({ min: -1000, max: 1_000_000 }).map(String),
      fc.double({ noNaN: false }).map(String),
      fc.string({ maxLength: 5 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(piece, { maxLength: 12 }).map((p) => p.join("")), { minLength: 1, maxLength: 4 }), async (turns) => {
        const session = `conv-${Math.random()}`;
        for (const t of turns) await check(t, session);
      }),
      { numRuns: 120 },
    );
  });
});

// Answers as a phone chat shows them (WeChat, the terminal): brief, with the clause on request.
import { describe, expect, it } from "vitest";
import { BRIEF_CHARS, briefText, FULL_TEXT_HINT } from "../../src/bot/brief.js";
import { testBot } from "../helpers.js";

const questions = [
  "我们是平凉的小微企业，参保50人，去年裁员2人，缴失业保险费10万元，稳岗返还多少？",
  "兴安盟企业招了2个登记失业半年以上的人，签了两年合同，补贴多少？",
  "平凉接收了5名见习人员，见习6个月，留用率65%，见习补贴多少？",
  "我是黑龙江的脱贫人口，去浙江打工5个月，路费860元，交通补助多少？",
  "兴安盟可支付月数20个月，现行费率1.2%，降费后是多少？",
  "黑龙江考了技师（二级）证书，鉴定评价补贴上浮后最高多少？",
];

describe("a brief answer", () => {
  it.each(questions.map((q) => [q] as const))("%s: the answer first, the source by name, the validity, within a screen", async (q) => {
    const a = await testBot().reply("u", q);
    const brief = briefText(a.text);
    expect(brief.length).toBeLessThanOrEqual(BRIEF_CHARS + FULL_TEXT_HINT.length + 1);
    expect(brief.split("\n")[0]).toBe(a.text.split("\n")[0]);
    expect(brief).toMatch(/依据：《[^》]+》[^“]*第/);
    expect(brief).toMatch(/执行期限|到期/);
    if (brief !== a.text) expect(brief).toContain(FULL_TEXT_HINT);
  });

  it("leaves a short answer as it is", () => {
    expect(briefText("您好")).toBe("您好");
  });
});

describe("原文", () => {
  it("shows the clauses the last answer cited, in full", async () => {
    const bot = testBot();
    const a = await bot.reply("u", questions[0]!);
    for (const ask of ["原文", "看原文吧", "条款全文？"]) {
      const full = await bot.reply("u", ask);
      expect(full.intent).toBe("lookup");
      expect(full.citations[0]).toMatchObject({ docId: a.citations[0]!.docId, clause: a.citations[0]!.clause });
      expect(full.text).toContain(a.citations[0]!.text);
    }
  });

  it("with nothing cited yet, is an ordinary question", async () => {
    expect((await testBot().reply("u", "原文")).intent).not.toBe("lookup");
  });
});

// Slips of the pinyin input method (档按 for 档案): generated from the documents' own words with pinyin-pro,
// not listed — and no correction of how people write when they make none.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/knowledge/text.js";
import { repoCorpus, testBot } from "../helpers.js";

const corpus = repoCorpus();
const { pinyin } = createRequire(import.meta.url)("pinyin-pro") as { pinyin: (t: string, o: object) => string[] };
const readings = (text: string) => pinyin(text, { toneType: "none", type: "array" });

/** Characters of the block whose first reading is `sound` (the sound of a word's character there), not `char`. */
function soundsLike(char: string, sound: string, n: number): string[] {
  const out: string[] = [];
  for (let code = 0x4e00; code <= 0x9fa5 && out.length < n; code++) {
    const c = String.fromCodePoint(code);
    if (c !== char && !corpus.terms.stopwords.has(c) && readings(c)[0] === sound) out.push(c);
  }
  return out;
}

describe("a two-character word typed with a character of the same sound", () => {
  const WORDS = ["社保", "档案", "培训", "合同", "证书", "岗位", "工资", "贷款", "失业", "参保", "见习", "补助", "创业", "奖补"];
  const slips = WORDS.flatMap((word) => [0, 1].flatMap((at) => soundsLike(word[at]!, readings(word)[at]!, 6).map((c) => ({ word, slip: at ? word[0] + c : c + word[1] }))));
  it("is read as the documents' word, for most slips of most words", () => {
    const read = slips.filter(({ word, slip }) => corpus.index.corrected(normalize(`请问${slip}的问题`)).includes(word));
    // (Not all: a slip that is itself a word of the documents or of the dictionary stays as typed.)
    expect(read.length / slips.length).toBeGreaterThan(0.8);
    expect(new Set(read.map((r) => r.word)).size).toBe(WORDS.length);
  });
  it("a question with one is answered as without it", async () => {
    const a = await testBot().reply("u", "在大庆，档按转移接续多长时间能办好", {});
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("2个工作日");
  });
});

describe("no slip where there is none", () => {
  const questions = [...readFileSync("bench/questions.jsonl", "utf8").matchAll(/"question":\s*"([^"]+)"/g)].map((m) => m[1]!);
  it("leaves every bench question as the listed typos leave it (我是 is not 我市, 年的 not 年底)", () => {
    const changed = questions.map((q) => normalize(q)).filter((q) => corpus.index.corrected(q) !== corpus.terms.fixTypos(q));
    expect(changed).toEqual([]);
  });
});

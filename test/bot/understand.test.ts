import { describe, expect, it } from "vitest";
import { numeralAt } from "../../src/knowledge/numerals.js";
import { readQuantities } from "../../src/bot/understand/quantities.js";
import { readSlots } from "../../src/bot/understand/slots.js";
import { compileVocabulary, vocabularyOf } from "../../src/bot/understand/vocabulary.js";
import { normalize } from "../../src/knowledge/text.js";
import { repoCorpus } from "../helpers.js";

const vocab = vocabularyOf(repoCorpus());

describe("numerals in every form", () => {
  it.each([
    ["12", 12],
    ["1,200", 1200],
    ["三", 3],
    ["叁", 3],
    ["两", 2],
    ["俩", 2],
    ["十", 10],
    ["十二", 12],
    ["二十五", 25],
    ["一百零五", 105],
    ["一千二", 1200],
    ["两千五", 2500],
    ["三万六", 36000],
    ["三万六千", 36000],
    ["一万二千", 12000],
    ["3万6", 36000],
    ["1万2千", 12000],
    ["1万2", 12000],
    ["3千5", 3500],
    ["1.2万", 12000],
    ["十二万", 120000],
    ["两百万", 2000000],
    ["一点五", 1.5],
    ["一点五万", 15000],
    ["一万零五百", 10500],
    ["壹万贰仟", 12000],
  ])("%s = %d", (text, value) => {
    const n = numeralAt(text, 0);
    expect(n?.value).toBe(value);
    expect(n?.end).toBe(text.length);
    expect(n?.approx).toBeUndefined();
  });

  it("ends a figure where the next one starts (1.5万1860 is two figures)", () => {
    expect(numeralAt("1.5万1860元", 0)).toMatchObject({ value: 15000, end: 4 });
  });

  it.each([
    ["五六", 5, 6],
    ["三四十", 30, 40],
    ["七八千", 7000, 8000],
    ["十几", 11, 19],
    ["几十", 10, 90],
    ["二十几", 21, 29],
  ])("%s is approximate, %d to %d, never one figure", (text, low, high) => {
    expect(numeralAt(text, 0)).toMatchObject({ value: low, high });
    expect(numeralAt(text, 0)!.approx).toBeDefined();
  });

  it("reads no number where units scale nothing or a question is asked", () => {
    for (const t of ["千万别", "百分", "几个"]) expect(numeralAt(t, 0), t).toBeNull();
  });
});

describe("typed quantities", () => {
  const one = (text: string) => {
    const qs = readQuantities(normalize(text));
    expect(qs, text).toHaveLength(1);
    return qs[0]!;
  };

  it.each([
    ["50人", "count", 50],
    ["20名", "count", 20],
    ["三个人", "count", 3],
    ["两位", "count", 2],
    ["10万元", "money", 100000],
    ["十万块", "money", 100000],
    ["3.6万", "number", 36000],
    ["36000块钱", "money", 36000],
    ["12w", "money", 120000],
    ["65%", "percent", 65],
    ["百分之六十", "percent", 60],
    ["六成", "percent", 60],
    ["六成五", "percent", 65],
    ["一半", "percent", 50],
    ["6个月", "months", 6],
    ["半年", "months", 6],
    ["两年", "months", 24],
    ["一年半", "months", 18],
    ["一个半月", "months", 1.5],
    ["20天", "days", 20],
    ["两周", "days", 14],
    ["25岁", "age", 25],
    ["3次", "times", 3],
    ["四级", "level", 4],
    ["2023年", "year", 2023],
  ])("%s is a %s of %d", (text, type, value) => {
    expect(one(text)).toMatchObject({ type, value });
  });

  it("finds no quantity in words that hold a numeral", () => {
    for (const t of ["一次性吸纳就业补贴", "统一要求", "三支一扶", "两后生", "一类行业", "第二次", "十分感谢", "万一", "五险一金", "5月1日", "第3条", "13812345678"]) {
      expect(readQuantities(normalize(t)), t).toEqual([]);
    }
  });

  it.each([
    ["一万多", 10000, 19900],
    ["二十多个人", 20, 29.9],
    ["3个多月", 3, 3.99],
    ["一年多", 12, 23.88],
    ["1年以上", 12, 120],
    ["大概50人", 45, 55],
    ["50人左右", 45, 55],
    ["不到1年", 0.12, 11.88],
    ["3到5个人", 3, 5],
    ["五六个", 5, 6],
    ["800多", 800, 899],
    ["二十出头", 20, 23],
    ["30岁出头", 30, 33],
  ])("%s lies between %d and %d", (text, low, high) => {
    expect(one(text)).toMatchObject({ low, high });
  });

  it.each(["二十出头", "三十出头", "四十出头", "五十出头"])("%s is an age, roughly, with no 岁", (text) => {
    expect(one(text)).toMatchObject({ type: "age", approx: "justOver" });
  });
  it("reads a sum 出头 as money, not an age", () => {
    expect(one("一万出头")).not.toMatchObject({ type: "age" });
  });

  it.each(["那个1500的钱", "1500的扩岗补助", "给1000块的那个补贴", "800的奖补"])("%s: a figure named by what it is, a sum", (text) => {
    expect(readQuantities(normalize(text))[0]).toMatchObject({ type: "money" });
  });

  // 一个都没… is none, whatever the verb and the noun between: generated over both.
  const verbs = ["裁", "留", "招", "减少", "辞退"];
  const nones = verbs.flatMap((v) => [`一个都没${v}`, `一个人也没${v}`, `一名员工都没${v}`, `去年一个人没${v}`, `一位也没有${v}`]);
  it.each(nones)("%s: a count of none", (text) => {
    expect(one(text)).toMatchObject({ type: "count", value: 0 });
  });
  it.each(["有一个人没签合同", "招了一个人没签合同", "其中一个没交社保"])("%s: one person, of whom something is not so", (text) => {
    expect(readQuantities(normalize(text))[0]).toMatchObject({ type: "count", value: 1 });
  });

  it("marks a minus sign", () => {
    expect(one("-5万元")).toMatchObject({ negative: true, value: 50000 });
  });
});

describe("slots: every example of corpus/slots.yaml", () => {
  const corpus = repoCorpus();
  const cases = [...vocab.slots.values()].flatMap((slot) => slot.examples.map(([phrase, value]) => [slot.key, phrase, value] as const));
  it("has examples for every slot", () => {
    for (const slot of vocab.slots.values()) expect(slot.examples.length, slot.key).toBeGreaterThan(0);
  });
  it.each(cases)("%s: “%s” → %s", (key, phrase, value) => {
    const text = normalize(phrase);
    const names = corpus.terms.policyNames(text).map((n) => {
      const at = text.indexOf(n.source);
      return { term: n.meaning, start: at, end: at + n.source.length };
    });
    expect((readSlots(text, vocab, {}, names).values as Record<string, unknown>)[key]).toEqual(value);
  });
});

describe("slots: how figures find their facts", () => {
  const read = (text: string, ctx = {}) => readSlots(normalize(text), vocab, ctx);

  it("gives each figure the fact whose cue is nearest, before or after, each figure once", () => {
    expect(read("员工20名，去年裁了1个，缴了失业保险费3万").values).toMatchObject({ insuredCount: 20, layoffs: 1, premiumPaid: 30000 });
    expect(read("去年辞退了两名员工，参保人数四十").values).toMatchObject({ layoffs: 2, insuredCount: 40 });
    expect(read("见习的有8个，留下5个，见习期4个月").values).toMatchObject({ people: 8, retained: 5, internMonths: 4 });
  });

  it("reads a word of one fact inside the wording of another only once (就业困难人员 is no 困难家庭)", () => {
    const v = read("招了一个就业困难人员").values;
    expect(v).toMatchObject({ group: "就业困难人员", people: 1 });
    expect(v.hardship).toBeUndefined();
  });

  it("fills the fact the bot asked for with a bare answer, of its type only", () => {
    expect(read("6个月", { requested: ["internMonths"] }).values).toEqual({ internMonths: 6 });
    expect(read("50人", { requested: ["enterpriseKind", "insuredCount"] }).values).toEqual({ insuredCount: 50 });
    expect(read("12万", { requested: ["premiumPaid"] }).values).toEqual({ premiumPaid: 120000 });
    expect(read("6", { requested: ["internMonths"] }).values).toEqual({ internMonths: 6 });
  });

  it("leaves a figure that could be either of two facts for the bot to ask about", () => {
    const r = read("3个人", { fallback: new Set(["insuredCount", "layoffs"]), known: new Set(["insuredCount", "layoffs"]) });
    expect(r.values).toEqual({});
    expect(r.unplaced[0]!.candidates.sort()).toEqual(["insuredCount", "layoffs"]);
  });

  it("gives a figure with no cue to the one fact of its type the rule has", () => {
    expect(read("不对，是3个人", { fallback: new Set(["people", "group", "contractMonths"]), known: new Set(["people"]) }).values).toEqual({ people: 3 });
  });


  it("keeps the bounds of an approximate figure instead of a value", () => {
    const r = read("招了五六个人");
    expect(r.values.people).toBeUndefined();
    expect(r.approximate[0]).toMatchObject({ slot: "people", low: 5, high: 6 });
  });

  it("negates yes/no wordings after 不/没, and drops a negated choice", () => {
    expect(read("不是公益岗").values).toEqual({ publicWelfarePost: false });
    expect(read("家里没法搞生产").values).toEqual({ ownProduction: false });
    expect(read("不是大企业，是小微的").values).toEqual({ enterpriseKind: "中小微企业" });
  });

  it("counts no people in a count of firms or workshops", () => {
    expect(read("一个就业帮扶车间吸纳了6名脱贫人口").values).toMatchObject({ people: 6 });
    expect(read("一个就业帮扶车间吸纳了6名脱贫人口").unplaced).toEqual([]);
  });

  it("refuses impossible values with a reason", () => {
    expect(read("留用率120%").invalid[0]).toContain("100%");
    expect(read("缴了失业保险费-5万元").invalid[0]).toContain("负数");
  });
});

describe("the dialogue vocabulary", () => {
  it("recognises every listed example of each way of asking", () => {
    for (const [kind, examples] of Object.entries(vocab.dialogue.examples)) {
      for (const e of examples ?? []) expect(vocab.patterns[kind as keyof typeof vocab.patterns].test(normalize(e)), `${kind}: ${e}`).toBe(true);
    }
  });
});

describe("the vocabulary files are checked when they load", () => {
  const dialogue = { asks: { amount: [], eligibility: [], procedure: [], when: [], condition: [] }, question: [], situated: [], correction: [], followup: [], anaphora: [], subset: [], yes: [], no: [], negators: [] };
  it("names the file and the slot for a fact the bot does not know", () => {
    expect(() => compileVocabulary({ slots: { headcount: { label: "人数", type: "count" } } }, dialogue, vocab.bounds)).toThrow(/slots\.yaml: slots\.headcount: not a fact/);
  });
  it("names the slot for a phrase value that is not one of the fact", () => {
    expect(() => compileVocabulary({ slots: { enterpriseKind: { label: "x", type: "choice", phrases: { 超大企业: ["巨头"] } } } }, dialogue, vocab.bounds)).toThrow(/enterpriseKind: the phrase value 超大企业/);
  });
  it("says what is wrong with the shape of a file", () => {
    expect(() => compileVocabulary({ slots: {} }, { ...dialogue, question: ["吗", { "?": null }] }, vocab.bounds)).toThrow(/dialogue\.yaml: .*question/s);
  });
});

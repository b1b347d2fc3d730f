// Figures past their limit (corpus/slots.yaml `limit`) are asked back, never computed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSlots } from "../../src/bot/understand/slots.js";
import { vocabularyOf } from "../../src/bot/understand/vocabulary.js";
import { normalize } from "../../src/knowledge/text.js";
import { repoCorpus, testBot } from "../helpers.js";

const vocab = vocabularyOf(repoCorpus());
/** A fact's limit that holds whatever else is known. */
const absolute = (key: string) => [...vocab.slots.values()].find((s) => s.key === key)?.limits.find((l) => l.per === undefined);

describe("limits of every fact", () => {
  // Each example that states its figure in digits, with the figure put far past the fact's limit.
  const cases = [...vocab.slots.values()]
    .filter((s) => absolute(s.key))
    .flatMap((s) =>
      s.examples
        .filter(([phrase, value]) => typeof value === "number" && new RegExp(`(?<![\\d.])${value}(?![\\d.])`).test(phrase))
        .map(([phrase, value]) => [s.key, phrase.replace(new RegExp(`(?<![\\d.])${value}(?![\\d.])`), String(Math.ceil(absolute(s.key)!.max * 3) + 7))] as const),
    );

  it("has an example in digits for every limited fact", () => {
    const limited = [...vocab.slots.values()].filter((s) => absolute(s.key)).map((s) => s.key);
    expect(new Set(cases.map(([k]) => k))).toEqual(new Set(limited));
  });

  it.each(cases)("%s: “%s” is asked back", (key, phrase) => {
    const r = readSlots(normalize(phrase), vocab, {});
    expect(r.values).not.toHaveProperty(key);
    expect(r.doubted).toContain(key);
    expect(r.invalid.join("")).toContain("不太可能");
  });

  it("limits a sum per person once the people are known", () => {
    const read = (paid: string) => readSlots(normalize(`参保50人，缴了失业保险费${paid}`), vocab, {});
    expect(read("50亿").doubted).toEqual(["premiumPaid"]);
    expect(read("15万").values).toMatchObject({ insuredCount: 50, premiumPaid: 150000 });
    // Without the people the sum alone is within reason.
    expect(readSlots(normalize("缴了失业保险费50亿"), vocab, {}).values).toMatchObject({ premiumPaid: 5e9 });
  });

  it("holds a fact within another's, as its second limit (no more laid off than insured)", () => {
    expect(readSlots(normalize("参保3人，裁了5个"), vocab, {}).doubted).toEqual(["layoffs"]);
    expect(readSlots(normalize("参保30人，裁了5个"), vocab, {}).values).toMatchObject({ insuredCount: 30, layoffs: 5 });
    expect(readSlots(normalize("裁了5000个"), vocab, {}).values).toMatchObject({ layoffs: 5000 });
  });
});

describe("implausible figures in a conversation", () => {
  const bot = testBot();

  it("asks a figure back, then computes with the corrected one", async () => {
    const id = `p-${Math.random()}`;
    const first = await bot.reply(id, "兴安盟，参加了9999999999天培训，培训期间生活费补贴多少");
    expect(first.intent).toBe("clarify");
    expect(first.text).toContain("不太可能");
    expect(first.calculation?.amount ?? null).toBeNull();
    const second = await bot.reply(id, "20天");
    expect(second.text).toContain("20天");
    expect(second.text).not.toContain("不太可能");
  });

  it("holds a sum per person said over two turns, and a correction fills it", async () => {
    const id = `p-${Math.random()}`;
    await bot.reply(id, "黑龙江的小微企业，参保50人，去年没裁员，稳岗返还多少");
    const doubted = await bot.reply(id, "缴了失业保险费50亿");
    expect(doubted.text).toContain("“50亿”");
    expect(doubted.calculation?.amount ?? null).toBeNull();
    const fixed = await bot.reply(id, "不对，是50万");
    expect(fixed.calculation?.amount).toBe(300000);
  });

  it("never computes from a figure past its limit", async () => {
    const templates: [string, number][] = [
      ["兴安盟的脱贫劳动力，参加了{n}天职业技能培训，培训期间生活费补贴多少", absolute("trainingDays")!.max],
      ["我去浙江打工{n}个月，路费860元，黑龙江的交通补助给多少", absolute("workMonths")!.max],
      ["黑龙江，我去浙江打工5个月，路费{n}元，交通补助给多少", absolute("fare")!.max],
      ["平凉的企业招了{n}个今年毕业的大学生，签了1年合同，社保交了3个月，吸纳就业补贴多少", absolute("people")!.max],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...templates), fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 1e12 })), async ([template, max], n) => {
        const answer = await bot.reply(`f-${Math.random()}`, template.replace("{n}", String(n)));
        if (n > max) {
          expect(answer.intent, `${template} ${n}`).toBe("clarify");
          expect(answer.text).toContain("不太可能");
        } else expect(answer.text).not.toContain("不太可能");
      }),
      { numRuns: 60 },
    );
  });
});

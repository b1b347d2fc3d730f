// The gap queue as the channels fill it: which answers go in, redacted, grouped by policy terms;
// 没帮上忙 on a text channel; retention; the CSV.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/bot/answer.js";
import { confidence } from "../../src/bot/lookup.js";
import { vocabularyOf } from "../../src/bot/understand/vocabulary.js";
import { csvField } from "../../src/gaps/csv.js";
import { reasonOf } from "../../src/gaps/queue.js";
import { topicOf } from "../../src/gaps/topic.js";
import type { SearchHit } from "../../src/knowledge/search.js";
import { on, repoCorpus, testService, TODAY } from "../helpers.js";

const corpus = repoCorpus();
const answer = (over: Partial<Answer>): Answer => ({ intent: "lookup", region: null, text: "", citations: [], calculation: null, ...over });

describe("what goes in the queue", () => {
  it("takes unknown answers and unsure look-ups, not confident ones", () => {
    expect(reasonOf(answer({ intent: "unknown" }))).toBe("unknown");
    expect(reasonOf(answer({ confidence: "low" }))).toBe("low-confidence");
    expect(reasonOf(answer({ confidence: "high" }))).toBeNull();
    expect(reasonOf(answer({ intent: "calculate" }))).toBeNull();
  });

  it("calls a look-up unsure when its clause only just covers the question", () => {
    const hit = (coverage: number) => [{ coverage } as SearchHit];
    // On topic (a policy named): the floor is 0.3, and below 0.5 the answer is unsure.
    expect(confidence(corpus, "稳岗返还", hit(0.29))).toBeNull();
    expect(confidence(corpus, "稳岗返还", hit(0.35))).toBe("low");
    expect(confidence(corpus, "稳岗返还", hit(0.6))).toBe("high");
    // Off topic: 0.5, and below 0.7 unsure.
    expect(confidence(corpus, "咖啡店开业", hit(0.6))).toBe("low");
  });

  it("groups questions by the policy terms they name, else the outside topic, whatever else they say", () => {
    expect(topicOf(corpus, "创业担保贷款利率是多少？[身份证号]").key).toBe(topicOf(corpus, "兴安盟创业贷款利息怎么算").key);
    expect(topicOf(corpus, "创业担保贷款利率是多少").label).toBe("创业担保贷款");
    expect(topicOf(corpus, "月薪8000块要交多少个税").key).toBe(topicOf(corpus, "个税怎么算").key);
    expect(topicOf(corpus, "个税怎么算").key).not.toBe(topicOf(corpus, "创业担保贷款利率是多少").key);
  });
});

describe("没帮上忙", () => {
  const { onlyUnhelpful } = vocabularyOf(corpus).patterns;
  it("is each wording of dialogue.yaml's unhelpful said alone, not a question that holds one", () => {
    for (const w of vocabularyOf(corpus).dialogue.unhelpful) {
      expect(onlyUnhelpful.test(w), w).toBe(true);
      expect(onlyUnhelpful.test(`${w}啊！`), w).toBe(true);
    }
    expect(onlyUnhelpful.test("没用过职业培训补贴，还能领吗")).toBe(false);
    expect(onlyUnhelpful.test("稳岗返还没帮上忙的企业怎么办")).toBe(false);
  });
});

describe("the queue behind the service", () => {
  it("keeps an unknown answer's question redacted, and a 没帮上忙 on a text channel with the answer it is about", async () => {
    const service = testService();
    const asked = await service.answer("slack", "slack:T:C:U", "创业担保贷款利率是多少？我身份证110101199003076512，电话13812345678");
    expect(asked.intent).toBe("unknown");
    expect(asked.answerId).toMatch(/^[0-9a-f-]{36}$/);
    const good = await service.answer("slack", "slack:T:C:U", "平凉稳岗返还的条件是什么");
    expect(good.intent).toBe("lookup");
    const reply = await service.answer("slack", "slack:T:C:U", "没帮上忙！");
    expect(reply.text).toContain("已转给热线工作人员");
    // Someone else's conversation has no answer to mark.
    expect((await service.answer("slack", "slack:T:C:other", "没帮上忙")).text).toContain("再说一遍");
    const groups = await service.gaps.groups("open");
    const loans = groups.find((g) => g.label === "创业担保贷款")!;
    expect(loans.entries[0]!.question).toBe("创业担保贷款利率是多少？我身份证[身份证号]，电话[手机号]");
    expect(loans).toMatchObject({ count: 1, unknown: 1, unhelpful: 0, channels: ["slack"] });
    const retention = groups.find((g) => g.entries.some((e) => e.question === "平凉稳岗返还的条件是什么"))!;
    expect(retention).toMatchObject({ count: 1, unknown: 0, unhelpful: 1 });
    expect(retention.entries[0]).toMatchObject({ region: "平凉市", docId: "pingliang-2023-75", intent: "lookup" });
    await service.close();
  });

  it("deletes what is older than GAP_RETENTION_DAYS", async () => {
    let now = on("2026-01-01")();
    const service = testService({ GAP_RETENTION_DAYS: "30" }, { clock: () => now });
    await service.answer("http", "http:a", "个税怎么算");
    now = on("2026-01-20")();
    await service.answer("http", "http:b", "房贷利率多少");
    expect(await service.gaps.purge()).toBe(0);
    now = on("2026-02-05")();
    expect(await service.gaps.purge()).toBe(1);
    expect((await service.gaps.groups()).map((g) => g.entries.map((e) => e.question))).toEqual([["房贷利率多少"]]);
    await service.close();
  });

  it("exports CSV a spreadsheet reads as text: quoted where needed, formulas defused, UTF-8 marked", async () => {
    expect(csvField('他说"你好",然后')).toBe('"他说""你好"",然后"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("-5万")).toBe("'-5万");
    const service = testService({}, { clock: on(TODAY) });
    await service.answer("http", "http:c", "=1+1 个税怎么算");
    const csv = await service.gaps.csv();
    expect(csv.startsWith("\uFEFF时间,渠道,地区,回答类型,原因")).toBe(true);
    const row = csv.split("\r\n")[1]!;
    expect(row).toContain(",http,");
    expect(row).toContain(",'=1+1 个税怎么算,");
    expect(row).toContain("待处理");
    await service.close();
  });
});

// Screening ("能享受哪些政策"): the golden cases of test/cases/screening/ — a situation in, the
// policies got (with amounts), possible (with what they unlock), narrowly missed, set aside for
// the other of a pair, and the total out, region by region — then screening over a conversation.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { POLICIES, regionsOf } from "../../src/calculators/registry.js";
import { SCREENING } from "../../src/bot/screening/answer.js";
import { screen, type Entry } from "../../src/bot/screening/evaluate.js";
import { SlotValuesSchema } from "../../src/bot/understand/slot-values.js";
import { vocabularyOf } from "../../src/bot/understand/vocabulary.js";
import { repoPath } from "../../src/repo.js";
import { repoCorpus, testBot } from "../helpers.js";

const Facts = SlotValuesSchema.strict();
const CaseSchema = z.strictObject({
  name: z.string().min(1),
  facts: Facts,
  /** Groups of the people counted, each with facts of its own (as the reader makes them). */
  groups: z.array(z.strictObject({ people: z.number().int().positive(), facts: Facts, text: z.string() })).default([]),
  /** Policy → amount got. */
  eligible: z.record(z.string(), z.number()).default({}),
  /** Policy → what the missing facts would unlock (null: it depends on a figure not given). */
  possible: z.record(z.string(), z.number().nullable()).default({}),
  near: z.array(z.string()).default([]),
  ineligible: z.array(z.string()).default([]),
  /** Policy not counted → the policy counted instead. */
  setAside: z.record(z.string(), z.string()).default({}),
  total: z.number(),
  /** The fact asked next. */
  next: z.string().optional(),
});
const FileSchema = z.strictObject({ region: z.string(), cases: z.array(CaseSchema).min(1) });

const corpus = repoCorpus();
const vocab = vocabularyOf(corpus);
const dir = repoPath("test", "cases", "screening");
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();
const regions = files.map((f) => ({ file: f, ...FileSchema.parse(parse(readFileSync(join(dir, f), "utf8"))) }));
const DAY = { from: "2023-10-01", to: "2023-10-01" };

const labels = (entries: readonly Entry[], status: Entry["status"]) => entries.filter((e) => e.status === status).map((e) => e.label).sort();

for (const { file, region, cases } of regions) {
  describe(`screening · ${file}`, () => {
    it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
      const place = corpus.places.resolve(region)!;
      const groups = c.groups.map((g) => ({ people: g.people, values: g.facts, ranges: {}, text: g.text }));
      const s = screen(corpus, vocab, place, DAY, { values: c.facts, groups, ranges: {} });
      const got = s.entries.filter((e) => e.status === "eligible");
      expect(Object.fromEntries(got.map((e) => [e.label, e.result.amount]))).toEqual(c.eligible);
      expect(Object.fromEntries(s.entries.filter((e) => e.status === "possible").map((e) => [e.label, e.unlock!.amount]))).toEqual(c.possible);
      expect(labels(s.entries, "near")).toEqual([...c.near].sort());
      expect(labels(s.ineligible, "ineligible")).toEqual([...c.ineligible].sort());
      expect(Object.fromEntries(got.flatMap((e) => e.setAside.map((a) => [a.policy, a.kept])))).toEqual(c.setAside);
      expect(s.total).toBe(c.total);
      if (c.next) expect(s.next).toBe(c.next);
    });
  });
}

describe("the screening cases", () => {
  const all = regions.flatMap((r) => r.cases);
  it("cover every region that has a policy", () => {
    const having = new Set(POLICIES.flatMap((p) => regionsOf(corpus.parameters, p.rule, p.named)));
    // 大庆 has its documents and 黑龙江省's: a region of its own.
    for (const region of having) expect(regions.map((r) => r.region), region).toContain(region);
  });

  it("set aside one of each pair that may not be combined, and hold a situation that qualifies for nothing", () => {
    for (const x of corpus.exclusions) {
      const names = corpus.terms.namesOf(x.between);
      expect(all.some((c) => Object.entries(c.setAside).some(([lost, kept]) => names.includes(lost) && names.includes(kept))), x.between.join("/")).toBe(true);
    }
    expect(all.some((c) => c.total === 0 && !Object.keys(c.eligible).length && !Object.keys(c.possible).length)).toBe(true);
  });
});

const HR = "我们是平凉的小微企业，参保30人，去年没裁员，今年招了2个应届生，签了一年合同，社保交了3个月，能享受哪些政策？";

describe("screening in a conversation", () => {
  it("asks for the fact that unlocks the most, and updates the total when it comes", async () => {
    const bot = testBot();
    const first = await bot.reply("hr", HR);
    expect(first.calculation).toMatchObject({ calculator: SCREENING, eligible: true, amount: 3000 });
    expect(first.screening!.next).toBe("企业及职工上年度实际缴纳的失业保险费总额");
    expect(first.text).toMatch(/一次性吸纳就业补贴和一次性扩岗补助政策不能重复享受（同一人），按金额较高的一次性扩岗补助计入/);
    const second = await bot.reply("hr", "5万");
    expect(second.calculation).toMatchObject({ calculator: SCREENING, amount: 33000 });
    expect(second.text).toContain("合计：30000元+3000元=33000元");
    expect(second.screening!.items.filter((i) => i.counted).map((i) => i.policy)).toEqual(["失业保险稳岗返还", "一次性扩岗补助"]);
    // Each item names its clause, which the citations hold.
    for (const item of second.screening!.items.filter((i) => i.status === "eligible")) expect(second.citations[item.citation!]!.docId).toBe("pingliang-2023-75");
  });

  it("goes on to one of its policies: 第二项怎么算的 shows that rule's steps; 那吸纳就业补贴呢 the other of the pair", async () => {
    const bot = testBot();
    await bot.reply("hr", `${HR.replace("能享受哪些政策？", "")}交了5万失业保险，一共能拿多少`);
    const second = await bot.reply("hr", "第二项怎么算的");
    expect(second).toMatchObject({ intent: "calculate", calculation: { calculator: "一次性吸纳就业补贴", amount: 3000 } });
    expect(second.text).toContain("2人×1500元=3000元");
    const other = await bot.reply("hr", "那吸纳就业补贴呢");
    expect(other.calculation).toMatchObject({ calculator: "一次性吸纳就业补贴", amount: 2000 });
    const again = await bot.reply("hr", "一共能拿多少");
    expect(again.calculation).toMatchObject({ calculator: SCREENING, amount: 33000 });
  });

  it("computes groups of people one by one and adds them up, each line with its figure", async () => {
    const a = await testBot().reply("g", "大庆的企业，招了2个应届生和1个登记失业半年以上的，都签了两年合同，都能领啥");
    expect(a.calculation).toMatchObject({ calculator: SCREENING, amount: 3000 });
    expect(a.text).toContain("【2个应届生】2人×1000元=2000元；【1个登记失业半年以上的】1人×1000元=1000元");
  });

  it("asks where the user is when it does not know, then goes through that region's policies", async () => {
    const bot = testBot();
    const first = await bot.reply("r", "我们是小微企业，参保30人，去年没裁员，缴了5万失业保险，能享受哪些政策");
    expect(first.intent).toBe("clarify");
    expect(first.replies).toEqual(expect.arrayContaining(["黑龙江省", "兴安盟", "平凉市"]));
    const second = await bot.reply("r", "兴安盟");
    expect(second).toMatchObject({ region: "兴安盟", calculation: { calculator: SCREENING, amount: 30000 } });
  });

  it("with no region known, goes through every region first: a line each with its total, regions coming to the same said once", async () => {
    const a = await testBot().reply("r", HR.replace("平凉的", ""));
    expect(a.intent).toBe("clarify");
    const totals = corpus.parameters.ordered(["兴安盟", "平凉市"]).map((region) => a.text.split("\n").find((l) => l.startsWith(`【${region}】`)));
    expect(totals[0]).toMatch(/合计\d+元/);
    expect(totals[1]).toContain("一次性扩岗补助3000元");
    expect(a.text).toContain("【黑龙江省、大庆市】");
    expect(a.citations.map((c) => c.docId)).toEqual(expect.arrayContaining(["pingliang-2023-75", "xinganmeng-2023-04"]));
    expect(a.replies).toEqual(expect.arrayContaining(["平凉市", "兴安盟"]));
  });

  it("leaves a policy a rough figure decides undecided, asking for the exact one, never estimating", async () => {
    const bot = testBot();
    const rough = await bot.reply("a", "我们是平凉的小微企业，参保30人，去年没裁员，交了五万多失业保险，能享受哪些政策");
    expect(rough.screening!.items[0]).toMatchObject({ policy: "失业保险稳岗返还", status: "possible", amount: null });
    expect(rough.text).toContain("您说的“五万多”是个大概的数");
    expect((await bot.reply("a", "52000")).calculation).toMatchObject({ calculator: SCREENING, amount: 31200 });
  });

  it("says plainly that nothing applies when nothing could: the narrow misses first, then the rest with why", async () => {
    for (const layoffs of [6, 9]) {
      const a = await testBot().reply("x", `兴安盟一家小公司，参保25人，去年裁了${layoffs}个，交了3万失业保险。今年招了个35岁的，失业登记2个月，签了1年合同，能拿啥补贴？`);
      expect(a.text).toContain("暂不符合以下政策的条件");
      expect(a.text).toMatch(/一次性吸纳就业补贴：.*不在补贴对象范围内/);
      expect(a.text).toMatch(new RegExp(`裁员率${layoffs}÷25`));
      expect(a.text.includes("差一点符合")).toBe(layoffs === 6);
    }
  });

  // A policy named in the situation (厂里办了就业帮扶车间) and the screening asked in a sentence of its own: every policy is gone through.
  it.each([
    ["我们厂办了就业帮扶车间，去年吸纳了5个脱贫人口，工资都达到了监测标准，今年还招了2个应届大学毕业生，签了两年合同。都能享受哪些补贴？", 7000],
    ["我们是就业帮扶车间，吸纳了5个脱贫人口，工资都够监测标准了；今年又招了2个应届生，合同签了两年。一共能拿多少？", 7000],
  ])("%s → %d in all", async (q, total) => {
    const a = await testBot().reply("w", q, { region: "黑龙江省" });
    expect(a.calculation).toMatchObject({ calculator: SCREENING, amount: total });
  });
  // Who the user is says which policy placing people is: an agency's 介绍 is 就业创业服务补助, not hiring.
  it.each(["我们是人力资源服务公司", "我是劳务经纪人", "我们公司搞有组织劳务输出"])("%s，介绍了10个脱贫人口就业，8个签了两年合同 → 就业创业服务补助", async (who) => {
    const a = await testBot().reply("p", `${who}，去年介绍了10个脱贫人口就业，其中8个签了两年合同，能拿哪些补助？`, { region: "黑龙江省" });
    expect(a.calculation).toMatchObject({ calculator: SCREENING, amount: 1600 });
    expect(a.screening!.items[0]).toMatchObject({ policy: "就业创业服务补助", status: "eligible" });
  });

  it("goes through a policy named in describing the situation even when its facts alone would not point to it", async () => {
    const a = await testBot().reply("c", "我们是大庆的农民专业合作社，吸纳了5名建档立卡贫困家庭劳动力，其中4人已经稳定干了一年多，另外1人才干了8个月。我们能领啥？一共多少？");
    expect(a.calculation).toMatchObject({ calculator: SCREENING, amount: 4000 });
  });

  it("stays on the policy named when the screening words are said with its name", async () => {
    const a = await testBot().reply("w", "吸纳了5个脱贫人口，工资都达到了监测标准，就业帮扶车间奖补一共能拿多少？", { region: "黑龙江省" });
    expect(a.calculation).toMatchObject({ calculator: "就业帮扶车间奖补", amount: 5000 });
  });

  it("with nothing yet certain, says what does not apply beside what a fact could unlock", async () => {
    const a = await testBot().reply("n", "我们公司参保300人，去年裁员24人，今年招了2个应届生，能享受哪些补贴？", { region: "黑龙江省" });
    expect(a.text).toMatch(/如以下情况属实[\s\S]*不符合：[\s\S]*裁员率24÷300=8%，高于5.5%/);
  });

  it("is not a screening when the facts point to no policy", async () => {
    const a = await testBot().reply("n", "我们是小微企业，能享受哪些政策", { region: "平凉市" });
    expect(a.calculation?.calculator).not.toBe(SCREENING);
  });
});

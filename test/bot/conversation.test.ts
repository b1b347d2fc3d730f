import { describe, expect, it } from "vitest";
import { MemorySessionStore } from "../../src/bot/sessions.js";
import { isThanks } from "../../src/bot/smalltalk.js";
import { testBot } from "../helpers.js";

const newBot = () => testBot();

describe("a calculation over a conversation", () => {
  it("asks for the missing facts, then computes when they come", async () => {
    const bot = newBot();
    const first = await bot.reply("hr", "稳岗返还能返多少钱？");
    expect(first.intent).toBe("clarify");
    expect(first.text).toMatch(/黑龙江省[\s\S]*兴安盟[\s\S]*平凉市/);
    const second = await bot.reply("hr", "平凉的小微企业，参保20人，去年没裁员，缴了失业保险4万元");
    expect(second).toMatchObject({ intent: "calculate", region: "平凉市" });
    expect(second.calculation).toMatchObject({ calculator: "失业保险稳岗返还", eligible: true, amount: 24000 });
    expect(second.text).toContain("40000元×60%=24000元");
    // The basis quotes the condition met and the sentence stating the 60% the amount used.
    expect(second.text).toMatch(/依据：[^\n]*裁员率不高于[^\n]*按60%返还。”/);
    expect(second.text).toContain("平政办发〔2023〕75号");
    expect(second.text).toContain("2023年12月31日");
  });

  it("finds the rule from the facts when the policy is not named, preferring the user's region's rules", async () => {
    const a = await newBot().reply("u", "黑龙江考了专项职业能力证书，能补多少钱？");
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", amount: 150 });
    const b = await newBot().reply("u", "平凉接收了4个见习生见习5个月，都留用了，补贴多少？");
    expect(b.calculation).toMatchObject({ calculator: "见习补贴", amount: 30000 });
    // One stated contract term alone does not make a training question a hiring calculation.
    const c = await newBot().reply("u", "大庆对企业订单式培训签6个月合同的有补贴吗");
    expect(c.intent).toBe("lookup");
    expect(c.citations[0]!.docId).toBe("daqing-2017");
  });

  it("takes 谢谢 as the end of a question, keeping the calculation for a later correction", async () => {
    const bot = newBot();
    await bot.reply("t", "平凉的小微企业，参保20人，去年没裁员，缴了失业保险4万元，稳岗返还多少？");
    const thanks = await bot.reply("t", "好的，明白了，谢谢");
    expect(thanks).toMatchObject({ intent: "help", citations: [], calculation: null });
    expect(thanks.text).toContain("12333");
    const corrected = await bot.reply("t", "不对，缴了5万元");
    expect(corrected.calculation).toMatchObject({ calculator: "失业保险稳岗返还", amount: 30000 });
    for (const ack of ["谢谢", "谢谢您！", "知道了", "OK", "好的 谢谢你"]) expect(isThanks(ack), ack).toBe(true);
    for (const more of ["感谢你们的政策", "好的，那见习补贴呢", "知道吗"]) expect(isThanks(more), more).toBe(false);
  });

  it("knows 扩岗补助 is 平凉's and 邹平's alone", async () => {
    // Its standard (每人1500元) needs no sum of the user's: the answer is the standard, by region.
    const a = await newBot().reply("u", "扩岗补助能拿多少？");
    expect(a.intent).toBe("lookup");
    expect(a.text).toMatch(/【平凉市】[\s\S]*【邹平市】/);
    expect(a.text).not.toContain("【兴安盟】");
    const bot = newBot();
    await bot.reply("k", "扩岗补助能拿多少？");
    const later = await bot.reply("k", "招了2个应届生，签了1年合同，交了社保1个月");
    expect(later.calculation).toMatchObject({ amount: 3000 });
    expect(later.text).toContain("扩岗补助");
    const b = await newBot().reply("u", "扩岗补助能拿多少？", { region: "兴安盟" });
    expect(b.text).toContain("没有扩岗补助的规定（平凉市、邹平市的文件有相关规定");
  });

  it("asks which one when two rules fit equally", async () => {
    const a = await newBot().reply("u", "黑龙江，技能提升补贴和职业技能鉴定评价补贴各能拿多少钱？");
    expect(a.intent).toBe("clarify");
    expect(a.text).toContain("您问的是哪一项");
    expect(a.text).toContain("技能提升补贴");
    expect(a.text).toContain("职业技能鉴定评价补贴");
  });

  it("keeps facts given before the policy is named", async () => {
    const bot = newBot();
    await bot.reply("hr", "我们是兴安盟的小微企业，参保25人");
    const a = await bot.reply("hr", "去年裁了4个人，缴了失业保险3万元，稳岗返还多少？");
    expect(a.calculation).toMatchObject({ calculator: "失业保险稳岗返还", amount: 18000 });
  });

  it("recomputes after a correction", async () => {
    const bot = newBot();
    const a = await bot.reply("hr", "我在兴安盟，招了2个应届高校毕业生，签了一年合同，吸纳就业补贴有多少");
    expect(a.calculation?.amount).toBe(3000);
    const b = await bot.reply("hr", "不对，是3个人");
    expect(b.calculation?.amount).toBe(4500);
    const c = await bot.reply("hr", "说错了，合同只签了半年");
    expect(c.calculation?.eligible).toBe(false);
    expect(c.text).toContain("不满足签订1年以上劳动合同");
  });

  it("corrects a rate in a later turn", async () => {
    const bot = newBot();
    await bot.reply("u", "平凉见习补贴怎么算");
    const a = await bot.reply("u", "有6个见习生，见习了4个月，留用了3个人");
    expect(a.calculation?.amount).toBe(6 * 4 * 1200);
    const b = await bot.reply("u", "说错了，留用率是60%");
    expect(b.calculation?.amount).toBe(6 * 4 * 1350);
  });

  it("asks for the region when the rule differs between regions, then continues with it", async () => {
    const bot = newBot();
    const a = await bot.reply("u", "招了2个毕业年度高校毕业生，签了1年合同，吸纳就业补贴多少钱？");
    expect(a.intent).toBe("clarify");
    expect(a.text).toContain("【黑龙江省】2000元");
    expect(a.text).toContain("【兴安盟】3000元");
    const b = await bot.reply("u", "我在兴安盟");
    expect(b.calculation?.amount).toBe(3000);
  });

  it("computes once, citing each region, when the regions agree", async () => {
    const a = await newBot().reply("u", "月工资6000元，失业保险单位和个人每月各交多少？");
    expect(a.intent).toBe("calculate");
    expect(a.text).toContain("30元");
    expect(new Set(a.citations.map((c) => c.docId))).toEqual(new Set(["heilongjiang-2023-02", "xinganmeng-2023-04"]));
  });

  it("rests a no on the clause's words of the condition that failed", async () => {
    const a = await newBot().reply("u", "黑龙江一家小型企业，上年度月均参保30人，裁员7人，实际缴纳失业保险费5万元，能返还多少？");
    expect(a.calculation).toMatchObject({ eligible: false, amount: null });
    const basis = a.text.split("依据：")[1]!;
    expect(basis).toContain("参保职工总数20%");
    expect(basis).not.toContain("60%");
  });

  it("asks back about impossible facts and never gives a figure", async () => {
    const bot = newBot();
    const a = await bot.reply("u", "平凉中型企业，参保50人，裁了60人，缴了10万元失业保险费，稳岗返还多少");
    expect(a.intent).toBe("clarify");
    expect(a.calculation?.amount).toBeNull();
    expect(a.text).toContain("不能多于参保人数");
    const b = await bot.reply("u", "不对，裁了2人");
    expect(b.calculation?.amount).toBe(60000);
  });

  it("says the region's documents have no such rule instead of borrowing another region's", async () => {
    const a = await newBot().reply("u", "平凉的工伤保险基金可支付月数20个月，现行费率1%，降到多少？");
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("兴安盟");
    expect(a.calculation).toBeNull();
  });

  it("starts over on 重新算, and a new policy question starts a new calculation", async () => {
    const bot = newBot();
    await bot.reply("u", "平凉的企业招了2个应届生，签了1年合同，补贴多少");
    const reset = await bot.reply("u", "重新算");
    expect(reset.intent).toBe("help");
    const after = await bot.reply("u", "是3个人");
    expect(after.intent).not.toBe("calculate");
    const other = await bot.reply("u", "平凉的企业职工参加失业保险3年了，拿到了高级证书，技能提升补贴多少？");
    expect(other.calculation).toMatchObject({ calculator: "技能提升补贴", amount: 2000 });
  });

  it("keeps two users' facts apart", async () => {
    const bot = newBot();
    await bot.reply("a", "兴安盟，招了2个应届生，签了1年合同，吸纳就业补贴多少");
    await bot.reply("b", "黑龙江，招了5个应届生，签了1年合同，吸纳就业补贴多少");
    expect((await bot.reply("a", "是4个人")).calculation?.amount).toBe(6000);
    expect((await bot.reply("b", "是1个人")).calculation?.amount).toBe(1000);
  });

  it("forgets a conversation after the inactivity timeout", async () => {
    let now = 0;
    const sessions = new MemorySessionStore({ ttlMs: 30 * 60_000, now: () => now });
    const bot = testBot({ sessions });
    await bot.reply("u", "兴安盟，招了2个应届生，签了1年合同，吸纳就业补贴多少");
    now += 31 * 60_000;
    const later = await bot.reply("u", "是3个人");
    expect(later.intent).not.toBe("calculate");
  });

  it("says an expired rule has ended, yet still computes it for the period asked about", async () => {
    const a = await newBot().reply("u", "我是黑龙江的脱贫人口，去浙江打工5个月了，往返路费花了860元，交通补助能给多少？");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 500 });
    const b = await newBot().reply("u", "黑龙江的大型企业，去年缴纳失业保险费80万元，参保1000人，裁了30人，能返还多少？");
    expect(b.calculation?.amount).toBe(240000);
    expect(b.text).toContain("目前已到期");
  });
});

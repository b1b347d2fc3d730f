// Golden tables: a rule, a region, the user's facts → what the documents say. One row per case,
// boundaries as the documents state them (不高于 / 以上 / 含 include the bound, 不含 excludes it).
import { describe, expect, it } from "vitest";
import type { Facts } from "../../src/calculators/facts.js";
import { ruleById } from "../../src/calculators/registry.js";

type Row = [string, Facts, boolean | null, number | null];

function table(ruleId: string, region: string, rows: Row[]) {
  const rule = ruleById(ruleId)!;
  describe(`${ruleId} · ${region}`, () => {
    it.each(rows)("%s", (_, facts, eligible, amount) => {
      const r = rule.evaluate(facts, region);
      expect(r.eligible).toBe(eligible);
      if (amount === null) expect(r.amount).toBeNull();
      else expect(r.amount).toBeCloseTo(amount, 2);
    });
  });
}

const sme = { enterpriseKind: "中小微企业" } as const;
const large = { enterpriseKind: "大型企业" } as const;

table("失业保险稳岗返还", "黑龙江省", [
  ["未裁员的中小微企业: 60%", { ...sme, insuredCount: 50, layoffs: 0, premiumPaid: 100000 }, true, 60000],
  ["大型企业: 30%", { ...large, insuredCount: 1000, layoffs: 30, premiumPaid: 800000 }, true, 240000],
  ["裁员率恰好5.5%: 不高于, eligible", { ...large, insuredCount: 1000, layoffs: 55, premiumPaid: 100000 }, true, 30000],
  ["裁员率5.6%: no", { ...large, insuredCount: 1000, layoffs: 56, premiumPaid: 100000 }, false, null],
  ["30人恰好: 含, 20% limit applies", { ...sme, insuredCount: 30, layoffs: 6, premiumPaid: 10000 }, true, 6000],
  ["30人, 7人裁员 = 23.3%: no", { ...sme, insuredCount: 30, layoffs: 7, premiumPaid: 10000 }, false, null],
  ["30.4人 is above 30 here (no rounding stated): 5.5% limit", { ...sme, insuredCount: 30.4, layoffs: 6, premiumPaid: 10000 }, false, null],
  ["律师事务所 参照: 60%", { enterpriseKind: "社会组织等参照单位", insuredCount: 10, layoffs: 0, premiumPaid: 20000 }, true, 12000],
  ["facts missing: no figure yet", { ...sme, insuredCount: 50 }, null, null],
]);

table("失业保险稳岗返还", "兴安盟", [
  ["30.4人 rounds to 30: 20% limit, 6人 = 20%", { ...sme, insuredCount: 30.4, layoffs: 6, premiumPaid: 50000 }, true, 30000],
  ["30.5人 rounds to 31: 5.5% limit", { ...sme, insuredCount: 30.5, layoffs: 6, premiumPaid: 50000 }, false, null],
  ["中型企业 8 of 100 = 8%: no", { ...sme, insuredCount: 100, layoffs: 8, premiumPaid: 60000 }, false, null],
  ["小微 25人 裁4人 = 16%", { ...sme, insuredCount: 25, layoffs: 4, premiumPaid: 30000 }, true, 18000],
  ["严重违法失信: no", { ...sme, insuredCount: 25, layoffs: 0, premiumPaid: 30000, disqualified: true }, false, null],
]);

table("失业保险稳岗返还", "平凉市", [
  ["小微 20人 未裁员", { ...sme, insuredCount: 20, layoffs: 0, premiumPaid: 40000 }, true, 24000],
  ["裁员多于参保: asked back, no figure", { ...sme, insuredCount: 20, layoffs: 21, premiumPaid: 40000 }, null, null],
]);

const grad = { group: "毕业年度高校毕业生" } as const;
table("一次性吸纳就业补贴", "黑龙江省", [
  ["3名离校2年内未就业, 1年合同", { group: "离校2年内未就业高校毕业生", people: 3, contractMonths: 12 }, true, 3000],
  ["合同恰好1年: 以上 includes it", { ...grad, people: 1, contractMonths: 12 }, true, 1000],
  ["合同11个月: no", { ...grad, people: 1, contractMonths: 11 }, false, null],
  ["登记失业半年以上 2人", { group: "登记失业半年以上人员", people: 2, contractMonths: 24 }, true, 2000],
  ["离校超过2年: not a group the rule names", { group: "离校超过2年的高校毕业生", people: 1, contractMonths: 24 }, false, null],
  ["脱贫人口: not a group the rule names", { group: "脱贫人口", people: 1, contractMonths: 24 }, false, null],
]);

table("一次性吸纳就业补贴", "兴安盟", [
  ["2名登记失业半年以上, 2年合同: 1500 each", { group: "登记失业半年以上人员", people: 2, contractMonths: 24 }, true, 3000],
  ["3名应届, 1年合同", { ...grad, people: 3, contractMonths: 12 }, true, 4500],
]);

table("一次性吸纳就业补贴", "平凉市", [
  ["6个月合同, 保险未知: asks about 扩岗 instead", { ...grad, people: 1, contractMonths: 6 }, null, null],
  ["6个月合同, 保险0个月: neither", { ...grad, people: 1, contractMonths: 6, insuranceMonths: 0 }, false, null],
  ["6个月合同, 保险1个月: 扩岗补助 1500", { ...grad, people: 1, contractMonths: 6, insuranceMonths: 1 }, true, 1500],
  ["both allowed: the larger, 扩岗补助", { group: "离校2年内未就业高校毕业生", people: 2, contractMonths: 24, insuranceMonths: 3 }, true, 3000],
  ["1年合同, 保险未知: 吸纳 1000", { ...grad, people: 2, contractMonths: 12 }, true, 2000],
  ["登记失业半年以上: no 扩岗, 1000", { group: "登记失业半年以上人员", people: 1, contractMonths: 12, insuranceMonths: 3 }, true, 1000],
]);

describe("一次性吸纳就业补贴 named explicitly in 平凉", () => {
  it("is judged on its own condition, with 扩岗补助 noted as the alternative", () => {
    const r = ruleById("一次性吸纳就业补贴")!.evaluate({ ...grad, people: 1, contractMonths: 6 }, "平凉市", "吸纳就业补贴");
    expect(r.eligible).toBe(false);
    const x = ruleById("一次性吸纳就业补贴")!.evaluate({ ...grad, people: 1, contractMonths: 24 }, "平凉市", "吸纳就业补贴");
    expect(x.amount).toBe(1000);
    expect(x.notes.join()).toContain("不能重复享受");
  });
});

table("见习补贴", "平凉市", [
  ["留用率65%: 1350", { people: 5, internMonths: 6, retentionRate: 65 }, true, 40500],
  ["留用4/10 = 40%: 1000", { people: 10, internMonths: 3, retained: 4 }, true, 30000],
  ["留用率恰好50%: 1200", { people: 1, internMonths: 1, retentionRate: 50 }, true, 1200],
  ["留用率恰好60%: 不含 in the lower band, 1350", { people: 1, internMonths: 1, retentionRate: 60 }, true, 1350],
  ["留用率59.9%: 1200", { people: 1, internMonths: 1, retentionRate: 59.9 }, true, 1200],
  ["留用率恰好70%: 及以上, 1500", { people: 1, internMonths: 1, retentionRate: 70 }, true, 1500],
  ["留用多于见习人数: asked back", { people: 3, internMonths: 1, retained: 4 }, null, null],
  ["0个月: asked back", { people: 3, internMonths: 0, retentionRate: 50 }, null, null],
  ["每人每月多少 at 60% kept: the standard, 1350", { people: 10, retained: 6, perPersonMonthly: true }, true, 1350],
  ["每人每月多少 with no headcount or months: 1500 at 70%", { retentionRate: 75, perPersonMonthly: true }, true, 1500],
]);

table("技能提升补贴", "平凉市", [
  ["参保3年 高级: 2000", { unemploymentInsuranceMonths: 36, certLevel: "高级" }, true, 2000],
  ["参保恰好1年 初级: 1000", { unemploymentInsuranceMonths: 12, certLevel: "初级" }, true, 1000],
  ["参保8个月: no", { unemploymentInsuranceMonths: 8, certLevel: "初级" }, false, null],
  ["领取失业保险金 中级: 1500", { receivingUnemploymentBenefit: true, certLevel: "中级" }, true, 1500],
  ["今年已3次: no", { unemploymentInsuranceMonths: 36, certLevel: "中级", timesThisYear: 3 }, false, null],
  ["技师: eligible, amount not stated", { unemploymentInsuranceMonths: 36, certLevel: "技师" }, true, null],
]);

table("技能提升补贴", "兴安盟", [
  ["参保2年: eligible, amount not stated", { unemploymentInsuranceMonths: 24, certLevel: "中级" }, true, null],
]);

table("职业技能鉴定评价补贴", "黑龙江省", [
  ["专项职业能力 150", { certLevel: "专项职业能力" }, true, 150],
  ["中级 350", { certLevel: "中级" }, true, 350],
  ["技师 上浮 at most 30%: 585", { certLevel: "技师", askedUplift: true }, true, 585],
  ["高级技师 500", { certLevel: "高级技师" }, true, 500],
  ["not the first certificate of that level: no", { certLevel: "中级", repeatCertificate: true }, false, null],
  ["技能提升补贴 already received: 不得重复享受, no", { certLevel: "中级", receivedSubsidy: "技能提升补贴" }, false, null],
  ["another subsidy received: no bar", { certLevel: "中级", receivedSubsidy: "职业培训补贴" }, true, 350],
]);

table("技能提升补贴", "黑龙江省", [
  ["鉴定评价补贴 already received for it: no", { unemploymentInsuranceMonths: 24, certLevel: "中级", receivedSubsidy: "职业技能鉴定评价补贴" }, false, null],
]);

table("培训期间生活费补贴", "兴安盟", [
  ["脱贫劳动力 20天", { group: "脱贫人口", trainingDays: 20 }, true, 2000],
  ["零就业家庭成员 3天", { group: "零就业家庭成员", trainingDays: 3 }, true, 300],
  ["a group the rule does not name: no", { group: "毕业年度高校毕业生", trainingDays: 20 }, false, null],
]);

table("职业培训补贴（享受次数）", "兴安盟", [
  ["已2次: 1 left", { timesThisYear: 2 }, true, 1],
  ["已3次: no", { timesThisYear: 3 }, false, null],
  ["同一职业同一等级: no", { timesThisYear: 0, sameOccupationAndLevel: true }, false, null],
]);

table("失业保险费（阶段性降低费率）", "黑龙江省", [["月工资6000: 30 each", { monthlyWage: 6000 }, true, 30]]);
table("失业保险费（阶段性降低费率）", "兴安盟", [["月工资4500: 22.5 each", { monthlyWage: 4500 }, true, 22.5]]);

table("工伤保险费率（阶段性降低）", "兴安盟", [
  ["20个月: −20%", { fundMonths: 20, currentRate: 1.2 }, true, 0.96],
  ["恰好18个月 (含): −20%", { fundMonths: 18, currentRate: 1 }, true, 0.8],
  ["17个月: current rate", { fundMonths: 17, currentRate: 1 }, true, 1],
  ["恰好24个月 (含): −50%", { fundMonths: 24, currentRate: 1 }, true, 0.5],
  ["23个月: −20%", { fundMonths: 23, currentRate: 1 }, true, 0.8],
  ["一类行业: not covered", { fundMonths: 24, currentRate: 0.2, firstClassIndustry: true }, false, null],
]);

table("失业保险金", "黑龙江省", [["最低工资1860: 1674", { minimumWage: 1860 }, true, 1674]]);

const poor = { group: "脱贫人口" } as const;
table("一次性往返交通补助", "黑龙江省", [
  ["跨省5个月, 路费860: capped at 500", { ...poor, crossProvince: true, workMonths: 5, fare: 860 }, true, 500],
  ["路费恰好500", { ...poor, crossProvince: true, workMonths: 3, fare: 500 }, true, 500],
  ["路费380: 据实", { ...poor, crossProvince: true, workMonths: 3, fare: 380 }, true, 380],
  ["恰好3个月 (以上 includes it)", { ...poor, crossProvince: true, workMonths: 3 }, true, 500],
  ["2个月: no", { ...poor, crossProvince: true, workMonths: 2, fare: 300 }, false, null],
  ["省内: no", { ...poor, crossProvince: false, workMonths: 5, fare: 300 }, false, null],
  ["not 脱贫人口: no", { group: "毕业年度高校毕业生", crossProvince: true, workMonths: 5, fare: 300 }, false, null],
]);

table("生产奖补", "黑龙江省", [
  ["省内3个月, 自主发展生产: 500", { ...poor, crossProvince: false, workMonths: 3, ownProduction: true }, true, 500],
  ["省内恰好2个月: 500", { ...poor, crossProvince: false, workMonths: 2, ownProduction: true }, true, 500],
  ["跨省3个月: 1000", { ...poor, crossProvince: true, workMonths: 3, ownProduction: true }, true, 1000],
  ["跨省2个月: no", { ...poor, crossProvince: true, workMonths: 2, ownProduction: true }, false, null],
  ["公益岗: no", { ...poor, crossProvince: false, workMonths: 6, ownProduction: true, publicWelfarePost: true }, false, null],
  ["家庭不能自主发展生产: no", { ...poor, crossProvince: false, workMonths: 6, ownProduction: false }, false, null],
]);

table("就业创业服务补助", "黑龙江省", [
  ["12人 1年以上合同: 2400", { ...poor, people: 12, contractMonths: 12 }, true, 2400],
  ["合同半年: no", { ...poor, people: 12, contractMonths: 6 }, false, null],
]);

table("就业帮扶车间奖补", "黑龙江省", [
  ["6人 报酬达标: 6000", { ...poor, people: 6, paidAboveLine: true }, true, 6000],
  ["报酬未达标: no", { ...poor, people: 6, paidAboveLine: false }, false, null],
]);

table("吸纳贫困劳动力奖补（大庆）", "大庆市", [
  ["3人 稳定就业1年: 3000", { people: 3, workMonths: 12 }, true, 3000],
  ["稳定就业10个月: no", { people: 3, workMonths: 10 }, false, null],
]);

table("一次性求职创业补贴", "平凉市", [
  ["困难家庭毕业生: 1000", { hardship: true }, true, 1000],
  ["非困难家庭: no", { hardship: false }, false, null],
]);

table("公益性岗位补贴期限", "兴安盟", [
  ["距退休4年: 至退休", { yearsToRetirement: 4 }, true, 4],
  ["距退休恰好5年: 最长3年 (不足5年 excludes 5)", { yearsToRetirement: 5 }, true, 3],
  ["距退休10年: 最长3年", { yearsToRetirement: 10 }, true, 3],
]);

table("低保渐退期", "兴安盟", [
  ["收入超过低保标准: up to 6 months", { incomeAboveSubsistenceLine: true }, true, 6],
  ["收入未超过: no phase-out needed", { incomeAboveSubsistenceLine: false }, false, null],
]);

table("创业担保贷款展期", "兴安盟", [
  ["受灾: at most 1 year", { disasterAffected: true }, true, 1],
  ["没有受灾: not this extension", { disasterAffected: false }, false, null],
]);

describe("创业担保贷款展期 · 兴安盟's time limits", () => {
  const rule = ruleById("创业担保贷款展期")!;
  it("states each stage's limit and their total, in the summary and in the answer's note", () => {
    const stages = "资格审核2个工作日、担保机构调查3个工作日、银行受理至发放5个工作日";
    expect(rule.summary("兴安盟")).toContain(stages);
    expect(rule.evaluate({ disasterAffected: true }, "兴安盟").notes.join("")).toContain(`${stages}，合计不超过10个工作日`);
    expect(rule.summary("黑龙江省")).not.toContain("工作日");
  });
});

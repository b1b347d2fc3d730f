// 阶段性降低费率: 失业保险 (employer and employee 0.5% each) and 兴安盟's 工伤保险 reduction by fund reserve.
import { Evaluation, fmt, forRegion, type Parameter, type Rule } from "../rule.js";

const UNEMPLOYMENT_SHARE: Parameter[] = [
  { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（二）", value: 0.5, unit: "%", quote: "单位费率和个人费率分别为0.5%" },
  { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "12、", value: 0.5, unit: "%", quote: "用人单位和个人分别按0.5%执行" },
];

const XAM = { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "11、" };
/** Reduction of the current rate by months of reserve in the work-injury fund (from the most months down). */
const INJURY_CUTS: Array<{ fromMonths: Parameter; cut: Parameter }> = [
  { fromMonths: { ...XAM, value: 24, unit: "个月", quote: "24个月(含)以上的地区" }, cut: { ...XAM, value: 50, unit: "%", quote: "以现行费率为基础下调50%" } },
  { fromMonths: { ...XAM, value: 18, unit: "个月", quote: "18(含)至23个月的地区" }, cut: { ...XAM, value: 20, unit: "%", quote: "以现行费率为基础下调20%" } },
];
export const PARAMETERS = [...UNEMPLOYMENT_SHARE, ...INJURY_CUTS.flatMap((c) => [c.fromMonths, c.cut])];

export const unemploymentInsuranceContribution: Rule = {
  id: "失业保险费（阶段性降低费率）",
  terms: ["失业保险费率"],
  facts: ["monthlyWage"],
  signals: ["monthlyWage"],
  regions: ["黑龙江省", "兴安盟"],
  summary: (region) => {
    const p = forRegion(UNEMPLOYMENT_SHARE, region)!;
    return `失业保险费率阶段性降低，单位和个人各${p.value}%`;
  },

  evaluate(facts, region) {
    const e = new Evaluation(facts);
    const share = forRegion(UNEMPLOYMENT_SHARE, region)!;
    e.cite(share);
    const wage = e.need("monthlyWage");
    let each: number | null = null;
    if (wage !== undefined) {
      each = (wage * share.value) / 100;
      e.step(`单位每月：${fmt(wage)}元×${share.value}%=${fmt(each)}元`);
      e.step(`个人每月：${fmt(wage)}元×${share.value}%=${fmt(each)}元`);
      e.step(`合计每月${fmt(each * 2)}元`);
      e.check(true, `单位和个人各按${share.value}%缴纳`, share);
    }
    return e.result(each, "元/月（单位、个人各）");
  },
};

export const workInjuryInsuranceRate: Rule = {
  id: "工伤保险费率（阶段性降低）",
  terms: ["工伤保险费率"],
  facts: ["fundMonths", "currentRate", "firstClassIndustry"],
  signals: ["fundMonths", "currentRate"],
  regions: ["兴安盟"],
  summary: () =>
    `工伤保险基金累计结存可支付月数${INJURY_CUTS.map((c) => `${c.fromMonths.value}个月（含）以上的下调${c.cut.value}%`).join("，")}，不足${INJURY_CUTS.at(-1)!.fromMonths.value}个月的按现行费率执行（以现行费率为基础；不含一类行业单位；现行费率指2018年阶段性降费前的费率）`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    e.cite(INJURY_CUTS[0]!.cut);
    const months = e.need("fundMonths");
    const rate = e.need("currentRate");
    if (facts.firstClassIndustry) e.check(false, "阶段性降低工伤保险费率不含一类行业单位", XAM);
    let cut: number | null = null;
    if (months !== undefined) {
      const band = INJURY_CUTS.find((c) => months >= c.fromMonths.value);
      cut = band?.cut.value ?? 0;
      e.check(true, band ? `可支付月数${fmt(months)}个月，在${band.fromMonths.value}个月（含）以上档，下调${cut}%` : `可支付月数${fmt(months)}个月，不足${INJURY_CUTS.at(-1)!.fromMonths.value}个月，按现行费率执行`, band?.cut ?? XAM);
    }
    let newRate: number | null = null;
    if (cut !== null && rate !== undefined) {
      newRate = Math.round(rate * (100 - cut) * 1e4) / 1e6;
      e.step(`${fmt(rate)}%×(1−${cut}%)=${newRate}%`);
    }
    return e.result(newRate, "%");
  },
};

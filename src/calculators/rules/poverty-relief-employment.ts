// 脱贫人口稳岗就业 (黑人社发〔2022〕18号) and 大庆's 吸纳贫困劳动力 award: sums per person for
// poverty-relieved workers who work away from home, and for those who hire or place them.
import type { Facts } from "../facts.js";
import { Evaluation, fmt, type Parameter, type Rule, type Source } from "../rule.js";

const HLJ22 = { region: "黑龙江省", doc: "heilongjiang-2022-18" };
const TRAVEL_CAP: Parameter = { ...HLJ22, clause: "（四）", value: 500, unit: "元/人·年", quote: "每人每年安排一次性往返交通补助500元" };
const TRAVEL_MIN_MONTHS: Parameter = { ...HLJ22, clause: "（四）", value: 3, unit: "个月", quote: "对跨省稳定就业3个月以上的外出务工脱贫劳动力" };
const PLACEMENT: Parameter = { ...HLJ22, clause: "（四）", value: 200, unit: "元/人", quote: "给予200元就业创业服务补助" };
const PLACEMENT_MIN_CONTRACT: Parameter = { ...HLJ22, clause: "（四）", value: 1, unit: "年", quote: "与用人单位签订1年以上劳动合同的" };
const WORKSHOP: Parameter = { ...HLJ22, clause: "（七）", value: 1000, unit: "元/人", quote: "给予一次性1000的奖励补贴" };
const PRODUCTION_CROSS: Parameter = { ...HLJ22, clause: "（十）", value: 1000, unit: "元/人·年", quote: "跨省就业每人每年补助1000元" };
const PRODUCTION_WITHIN: Parameter = { ...HLJ22, clause: "（十）", value: 500, unit: "元/人·年", quote: "省内就业每人每年补助500元" };
const PRODUCTION_CROSS_MONTHS: Parameter = { ...HLJ22, clause: "（十）", value: 3, unit: "个月", quote: "每年跨省稳定就业3个月以上" };
const PRODUCTION_WITHIN_MONTHS: Parameter = { ...HLJ22, clause: "（十）", value: 2, unit: "个月", quote: "省内稳定就业2个月以上的脱贫劳动力（不含公益岗）" };
const COOPERATIVE: Parameter = { region: "大庆市", doc: "daqing-2017", clause: "（八）", value: 1000, unit: "元/人", quote: "稳定就业1年以上的给予1000元奖补" };
const COOPERATIVE_MIN_YEARS: Parameter = { ...COOPERATIVE, value: 1, unit: "年", quote: "稳定就业1年以上" };
export const PARAMETERS = [TRAVEL_CAP, TRAVEL_MIN_MONTHS, PLACEMENT, PLACEMENT_MIN_CONTRACT, WORKSHOP, PRODUCTION_CROSS, PRODUCTION_WITHIN, PRODUCTION_CROSS_MONTHS, PRODUCTION_WITHIN_MONTHS, COOPERATIVE, COOPERATIVE_MIN_YEARS];

/** The rules of this document are for 脱贫人口 (监测帮扶对象 included); another group stated is not eligible. */
function povertyRelieved(e: Evaluation, source: Source): void {
  const g = e.facts.group;
  if (g !== undefined && g !== "脱贫人口") e.check(false, `本项补助面向脱贫人口（含监测帮扶对象），${g}不在范围内`, source);
}

function perPerson(e: Evaluation, p: Parameter, what: string): number | null {
  const people = e.need("people");
  if (people === undefined) return null;
  const amount = people * p.value;
  e.step(`${what}：${people}人×${p.value}元=${fmt(amount)}元`);
  return amount;
}

export const travelAllowance: Rule = {
  id: "一次性往返交通补助",
  terms: ["往返交通补助"],
  facts: ["group", "crossProvince", "workMonths", "fare"],
  signals: ["fare", "crossProvince", "workMonths"],
  regions: ["黑龙江省"],
  summary: () =>
    `跨省稳定就业${TRAVEL_MIN_MONTHS.value}个月以上的外出务工脱贫劳动力（含监测帮扶对象），每人每年一次性往返交通补助${TRAVEL_CAP.value}元，实际往返一次交通费不足${TRAVEL_CAP.value}元的据实补助`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    povertyRelieved(e, TRAVEL_CAP);
    const cross = e.need("crossProvince");
    const months = e.need("workMonths");
    if (cross === false) e.check(false, "交通补助面向跨省务工，省内就业不在范围内", TRAVEL_MIN_MONTHS);
    if (cross && months !== undefined) e.monthsAtLeast(months, TRAVEL_MIN_MONTHS, `跨省务工${fmt(months)}个月`, `稳定就业${TRAVEL_MIN_MONTHS.value}个月以上`);
    e.cite(TRAVEL_CAP);
    const fare = facts.fare;
    const amount = fare === undefined ? TRAVEL_CAP.value : Math.min(fare, TRAVEL_CAP.value);
    e.step(
      fare === undefined
        ? `每人每年最多${TRAVEL_CAP.value}元，实际往返交通费不足${TRAVEL_CAP.value}元的按实际补助`
        : fare >= TRAVEL_CAP.value
          ? `往返交通费${fmt(fare)}元，超过${TRAVEL_CAP.value}元，按${TRAVEL_CAP.value}元补助`
          : `往返交通费${fmt(fare)}元，不足${TRAVEL_CAP.value}元，据实补助${fmt(fare)}元`,
    );
    return e.result(amount, "元");
  },
};

export const productionAward: Rule = {
  id: "生产奖补",
  terms: ["生产奖补"],
  facts: ["group", "publicWelfarePost", "crossProvince", "workMonths", "ownProduction"],
  signals: ["ownProduction", "crossProvince", "workMonths"],
  regions: ["黑龙江省"],
  summary: () =>
    `每年跨省稳定就业${PRODUCTION_CROSS_MONTHS.value}个月以上、省内稳定就业${PRODUCTION_WITHIN_MONTHS.value}个月以上的脱贫劳动力（不含公益岗），且家庭能够自主发展生产经营的，跨省就业每人每年${PRODUCTION_CROSS.value}元，省内就业每人每年${PRODUCTION_WITHIN.value}元`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    e.cite(PRODUCTION_CROSS);
    povertyRelieved(e, PRODUCTION_CROSS);
    if (facts.publicWelfarePost) e.check(false, "在公益性岗位就业的不享受生产奖补", PRODUCTION_WITHIN_MONTHS);
    const cross = e.need("crossProvince");
    const months = e.need("workMonths");
    const own = e.need("ownProduction");
    if (own === false) e.check(false, "家庭需能够自主发展生产经营", PRODUCTION_CROSS);
    let amount: number | null = null;
    if (cross !== undefined && months !== undefined) {
      const [min, award] = cross ? [PRODUCTION_CROSS_MONTHS, PRODUCTION_CROSS] : [PRODUCTION_WITHIN_MONTHS, PRODUCTION_WITHIN];
      e.monthsAtLeast(months, min, `${cross ? "跨省" : "省内"}稳定就业${fmt(months)}个月`, `${min.value}个月以上`);
      amount = award.value;
      e.cite(award);
      e.step(`${cross ? "跨省" : "省内"}就业每人每年补助${award.value}元`);
    }
    return e.result(amount, "元");
  },
};

export const placementServiceSubsidy: Rule = {
  id: "就业创业服务补助",
  terms: ["就业创业服务补助"],
  facts: ["group", "contractMonths", "people"],
  signals: [],
  regions: ["黑龙江省"],
  summary: () =>
    `人力资源服务机构、劳务经纪人面向脱贫人口开展有组织劳务输出，每介绍1人成功就业且与用人单位签订${PLACEMENT_MIN_CONTRACT.value}年以上劳动合同的，给予${PLACEMENT.value}元就业创业服务补助`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    povertyRelieved(e, PLACEMENT);
    const contract = e.need("contractMonths");
    if (contract !== undefined) e.monthsAtLeast(contract, PLACEMENT_MIN_CONTRACT, `劳动合同期限${fmt(contract)}个月`, `签订${PLACEMENT_MIN_CONTRACT.value}年以上劳动合同`);
    e.cite(PLACEMENT);
    return e.result(perPerson(e, PLACEMENT, "就业创业服务补助"), "元");
  },
};

export const workshopAward: Rule = {
  id: "就业帮扶车间奖补",
  terms: ["就业帮扶车间"],
  facts: ["group", "paidAboveLine", "people"],
  signals: ["paidAboveLine"],
  regions: ["黑龙江省"],
  summary: () =>
    `就业帮扶车间每吸纳1名脱贫人口就业，年度累计支付劳动报酬不低于当年防返贫动态监测范围标准的，给予一次性${WORKSHOP.value}元奖励补贴`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    povertyRelieved(e, WORKSHOP);
    const paid = e.need("paidAboveLine");
    if (paid !== undefined) e.check(paid, paid ? "年度累计支付劳动报酬达到防返贫动态监测范围标准" : "年度累计支付劳动报酬低于防返贫动态监测范围标准", WORKSHOP);
    e.cite(WORKSHOP);
    return e.result(perPerson(e, WORKSHOP, "一次性奖励补贴"), "元");
  },
};

export const cooperativeHiringAward: Rule = {
  id: "吸纳贫困劳动力奖补（大庆）",
  terms: ["吸纳贫困劳动力奖补"],
  facts: ["group", "workMonths", "people"],
  signals: [],
  regions: ["大庆市"],
  summary: () =>
    `依法登记的农民合作社、种养大户、家庭农场、农业企业、“扶贫车间”等，每吸纳1名建档立卡贫困家庭劳动力稳定就业${COOPERATIVE_MIN_YEARS.value}年以上的，给予${COOPERATIVE.value}元奖补`,

  evaluate(facts: Facts) {
    const e = new Evaluation(facts);
    const g = facts.group;
    if (g !== undefined && g !== "脱贫人口") e.check(false, `奖补面向建档立卡贫困家庭劳动力，${g}不在范围内`, COOPERATIVE);
    const months = e.need("workMonths");
    if (months !== undefined) e.monthsAtLeast(months, COOPERATIVE_MIN_YEARS, `稳定就业${fmt(months)}个月`, `稳定就业${COOPERATIVE_MIN_YEARS.value}年以上`);
    e.cite(COOPERATIVE);
    return e.result(perPerson(e, COOPERATIVE, "奖补"), "元");
  },
};

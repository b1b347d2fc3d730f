// 脱贫人口稳岗就业 (交通补助, 生产奖补, 服务补助, 帮扶车间) and 吸纳贫困劳动力奖补: sums per person for
// poverty-relieved workers who work away from home, and for those who hire or place them.
import type { Facts } from "../facts.js";
import { Evaluation, fmt, type At, type Parameter, type Rule, type Source } from "../rule.js";

/** The figures they read (corpus/parameters). */
const P = {
  travelCap: "往返交通补助.每人每年上限",
  travelMonths: "往返交通补助.跨省就业月数",
  placement: "就业创业服务补助.每人标准",
  placementContract: "就业创业服务补助.合同年限",
  workshop: "就业帮扶车间.每人奖补",
  productionCross: "生产奖补.跨省每人每年",
  productionWithin: "生产奖补.省内每人每年",
  productionCrossMonths: "生产奖补.跨省就业月数",
  productionWithinMonths: "生产奖补.省内就业月数",
  cooperative: "吸纳贫困劳动力奖补.每人奖补",
  cooperativeYears: "吸纳贫困劳动力奖补.就业年限",
} as const;

/** The rules of this document are for 脱贫人口 (监测帮扶对象 included); another group stated is not eligible. */
function povertyRelieved(e: Evaluation, source: Source): void {
  const g = e.facts.group;
  if (g !== undefined && g !== "脱贫人口") e.check(false, `本项补助面向脱贫人口（含监测帮扶对象），${g}不在范围内`, source);
}

function perPerson(e: Evaluation, p: Parameter, what: string): number | null {
  const people = e.needForAmount("people");
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
  needs: [P.travelCap, P.travelMonths],
  summary: (at) =>
    `跨省稳定就业${at.p(P.travelMonths).value}个月以上的外出务工脱贫劳动力（含监测帮扶对象），每人每年一次性往返交通补助${at.p(P.travelCap).value}元，实际往返一次交通费不足${at.p(P.travelCap).value}元的据实补助`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const [cap, minMonths] = [at.p(P.travelCap), at.p(P.travelMonths)];
    povertyRelieved(e, cap);
    const cross = e.need("crossProvince");
    const months = e.need("workMonths");
    if (cross === false) e.check(false, "交通补助面向跨省务工，省内就业不在范围内", minMonths);
    if (cross && months !== undefined) e.monthsAtLeast(months, minMonths, `跨省务工${fmt(months)}个月`, `稳定就业${minMonths.value}个月以上`);
    e.cite(cap);
    const fare = facts.fare;
    const amount = fare === undefined ? cap.value : Math.min(fare, cap.value);
    e.step(
      fare === undefined
        ? `每人每年最多${cap.value}元，实际往返交通费不足${cap.value}元的按实际补助`
        : fare >= cap.value
          ? `往返交通费${fmt(fare)}元，超过${cap.value}元，按${cap.value}元补助`
          : `往返交通费${fmt(fare)}元，不足${cap.value}元，据实补助${fmt(fare)}元`,
    );
    return e.result(amount, "元");
  },
};

export const productionAward: Rule = {
  id: "生产奖补",
  terms: ["生产奖补"],
  facts: ["group", "publicWelfarePost", "crossProvince", "workMonths", "ownProduction", "people"],
  signals: ["ownProduction", "crossProvince", "workMonths"],
  excludes: ["publicWelfarePost"],
  needs: [P.productionCross, P.productionWithin, P.productionCrossMonths, P.productionWithinMonths],
  summary: (at) =>
    `每年跨省稳定就业${at.p(P.productionCrossMonths).value}个月以上、省内稳定就业${at.p(P.productionWithinMonths).value}个月以上的脱贫劳动力（不含公益岗），且家庭能够自主发展生产经营的，跨省就业每人每年${at.p(P.productionCross).value}元，省内就业每人每年${at.p(P.productionWithin).value}元`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const [crossAward, withinAward] = [at.p(P.productionCross), at.p(P.productionWithin)];
    const [crossMonths, withinMonths] = [at.p(P.productionCrossMonths), at.p(P.productionWithinMonths)];
    e.cite(crossAward);
    povertyRelieved(e, crossAward);
    if (facts.publicWelfarePost) e.check(false, "在公益性岗位就业的不享受生产奖补", withinMonths);
    const cross = e.need("crossProvince");
    const months = e.need("workMonths");
    const own = e.need("ownProduction");
    if (own === false) e.check(false, "家庭需能够自主发展生产经营", crossAward);
    let amount: number | null = null;
    if (cross !== undefined && months !== undefined) {
      const [min, award] = cross ? [crossMonths, crossAward] : [withinMonths, withinAward];
      e.monthsAtLeast(months, min, `${cross ? "跨省" : "省内"}稳定就业${fmt(months)}个月`, `${min.value}个月以上`);
      amount = award.value;
      e.cite(award);
      e.step(`${cross ? "跨省" : "省内"}就业每人每年补助${award.value}元`);
      amount = e.forEach(amount, "元");
    }
    return e.result(amount, "元");
  },
};

export const placementServiceSubsidy: Rule = {
  id: "就业创业服务补助",
  terms: ["就业创业服务补助"],
  facts: ["group", "contractMonths", "people", "placesWorkers"],
  signals: ["placesWorkers"],
  // 介绍成功 / 劳务经纪人: the one who places workers is who this rule pays.
  pointers: ["placesWorkers"],
  needs: [P.placement, P.placementContract],
  summary: (at) =>
    `人力资源服务机构、劳务经纪人面向脱贫人口开展有组织劳务输出，每介绍1人成功就业且与用人单位签订${at.p(P.placementContract).value}年以上劳动合同的，给予${at.p(P.placement).value}元就业创业服务补助`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const [placement, minContract] = [at.p(P.placement), at.p(P.placementContract)];
    povertyRelieved(e, placement);
    const contract = e.need("contractMonths");
    if (contract !== undefined) e.monthsAtLeast(contract, minContract, `劳动合同期限${fmt(contract)}个月`, `签订${minContract.value}年以上劳动合同`);
    e.cite(placement);
    return e.result(perPerson(e, placement, "就业创业服务补助"), "元");
  },
};

export const workshopAward: Rule = {
  id: "就业帮扶车间奖补",
  terms: ["就业帮扶车间"],
  facts: ["group", "paidAboveLine", "people"],
  signals: ["paidAboveLine"],
  needs: [P.workshop],
  summary: (at) =>
    `就业帮扶车间每吸纳1名脱贫人口就业，年度累计支付劳动报酬不低于当年防返贫动态监测范围标准的，给予一次性${at.p(P.workshop).value}元奖励补贴`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const award = at.p(P.workshop);
    povertyRelieved(e, award);
    const paid = e.need("paidAboveLine");
    if (paid !== undefined) e.check(paid, paid ? "年度累计支付劳动报酬达到防返贫动态监测范围标准" : "年度累计支付劳动报酬低于防返贫动态监测范围标准", award);
    e.cite(award);
    return e.result(perPerson(e, award, "一次性奖励补贴"), "元");
  },
};

export const cooperativeHiringAward: Rule = {
  id: "吸纳贫困劳动力奖补（大庆）",
  terms: ["吸纳贫困劳动力奖补"],
  facts: ["group", "workMonths", "people"],
  signals: [],
  needs: [P.cooperative, P.cooperativeYears],
  summary: (at) =>
    `依法登记的农民合作社、种养大户、家庭农场、农业企业、“扶贫车间”等，每吸纳1名建档立卡贫困家庭劳动力稳定就业${at.p(P.cooperativeYears).value}年以上的，给予${at.p(P.cooperative).value}元奖补`,

  evaluate(facts: Facts, at: At) {
    const e = new Evaluation(facts);
    const [award, minYears] = [at.p(P.cooperative), at.p(P.cooperativeYears)];
    const g = facts.group;
    if (g !== undefined && g !== "脱贫人口") e.check(false, `奖补面向建档立卡贫困家庭劳动力，${g}不在范围内`, award);
    const months = e.need("workMonths");
    if (months !== undefined) e.monthsAtLeast(months, minYears, `稳定就业${fmt(months)}个月`, `稳定就业${minYears.value}年以上`);
    e.cite(award);
    return e.result(perPerson(e, award, "奖补"), "元");
  },
};

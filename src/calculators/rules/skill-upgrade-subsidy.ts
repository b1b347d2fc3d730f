// 失业保险技能提升补贴: for insured workers (1 year+) or benefit recipients who obtain a certificate.
import type { CertLevel } from "../facts.js";
import { Evaluation, type At, type Rule } from "../rule.js";

/** The figures it reads (corpus/parameters); some documents also set the amount by certificate level. */
const P = { minInsuredYears: "技能提升补贴.参保年限", maxTimes: "技能提升补贴.每年最多次数" } as const;
const LEVELS: CertLevel[] = ["初级", "中级", "高级"];
const amountOf = (level: CertLevel) => `技能提升补贴.${level}`;
/** The levels a region sets an amount for. */
const listedIn = (at: At) => LEVELS.filter((l) => at.find(amountOf(l)));

export const skillUpgradeSubsidy: Rule = {
  id: "技能提升补贴",
  terms: ["技能提升补贴"],
  facts: ["certLevel", "certified", "receivingUnemploymentBenefit", "unemploymentInsuranceMonths", "timesThisYear", "receivedSubsidy", "people"],
  signals: ["unemploymentInsuranceMonths", "receivingUnemploymentBenefit", "certLevel", "certified"],
  needs: [P.minInsuredYears, P.maxTimes],
  optional: LEVELS.map(amountOf),

  summary(at) {
    const listed = listedIn(at);
    const amounts = listed.length ? `，按${listed.map((level) => `${level}${at.p(amountOf(level)).value}元`).join("、")}给予补贴` : "可按规定申请补贴（文件未列具体金额）";
    return `参加失业保险${at.p(P.minInsuredYears).value}年以上的企业职工或领取失业保险金人员取得职业资格证书或职业技能等级证书的${amounts}，每人每年最多${at.p(P.maxTimes).value}次`;
  },

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const min = at.p(P.minInsuredYears);
    const maxTimes = at.p(P.maxTimes);
    const listed = listedIn(at);
    e.cite(listed.length ? at.p(amountOf(listed[0]!)) : min);
    // Where the documents set amounts by level, the level is needed; elsewhere, having a certificate.
    const byLevel = listed.length > 0;
    const level = byLevel ? e.need("certLevel") : facts.certLevel;
    if (!byLevel) {
      const certified = facts.certLevel !== undefined || e.need("certified");
      if (certified === false) e.check(false, "需取得职业资格证书或职业技能等级证书", min);
    }
    if (facts.receivingUnemploymentBenefit) e.check(true, "正在领取失业保险金", min);
    else {
      const months = e.need("unemploymentInsuranceMonths");
      if (months !== undefined) {
        const stated = months >= 12 && months % 12 === 0 ? `${months / 12}年` : `${months}个月`;
        e.monthsAtLeast(months, min, `参加失业保险${stated}`, `参加失业保险${min.value}年以上`);
      }
    }
    if (facts.timesThisYear !== undefined) {
      const ok = facts.timesThisYear < maxTimes.value;
      e.check(ok, `今年已享受${facts.timesThisYear}次，${ok ? "未" : "已"}达到每年最多${maxTimes.value}次`, maxTimes);
    }
    e.notCombined(at, "技能提升补贴");
    let amount: number | null = null;
    if (level !== undefined) {
      const p = at.find(amountOf(level));
      if (p) {
        e.cite(p);
        e.step(`${level}证书补贴标准${p.value}元`);
        amount = e.forEach(p.value, "元");
      } else {
        e.note(byLevel ? `文件只列了${listed.join("、")}的标准，未列${level}的金额，请向当地人社部门确认` : "文件未列补贴金额，具体标准请向当地人社部门确认");
      }
    }
    return e.result(amount, "元");
  },
};

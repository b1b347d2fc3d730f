// 阶段性降低费率: 失业保险 (employer and employee each a share of the wage) and 工伤保险 reduced by months of fund reserve.
import { Evaluation, fmt, type Rule } from "../rule.js";

/** The figures it reads (corpus/parameters): each party's 失业保险 rate, and the 工伤保险 cut by months of fund reserve. */
const P = { share: "失业保险费率.单位和个人费率", injuryCuts: "工伤保险费率.下调幅度" } as const;

export const unemploymentInsuranceContribution: Rule = {
  id: "失业保险费（阶段性降低费率）",
  terms: ["失业保险费率"],
  facts: ["monthlyWage", "people", "insuredCount", "wageOfAll"],
  signals: ["monthlyWage"],
  needs: [P.share],
  summary: (at) => `失业保险费率阶段性降低，单位和个人各${at.p(P.share).value}%`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const share = at.p(P.share);
    e.cite(share);
    const wage = e.need("monthlyWage");
    // 30个员工（参保），每人缴费基数4000: the firm's and its workers' totals, the base being each one's
    // (缴费基数合计20万: the whole firm's already).
    const people = facts.wageOfAll ? 1 : (facts.people ?? facts.insuredCount ?? 1);
    const base = facts.wageOfAll ? `缴费基数合计${fmt(wage ?? 0)}元` : people > 1 ? `${people}人×${fmt(wage ?? 0)}元` : `${fmt(wage ?? 0)}元`;
    let each: number | null = null;
    if (wage !== undefined) {
      each = (people * wage * share.value) / 100;
      e.step(`单位每月：${base}×${share.value}%=${fmt(each)}元`);
      e.step(`个人每月：${base}×${share.value}%=${fmt(each)}元`);
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
  needs: [P.injuryCuts],
  summary(at) {
    // From the most months down.
    const cuts = [...at.brackets(P.injuryCuts)].reverse();
    return `工伤保险基金累计结存可支付月数${cuts.map((c) => `${c.threshold.value}个月（含）以上的下调${c.amount.value}%`).join("，")}，不足${cuts.at(-1)!.threshold.value}个月的按现行费率执行（以现行费率为基础；不含一类行业单位；现行费率指2018年阶段性降费前的费率）`;
  },

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const cuts = [...at.brackets(P.injuryCuts)].reverse();
    const clause = cuts[0]!.amount;
    e.cite(clause);
    const months = e.need("fundMonths");
    const rate = e.need("currentRate");
    if (facts.firstClassIndustry) e.check(false, "阶段性降低工伤保险费率不含一类行业单位", { doc: clause.doc, clause: clause.clause });
    let cut: number | null = null;
    if (months !== undefined) {
      const band = cuts.find((c) => months >= c.threshold.value);
      cut = band?.amount.value ?? 0;
      e.check(true, band ? `可支付月数${fmt(months)}个月，在${band.threshold.value}个月（含）以上档，下调${cut}%` : `可支付月数${fmt(months)}个月，不足${cuts.at(-1)!.threshold.value}个月，按现行费率执行`, band?.amount ?? { doc: clause.doc, clause: clause.clause });
    }
    let newRate: number | null = null;
    if (cut !== null && rate !== undefined) {
      newRate = Math.round(rate * (100 - cut) * 1e4) / 1e6;
      e.step(`${fmt(rate)}%×(1−${cut}%)=${newRate}%`);
    }
    return e.result(newRate, "%");
  },
};

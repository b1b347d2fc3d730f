// 见习补贴: per trainee per month, higher when more trainees are kept on (留用率 bands).
import { Evaluation, fmt, type Rule } from "../rule.js";

/** The figures it reads (corpus/parameters): the base, and 留用率 bands from their start (含) to the next one's (不含). */
const P = { base: "见习补贴.每人每月标准", bands: "见习补贴.留用率提高标准" } as const;

export const traineeshipSubsidy: Rule = {
  id: "见习补贴",
  terms: ["见习补贴", "就业见习"],
  facts: ["people", "internMonths", "retentionRate", "retained", "perPersonMonthly"],
  signals: ["internMonths", "retentionRate", "retained"],
  needs: [P.base, P.bands],

  summary(at) {
    const bands = at.brackets(P.bands);
    return `见习单位每人每月${at.p(P.base).value}元；留用率达${bands.map((b) => `${b.threshold.value}%`).join("、")}以上的，分别提高至每人每月${bands.map((b) => b.amount.value).join("元、")}元（各档不含上一档的起点）`;
  },

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const base = at.p(P.base);
    const bands = at.brackets(P.bands);
    e.cite(base);
    // 每人每月多少: the standard is the answer; a total needs the headcount and the months.
    const perMonth = facts.perPersonMonthly === true;
    const people = perMonth ? facts.people : e.needForAmount("people");
    const months = perMonth ? facts.internMonths : e.needForAmount("internMonths");
    let rate = facts.retentionRate;
    if (rate === undefined && facts.retained !== undefined && people) {
      if (facts.retained > people) e.problem(`留用人数（${facts.retained}人）不能多于见习人数（${people}人）`);
      else {
        rate = (facts.retained / people) * 100;
        e.step(`留用率：${facts.retained}÷${people}=${fmt(rate)}%`);
      }
    }
    if (rate === undefined && !e.problems.length) e.need("retentionRate");
    if (months === 0) e.problem("见习月数应大于0");
    let amount: number | null = null;
    if (rate !== undefined && !e.problems.length) {
      const band = [...bands].reverse().find((b) => rate! >= b.threshold.value);
      const monthly = band?.amount ?? base;
      e.check(true, band ? `留用率${fmt(rate)}%，达到${band.threshold.value}%档，补贴标准提高至每人每月${monthly.value}元` : `留用率${fmt(rate)}%，不足${bands[0]!.threshold.value}%，按每人每月${base.value}元`, monthly);
      if (people !== undefined && months !== undefined) {
        const total = people * months * monthly.value;
        e.step(`${people}人×${fmt(months)}个月×${monthly.value}元=${fmt(total)}元`);
        if (!perMonth) amount = total;
      }
      if (perMonth) amount = monthly.value;
    }
    e.note("见习期未满与见习人员签订劳动合同的，可给予剩余期限见习补贴");
    return e.result(amount, perMonth ? "元/人·月" : "元");
  },
};

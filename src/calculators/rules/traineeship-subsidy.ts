// 平凉 见习补贴: per trainee per month, higher when more trainees are kept on.
import { Evaluation, fmt, type Parameter, type Rule } from "../rule.js";

const AT = { region: "平凉市", doc: "pingliang-2023-75", clause: "（九）" };
const BASE: Parameter = { ...AT, value: 1000, unit: "元/人·月", quote: "每人每月1000元见习补贴" };
/** 留用率 bands: from (含) … below the next band's start (不含), as the clause words them. */
const BANDS: Array<{ from: Parameter; monthly: Parameter }> = [
  { from: { ...AT, value: 50, unit: "%", quote: "留用率达50%-60%(不含60%)" }, monthly: { ...AT, value: 1200, unit: "元/人·月", quote: "补贴标准分别提高至1200元" } },
  { from: { ...AT, value: 60, unit: "%", quote: "60%-70%(不含70%)" }, monthly: { ...AT, value: 1350, unit: "元/人·月", quote: "1350元" } },
  { from: { ...AT, value: 70, unit: "%", quote: "70%及以上的" }, monthly: { ...AT, value: 1500, unit: "元/人·月", quote: "1350元和1500元" } },
];
export const PARAMETERS = [BASE, ...BANDS.flatMap((b) => [b.from, b.monthly])];

export const traineeshipSubsidy: Rule = {
  id: "见习补贴",
  terms: ["见习补贴", "就业见习"],
  facts: ["people", "internMonths", "retentionRate", "retained", "perPersonMonthly"],
  signals: ["internMonths", "retentionRate", "retained"],
  regions: ["平凉市"],

  summary: () =>
    `见习单位每人每月${BASE.value}元；留用率达${BANDS.map((b) => `${b.from.value}%`).join("、")}以上的，分别提高至每人每月${BANDS.map((b) => b.monthly.value).join("元、")}元（各档不含上一档的起点）`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    e.cite(BASE);
    // 每人每月多少: the standard is the answer; a total needs the headcount and the months.
    const perMonth = facts.perPersonMonthly === true;
    const people = perMonth ? facts.people : e.need("people");
    const months = perMonth ? facts.internMonths : e.need("internMonths");
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
      const band = [...BANDS].reverse().find((b) => rate! >= b.from.value);
      const monthly = band?.monthly ?? BASE;
      e.check(true, band ? `留用率${fmt(rate)}%，达到${band.from.value}%档，补贴标准提高至每人每月${monthly.value}元` : `留用率${fmt(rate)}%，不足${BANDS[0]!.from.value}%，按每人每月${BASE.value}元`, monthly);
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

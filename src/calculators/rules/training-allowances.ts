// Training rules: 培训期间生活费补贴 per day, and how often 职业培训补贴 may be received.
import type { PersonGroup } from "../facts.js";
import { Evaluation, fmt, type Rule } from "../rule.js";

/** The figures it reads (corpus/parameters). */
const P = { living: "生活费补贴.每人每天", times: "职业培训补贴.每年最多次数" } as const;
const LIVING_GROUPS: PersonGroup[] = ["脱贫人口", "就业困难人员", "零就业家庭成员", "两后生中的农村牧区学员和城市低保家庭学员"];
/** The same groups as the clause names them. */
const LIVING_WORDING = "脱贫劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村牧区学员和城市低保家庭学员";

export const trainingLivingAllowance: Rule = {
  id: "培训期间生活费补贴",
  terms: ["生活费补贴"],
  facts: ["group", "trainingDays", "people"],
  signals: ["trainingDays"],
  needs: [P.living],
  summary: (at) => `${LIVING_WORDING}，培训期间每人每天${at.p(P.living).value}元生活费（含交通费）补贴`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const living = at.p(P.living);
    e.cite(living);
    const group = e.need("group");
    const days = e.needForAmount("trainingDays");
    if (group !== undefined) {
      const ok = LIVING_GROUPS.includes(group);
      e.check(ok, ok ? `${group}属于补贴对象` : `${group}不在补贴对象范围内（${LIVING_WORDING}）`, living);
    }
    let amount: number | null = null;
    if (days !== undefined) {
      const people = e.assume("people", 1, "未说明人数，按1人计算");
      amount = people * days * living.value;
      e.step(`${people > 1 ? `${people}人×` : ""}${fmt(days)}天×${living.value}元=${fmt(amount)}元`);
    }
    return e.result(amount, "元");
  },
};

export const trainingSubsidyFrequency: Rule = {
  id: "职业培训补贴（享受次数）",
  terms: ["职业培训补贴"],
  facts: ["timesThisYear", "sameOccupationAndLevel"],
  signals: ["timesThisYear"],
  needs: [P.times],
  summary: (at) => `每人每年可享受不超过${at.p(P.times).value}次职业培训补贴，但同一职业同一等级一年内不可重复享受`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const most = at.p(P.times);
    e.cite(most);
    const times = e.need("timesThisYear");
    if (facts.sameOccupationAndLevel) e.check(false, "同一职业同一等级一年内不可重复享受", most);
    let left: number | null = null;
    if (times !== undefined) {
      const ok = times < most.value;
      e.check(ok, `今年已享受${times}次，每人每年不超过${most.value}次`, most);
      left = Math.max(0, most.value - times);
      e.step(`今年还可享受${most.value}−${times}=${left}次`);
    }
    return e.result(left, "次");
  },
};

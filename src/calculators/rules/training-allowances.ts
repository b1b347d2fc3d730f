// 兴安盟 training rules: 培训期间生活费补贴 per day, and how often 职业培训补贴 may be received.
import type { PersonGroup } from "../facts.js";
import { Evaluation, fmt, type Parameter, type Rule } from "../rule.js";

const LIVING: Parameter = { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "8、", value: 100, unit: "元/人·天", quote: "每人每天100元生活费(含交通费)补贴" };
const LIVING_GROUPS: PersonGroup[] = ["脱贫人口", "就业困难人员", "零就业家庭成员", "两后生中的农村牧区学员和城市低保家庭学员"];
/** The same groups as the clause names them. */
const LIVING_WORDING = "脱贫劳动力、就业困难人员、零就业家庭成员、“两后生”中的农村牧区学员和城市低保家庭学员";
const TRAINING_TIMES: Parameter = { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "7、", value: 3, unit: "次/年", quote: "每人每年可享受不超过3次的职业培训补贴" };
export const PARAMETERS = [LIVING, TRAINING_TIMES];

export const trainingLivingAllowance: Rule = {
  id: "培训期间生活费补贴",
  terms: ["生活费补贴"],
  facts: ["group", "trainingDays", "people"],
  signals: ["trainingDays"],
  regions: ["兴安盟"],
  summary: () => `${LIVING_WORDING}，培训期间每人每天${LIVING.value}元生活费（含交通费）补贴`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    e.cite(LIVING);
    const group = e.need("group");
    const days = e.need("trainingDays");
    if (group !== undefined) {
      const ok = LIVING_GROUPS.includes(group);
      e.check(ok, ok ? `${group}属于补贴对象` : `${group}不在补贴对象范围内（${LIVING_WORDING}）`, LIVING);
    }
    let amount: number | null = null;
    if (days !== undefined) {
      const people = e.assume("people", 1, "未说明人数，按1人计算");
      amount = people * days * LIVING.value;
      e.step(`${people > 1 ? `${people}人×` : ""}${fmt(days)}天×${LIVING.value}元=${fmt(amount)}元`);
    }
    return e.result(amount, "元");
  },
};

export const trainingSubsidyFrequency: Rule = {
  id: "职业培训补贴（享受次数）",
  terms: ["职业培训补贴"],
  facts: ["timesThisYear", "sameOccupationAndLevel"],
  signals: ["timesThisYear"],
  regions: ["兴安盟"],
  summary: () => `每人每年可享受不超过${TRAINING_TIMES.value}次职业培训补贴，但同一职业同一等级一年内不可重复享受`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    e.cite(TRAINING_TIMES);
    const times = e.need("timesThisYear");
    if (facts.sameOccupationAndLevel) e.check(false, "同一职业同一等级一年内不可重复享受", TRAINING_TIMES);
    let left: number | null = null;
    if (times !== undefined) {
      const ok = times < TRAINING_TIMES.value;
      e.check(ok, `今年已享受${times}次，每人每年不超过${TRAINING_TIMES.value}次`, TRAINING_TIMES);
      left = Math.max(0, TRAINING_TIMES.value - times);
      e.step(`今年还可享受${TRAINING_TIMES.value}−${times}=${left}次`);
    }
    return e.result(left, "次");
  },
};

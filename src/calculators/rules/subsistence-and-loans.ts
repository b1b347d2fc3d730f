// 低保渐退期 after a household member finds work, and the extension of 创业担保贷款 after a disaster.
import { Evaluation, type At, type Rule } from "../rule.js";

/** The figures they read (corpus/parameters). */
const P = { phaseOut: "渐退期.最长月数", extension: "创业担保贷款.展期最长年限" } as const;
/** Time limits of each stage of a 创业担保贷款 some documents set, in working days. */
const STAGES = [
  { stage: "资格审核", name: "创业担保贷款.资格审核时限" },
  { stage: "担保机构调查", name: "创业担保贷款.担保机构调查时限" },
  { stage: "银行受理至发放", name: "创业担保贷款.银行受理至发放时限" },
];
const limitsOf = (at: At) => STAGES.flatMap(({ stage, name }) => (at.find(name) ? [{ stage, p: at.p(name) }] : []));
const stagesText = (limits: ReturnType<typeof limitsOf>) => limits.map((l) => `${l.stage}${l.p.value}${l.p.unit}`).join("、");

export const subsistencePhaseOut: Rule = {
  id: "低保渐退期",
  terms: ["渐退期"],
  facts: ["incomeAboveSubsistenceLine"],
  signals: ["incomeAboveSubsistenceLine"],
  needs: [P.phaseOut],
  summary: (at) => `鼓励具备就业能力的低保家庭成员积极就业，就业后家庭人均收入超过当地低保标准的低保家庭，可给予不超过${at.p(P.phaseOut).value}个月的渐退期`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const most = at.p(P.phaseOut);
    e.cite(most);
    const above = e.need("incomeAboveSubsistenceLine");
    if (above === false) e.check(false, "家庭人均收入未超过当地低保标准，仍按低保政策执行，不涉及渐退", most);
    if (above) {
      e.check(true, "就业后家庭人均收入超过当地低保标准", most);
      e.step(`可给予不超过${most.value}个月的渐退期，低保不会立即停发`);
    }
    return e.result(above ? most.value : null, "个月（最长）");
  },
};

export const startupLoanExtension: Rule = {
  id: "创业担保贷款展期",
  terms: ["创业担保贷款"],
  facts: ["disasterAffected"],
  signals: ["disasterAffected"],
  needs: [P.extension],
  optional: STAGES.map((s) => s.name),
  summary(at) {
    const limits = limitsOf(at);
    return `创业担保贷款借款人因自然灾害、重特大突发事件影响流动性遇到暂时困难的，可申请展期还款，期限原则上不超过${at.p(P.extension).value}年` + (limits.length ? `；办理时限：${stagesText(limits)}内` : "");
  },

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const p = at.p(P.extension);
    e.cite(p);
    const hit = e.need("disasterAffected");
    if (hit === false) e.check(false, "展期限于因自然灾害、重特大突发事件影响流动性遇到暂时困难的借款人", p);
    if (hit) {
      e.check(true, "因自然灾害、重特大突发事件影响流动性遇到暂时困难", p);
      e.step(`可申请展期还款，期限原则上不超过${p.value}年`);
    }
    const limits = limitsOf(at);
    if (limits.length) {
      const total = limits.reduce((s, l) => s + l.p.value, 0);
      e.note(`${at.region}办理时限：${stagesText(limits)}，合计不超过${total}${limits[0]!.p.unit}（需办理反担保、抵押等手续的可适当延长）`);
    }
    return e.result(hit ? p.value : null, "年（展期最长）");
  },
};

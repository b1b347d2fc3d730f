// 兴安盟 低保渐退期 after a household member finds work, and the extension of 创业担保贷款 after a disaster.
import { Evaluation, forRegion, type Parameter, type Rule } from "../rule.js";

const PHASE_OUT: Parameter = { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "31、", value: 6, unit: "个月", quote: "可给予不超过6个月的渐退期" };
const EXTENSION: Parameter[] = [
  { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（六）", value: 1, unit: "年", quote: "可申请展期还款，期限原则上不超过1年" },
  { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "6、", value: 1, unit: "年", quote: "可申请展期还款，期限原则上不超过1年" },
  { region: "平凉市", doc: "pingliang-2023-75", clause: "（十一）", value: 1, unit: "年", quote: "可申请展期还款，期限原则上不超过1年" },
];
/** 兴安盟's time limits for a 创业担保贷款, in working days, by stage. */
const XAM_LOAN = { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "6、", unit: "个工作日" };
const XAM_LIMITS: Array<Parameter & { stage: string }> = [
  { ...XAM_LOAN, stage: "资格审核", value: 2, quote: "资格审核时限压缩在2个工作日内" },
  { ...XAM_LOAN, stage: "担保机构调查", value: 3, quote: "担保机构调查时限压缩在3个工作日内" },
  { ...XAM_LOAN, stage: "银行受理至发放", value: 5, quote: "金融机构贷款受理至发放时限压缩在5个工作日内" },
];
const xamStages = XAM_LIMITS.map((l) => `${l.stage}${l.value}${l.unit}`).join("、");
export const PARAMETERS = [PHASE_OUT, ...EXTENSION, ...XAM_LIMITS];

export const subsistencePhaseOut: Rule = {
  id: "低保渐退期",
  terms: ["渐退期"],
  facts: ["incomeAboveSubsistenceLine"],
  signals: ["incomeAboveSubsistenceLine"],
  regions: ["兴安盟"],
  summary: () => `鼓励具备就业能力的低保家庭成员积极就业，就业后家庭人均收入超过当地低保标准的低保家庭，可给予不超过${PHASE_OUT.value}个月的渐退期`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    e.cite(PHASE_OUT);
    const above = e.need("incomeAboveSubsistenceLine");
    if (above === false) e.check(false, "家庭人均收入未超过当地低保标准，仍按低保政策执行，不涉及渐退", PHASE_OUT);
    if (above) {
      e.check(true, "就业后家庭人均收入超过当地低保标准", PHASE_OUT);
      e.step(`可给予不超过${PHASE_OUT.value}个月的渐退期，低保不会立即停发`);
    }
    return e.result(above ? PHASE_OUT.value : null, "个月（最长）");
  },
};

export const startupLoanExtension: Rule = {
  id: "创业担保贷款展期",
  terms: ["创业担保贷款"],
  facts: ["disasterAffected"],
  signals: ["disasterAffected"],
  regions: ["黑龙江省", "兴安盟", "平凉市"],
  summary: (region) =>
    `创业担保贷款借款人因自然灾害、重特大突发事件影响流动性遇到暂时困难的，可申请展期还款，期限原则上不超过${forRegion(EXTENSION, region)!.value}年` +
    (region === XAM_LOAN.region ? `；办理时限：${xamStages}内` : ""),

  evaluate(facts, region) {
    const e = new Evaluation(facts);
    const p = forRegion(EXTENSION, region)!;
    e.cite(p);
    const hit = e.need("disasterAffected");
    if (hit === false) e.check(false, "展期限于因自然灾害、重特大突发事件影响流动性遇到暂时困难的借款人", p);
    if (hit) {
      e.check(true, "因自然灾害、重特大突发事件影响流动性遇到暂时困难", p);
      e.step(`可申请展期还款，期限原则上不超过${p.value}年`);
    }
    if (region === XAM_LOAN.region) {
      const total = XAM_LIMITS.reduce((s, l) => s + l.value, 0);
      e.note(`${XAM_LOAN.region}办理时限：${xamStages}，合计不超过${total}${XAM_LOAN.unit}（需办理反担保、抵押等手续的可适当延长）`);
    }
    return e.result(hit ? p.value : null, "年（展期最长）");
  },
};

// 黑龙江 职业技能鉴定评价补贴: a sum by certificate level, for a first certificate of an occupation and level.
import type { CertLevel } from "../facts.js";
import { Evaluation, fmt, type Parameter, type Rule } from "../rule.js";

const AT = { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（七）" };
const QUOTE = "分别按照每人150元、300元、350元、400元、450元、500元的标准给予职业技能鉴定评价补贴";
const AMOUNTS: Record<CertLevel, Parameter> = {
  专项职业能力: { ...AT, value: 150, unit: "元", quote: QUOTE },
  初级: { ...AT, value: 300, unit: "元", quote: QUOTE },
  中级: { ...AT, value: 350, unit: "元", quote: QUOTE },
  高级: { ...AT, value: 400, unit: "元", quote: QUOTE },
  技师: { ...AT, value: 450, unit: "元", quote: QUOTE },
  高级技师: { ...AT, value: 500, unit: "元", quote: QUOTE },
};
/** Cities may raise the standard for listed occupations by at most this much. */
const MAX_UPLIFT: Parameter = { ...AT, value: 30, unit: "%", quote: "上浮幅度不超过30%" };
export const PARAMETERS = [...Object.values(AMOUNTS), MAX_UPLIFT];
/** 不得重复享受: the two subsidies (terms of corpus/terms.yaml) one certificate cannot have both of. */
export const NOT_COMBINED = { ...AT, between: ["职业技能鉴定评价补贴", "技能提升补贴"], quote: "职业技能鉴定评价补贴和失业保险技能提升补贴不得重复享受" } as const;

/** A check that the other subsidy of the pair was not already received; otherwise the note. */
export function notCombined(e: Evaluation, other: string): void {
  if (e.facts.receivedSubsidy === other) e.check(false, `已享受${other}：${NOT_COMBINED.quote}`, NOT_COMBINED);
  else e.note(NOT_COMBINED.quote);
}

export const skillAssessmentSubsidy: Rule = {
  id: "职业技能鉴定评价补贴",
  terms: ["职业技能鉴定评价补贴"],
  facts: ["certLevel", "repeatCertificate", "askedUplift", "receivedSubsidy"],
  signals: ["certLevel"],
  regions: ["黑龙江省"],

  summary: () =>
    `同一职业（工种）同一技能等级初次取得证书的，${Object.entries(AMOUNTS).map(([level, p]) => `${level}${p.value}元`).join("、")}；重点产业和耗材量大的职业（工种），各市（地）可上浮，幅度不超过${MAX_UPLIFT.value}%`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    e.cite(AMOUNTS.初级);
    const level = e.need("certLevel");
    if (facts.repeatCertificate) e.check(false, "同一职业（工种）同一技能等级只补贴初次取得的证书", AT);
    notCombined(e, NOT_COMBINED.between[1]);
    if (level === undefined) return e.result(null, "元");
    const base = AMOUNTS[level];
    e.cite(base);
    e.step(`${level}证书补贴标准每人${base.value}元`);
    let amount = base.value;
    if (facts.askedUplift) {
      amount = (base.value * (100 + MAX_UPLIFT.value)) / 100;
      e.cite(MAX_UPLIFT);
      e.step(`各市（地）上浮幅度不超过${MAX_UPLIFT.value}%：${base.value}元×(1+${MAX_UPLIFT.value}%)=${fmt(amount)}元（最高）`);
    }
    return e.result(amount, "元");
  },
};

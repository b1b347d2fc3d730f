// 职业技能鉴定评价补贴: a sum by certificate level, for a first certificate of an occupation and level.
import type { CertLevel } from "../facts.js";
import { Evaluation, fmt, type At, type Rule } from "../rule.js";

const LEVELS: CertLevel[] = ["专项职业能力", "初级", "中级", "高级", "技师", "高级技师"];
/** The figures it reads (corpus/parameters): a sum per level; how far cities may raise it for listed occupations. */
const amountOf = (level: CertLevel) => `鉴定评价补贴.${level}`;
const P = { uplift: "鉴定评价补贴.上浮上限" } as const;

export const skillAssessmentSubsidy: Rule = {
  id: "职业技能鉴定评价补贴",
  terms: ["职业技能鉴定评价补贴"],
  facts: ["certLevel", "certified", "repeatCertificate", "askedUplift", "upliftPercent", "receivedSubsidy", "people"],
  signals: ["certLevel"],
  needs: [...LEVELS.map(amountOf), P.uplift],

  summary: (at) =>
    `同一职业（工种）同一技能等级初次取得证书的，${LEVELS.map((level) => `${level}${at.p(amountOf(level)).value}元`).join("、")}；重点产业和耗材量大的职业（工种），各市（地）可上浮，幅度不超过${at.p(P.uplift).value}%`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const first = at.p(amountOf("初级"));
    e.cite(first);
    const level = e.need("certLevel");
    if (facts.repeatCertificate) e.check(false, "同一职业（工种）同一技能等级只补贴初次取得的证书", { doc: first.doc, clause: first.clause });
    e.notCombined(at, "职业技能鉴定评价补贴");
    if (level === undefined) return e.result(null, "元");
    const base = at.p(amountOf(level));
    const uplift = at.p(P.uplift);
    e.cite(base);
    e.step(`${level}证书补贴标准每人${base.value}元`);
    let amount = base.value;
    // 市里上浮了20%: the rise the city made, up to the cap; 上浮后最高多少: the cap itself.
    const said = facts.upliftPercent;
    if (said !== undefined) {
      const rise = Math.min(said, uplift.value);
      amount = (base.value * (100 + rise)) / 100;
      e.cite(uplift);
      e.step(`当地上浮${fmt(rise)}%${said > uplift.value ? `（上浮幅度不超过${uplift.value}%）` : ""}：${base.value}元×(1+${fmt(rise)}%)=${fmt(amount)}元`);
    } else if (facts.askedUplift) {
      amount = (base.value * (100 + uplift.value)) / 100;
      e.cite(uplift);
      e.step(`各市（地）上浮幅度不超过${uplift.value}%：${base.value}元×(1+${uplift.value}%)=${fmt(amount)}元（最高）`);
    }
    return e.result(e.forEach(amount, "元"), "元");
  },
};

// 一次性求职创业补贴 for graduates in hardship, and the limit on 公益性岗位 subsidies (extended to retirement when near it).
import { Evaluation, fmt, type Rule } from "../rule.js";

/** The figures they read (corpus/parameters). */
const P = { jobSearch: "求职创业补贴.每人标准", postMaxYears: "公益性岗位.最长年限", postNearRetirement: "公益性岗位.距退休年限" } as const;

export const jobSearchSubsidy: Rule = {
  id: "一次性求职创业补贴",
  terms: ["求职创业补贴"],
  facts: ["hardship", "graduate", "people"],
  signals: ["hardship", "graduate"],
  needs: [P.jobSearch],
  summary: (at) => `困难家庭的高校毕业生，每人${at.p(P.jobSearch).value}元一次性求职创业补贴`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const p = at.p(P.jobSearch);
    const hardship = e.need("hardship");
    if (hardship !== undefined) e.check(hardship, hardship ? "属于困难家庭的高校毕业生" : "补贴面向困难家庭的高校毕业生", p);
    if (facts.graduate === false) e.check(false, "补贴面向困难家庭的高校毕业生，非高校毕业生不在范围内", p);
    e.cite(p);
    const people = e.assume("people", 1, "未说明人数，按1人计算");
    const amount = people * p.value;
    e.step(people > 1 ? `${people}人×${p.value}元=${fmt(amount)}元` : `每人${p.value}元`);
    return e.result(amount, "元");
  },
};

export const publicWelfarePostTerm: Rule = {
  id: "公益性岗位补贴期限",
  terms: ["公益性岗位"],
  facts: ["yearsToRetirement", "publicWelfarePost"],
  signals: ["yearsToRetirement", "publicWelfarePost"],
  needs: [P.postMaxYears, P.postNearRetirement],
  summary: (at) =>
    `公益性岗位补贴和社会保险补贴期限，除距法定退休年龄不足${at.p(P.postNearRetirement).value}年的人员可以延长至退休外，其余人员最长不超过${at.p(P.postMaxYears).value}年`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const [maxYears, nearRetirement] = [at.p(P.postMaxYears), at.p(P.postNearRetirement)];
    e.cite(maxYears);
    if (facts.publicWelfarePost === false) e.check(false, "补贴期限规定面向公益性岗位人员", maxYears);
    const years = e.need("yearsToRetirement");
    if (years === undefined) return e.result(null, "年");
    const near = years < nearRetirement.value;
    e.check(true, near ? `距法定退休年龄${fmt(years)}年，不足${nearRetirement.value}年，可以延长至退休` : `距法定退休年龄${fmt(years)}年，最长不超过${maxYears.value}年`, near ? nearRetirement : maxYears);
    const amount = near ? years : maxYears.value;
    e.step(near ? `可享受至退休，约${fmt(years)}年` : `最长${maxYears.value}年`);
    return e.result(amount, near ? "年（至退休）" : "年");
  },
};

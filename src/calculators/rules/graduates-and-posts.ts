// 一次性求职创业补贴 for graduates in hardship (大庆, 平凉), and 兴安盟's limit on 公益性岗位 subsidies.
import { Evaluation, fmt, forRegion, type Parameter, type Rule } from "../rule.js";

const JOB_SEARCH: Parameter[] = [
  { region: "大庆市", doc: "daqing-2017", clause: "（十）", value: 1000, unit: "元/人", quote: "求职创业补贴标准提高至1000元" },
  { region: "平凉市", doc: "pingliang-2023-75", clause: "（十四）", value: 1000, unit: "元/人", quote: "给予每人1000元一次性求职创业补贴" },
];
const POST = { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "27、" };
const POST_MAX_YEARS: Parameter = { ...POST, value: 3, unit: "年", quote: "其余人员最长不超过3年" };
const POST_NEAR_RETIREMENT: Parameter = { ...POST, value: 5, unit: "年", quote: "距法定退休年龄不足5年的人员可以延长至退休" };
export const PARAMETERS = [...JOB_SEARCH, POST_MAX_YEARS, POST_NEAR_RETIREMENT];

export const jobSearchSubsidy: Rule = {
  id: "一次性求职创业补贴",
  terms: ["求职创业补贴"],
  facts: ["hardship", "graduate", "people"],
  signals: ["hardship", "graduate"],
  regions: ["大庆市", "平凉市"],
  summary: (region) => `困难家庭的高校毕业生，每人${forRegion(JOB_SEARCH, region)!.value}元一次性求职创业补贴`,

  evaluate(facts, region) {
    const e = new Evaluation(facts);
    const p = forRegion(JOB_SEARCH, region)!;
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
  regions: ["兴安盟"],
  summary: () =>
    `公益性岗位补贴和社会保险补贴期限，除距法定退休年龄不足${POST_NEAR_RETIREMENT.value}年的人员可以延长至退休外，其余人员最长不超过${POST_MAX_YEARS.value}年`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    e.cite(POST_MAX_YEARS);
    if (facts.publicWelfarePost === false) e.check(false, "补贴期限规定面向公益性岗位人员", POST_MAX_YEARS);
    const years = e.need("yearsToRetirement");
    if (years === undefined) return e.result(null, "年");
    const near = years < POST_NEAR_RETIREMENT.value;
    e.check(true, near ? `距法定退休年龄${fmt(years)}年，不足${POST_NEAR_RETIREMENT.value}年，可以延长至退休` : `距法定退休年龄${fmt(years)}年，最长不超过${POST_MAX_YEARS.value}年`, near ? POST_NEAR_RETIREMENT : POST_MAX_YEARS);
    const amount = near ? years : POST_MAX_YEARS.value;
    e.step(near ? `可享受至退休，约${fmt(years)}年` : `最长${POST_MAX_YEARS.value}年`);
    return e.result(amount, near ? "年（至退休）" : "年");
  },
};

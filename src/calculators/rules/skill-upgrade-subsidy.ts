// 失业保险技能提升补贴: for insured workers (1 year+) or benefit recipients who obtain a certificate.
import type { CertLevel } from "../facts.js";
import { Evaluation, forRegion, type Parameter, type Rule } from "../rule.js";
import { NOT_COMBINED, notCombined } from "./skill-assessment-subsidy.js";

const HLJ = { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（三）" };
const XAM = { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "9、" };
const PL = { region: "平凉市", doc: "pingliang-2023-75", clause: "（十二）" };

const MIN_INSURED_YEARS: Parameter[] = [
  { ...HLJ, value: 1, unit: "年", quote: "参加失业保险1年以上的企业职工或领取失业保险金人员" },
  { ...XAM, value: 1, unit: "年", quote: "参加失业保险并缴费1年以上" },
  { ...PL, value: 1, unit: "年", quote: "参加失业保险1年以上企业职工或领取失业保险金人员" },
];
const MAX_TIMES_A_YEAR: Parameter[] = [
  { ...HLJ, value: 3, unit: "次", quote: "每人每年享受补贴次数最多不超过三次" },
  { ...XAM, value: 3, unit: "次", quote: "每人每年享受补贴次数最多不超过3次" },
  { ...PL, value: 3, unit: "次", quote: "每人每年享受补贴次数最多不超过三次" },
];
/** Only 平凉 states amounts, for three levels. */
const PL_AMOUNTS: Partial<Record<CertLevel, Parameter>> = {
  初级: { ...PL, value: 1000, unit: "元", quote: "初级（五级）1000元" },
  中级: { ...PL, value: 1500, unit: "元", quote: "中级（四级）1500" },
  高级: { ...PL, value: 2000, unit: "元", quote: "高级（三级）2000元" },
};
export const PARAMETERS = [...MIN_INSURED_YEARS, ...MAX_TIMES_A_YEAR, ...Object.values(PL_AMOUNTS)];

export const skillUpgradeSubsidy: Rule = {
  id: "技能提升补贴",
  terms: ["技能提升补贴"],
  facts: ["certLevel", "certified", "receivingUnemploymentBenefit", "unemploymentInsuranceMonths", "timesThisYear", "receivedSubsidy"],
  signals: ["unemploymentInsuranceMonths", "receivingUnemploymentBenefit", "certLevel", "certified"],
  regions: ["黑龙江省", "兴安盟", "平凉市"],

  summary(region) {
    const listed = Object.entries(PL_AMOUNTS).filter(([, p]) => p!.region === region);
    const amounts = listed.length ? `，按${listed.map(([level, p]) => `${level}${p!.value}元`).join("、")}给予补贴` : "可按规定申请补贴（文件未列具体金额）";
    return `参加失业保险${forRegion(MIN_INSURED_YEARS, region)!.value}年以上的企业职工或领取失业保险金人员取得职业资格证书或职业技能等级证书的${amounts}，每人每年最多${forRegion(MAX_TIMES_A_YEAR, region)!.value}次`;
  },

  evaluate(facts, region) {
    const e = new Evaluation(facts);
    const min = forRegion(MIN_INSURED_YEARS, region)!;
    const maxTimes = forRegion(MAX_TIMES_A_YEAR, region)!;
    e.cite(region === PL.region ? PL_AMOUNTS.初级! : min);
    // Where the documents set amounts by level, the level is needed; elsewhere, having a certificate.
    const byLevel = Object.values(PL_AMOUNTS).some((p) => p!.region === region);
    const level = byLevel ? e.need("certLevel") : facts.certLevel;
    if (!byLevel) {
      const certified = facts.certLevel !== undefined || e.need("certified");
      if (certified === false) e.check(false, "需取得职业资格证书或职业技能等级证书", min);
    }
    if (facts.receivingUnemploymentBenefit) e.check(true, "正在领取失业保险金", min);
    else {
      const months = e.need("unemploymentInsuranceMonths");
      if (months !== undefined) {
        const stated = months >= 12 && months % 12 === 0 ? `${months / 12}年` : `${months}个月`;
        e.monthsAtLeast(months, min, `参加失业保险${stated}`, `参加失业保险${min.value}年以上`);
      }
    }
    if (facts.timesThisYear !== undefined) {
      const ok = facts.timesThisYear < maxTimes.value;
      e.check(ok, `今年已享受${facts.timesThisYear}次，${ok ? "未" : "已"}达到每年最多${maxTimes.value}次`, maxTimes);
    }
    if (region === NOT_COMBINED.region) notCombined(e, NOT_COMBINED.between[0]);
    let amount: number | null = null;
    if (level !== undefined) {
      const p = region === PL.region ? PL_AMOUNTS[level] : undefined;
      if (p) {
        amount = p.value;
        e.cite(p);
        e.step(`${level}证书补贴标准${p.value}元`);
      } else {
        const listed = Object.keys(PL_AMOUNTS).join("、");
        e.note(region === PL.region ? `文件只列了${listed}的标准，未列${level}的金额，请向当地人社部门确认` : "文件未列补贴金额，具体标准请向当地人社部门确认");
      }
    }
    return e.result(amount, "元");
  },
};

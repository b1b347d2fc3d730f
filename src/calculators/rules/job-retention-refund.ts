// 失业保险稳岗返还: a share of last year's unemployment-insurance premiums, for firms that kept their staff.
import { Evaluation, fmt, forRegion, type Parameter, type Rule } from "../rule.js";

const HLJ = { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（一）" };
const XAM = { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "10、" };
const PL = { region: "平凉市", doc: "pingliang-2023-75", clause: "（一）" };

/** 裁员率上限 (%): the national urban surveyed unemployment target. */
const LAYOFF_LIMIT: Parameter[] = [
  { ...HLJ, value: 5.5, unit: "%", quote: "裁员率不高于5.5%" },
  { ...XAM, value: 5.5, unit: "%", quote: "裁员率不高于上年度全国城镇调查失业率控制目标（5.5%）" },
  { ...PL, value: 5.5, unit: "%", quote: "裁员率不高于上年度全国城镇调查失业率5.5%的控制目标" },
];
/** Firms of at most this many insured staff (含) get the higher layoff limit below. */
const SMALL_FIRM: Parameter[] = [
  { ...HLJ, value: 30, unit: "人", quote: "30人（含）以下的参保企业" },
  { ...XAM, value: 30, unit: "人", quote: "30人（含）以下的参保企业" },
  { ...PL, value: 30, unit: "人", quote: "30人（含）以下的参保企业" },
];
const SMALL_FIRM_LAYOFF_LIMIT: Parameter[] = [
  { ...HLJ, value: 20, unit: "%", quote: "裁员率不高于参保职工总数20%" },
  { ...XAM, value: 20, unit: "%", quote: "裁员率不高于20%" },
  { ...PL, value: 20, unit: "%", quote: "裁员率不高于参保职工总数20%" },
];
/** 返还比例 of last year's premiums (%). 社会团体、律师事务所… are refunded like 中小微企业. */
const SME_SHARE: Parameter[] = [
  { ...HLJ, value: 60, unit: "%", quote: "中小微企业按企业及其职工上年度实际缴纳失业保险费的60%返还" },
  { ...XAM, value: 60, unit: "%", quote: "中小微企业按企业及其职工上年度实际缴纳当年度失业保险费的60%返还" },
  { ...PL, value: 60, unit: "%", quote: "按60%返还" },
];
const LARGE_SHARE: Parameter[] = [
  { ...HLJ, value: 30, unit: "%", quote: "大型企业按30%返还" },
  { ...XAM, value: 30, unit: "%", quote: "大型企业及其他企业按企业及其职工上年度实际缴纳当年度失业保险费的30%返还" },
  { ...PL, value: 30, unit: "%", quote: "大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还" },
];
export const PARAMETERS = [LAYOFF_LIMIT, SMALL_FIRM, SMALL_FIRM_LAYOFF_LIMIT, SME_SHARE, LARGE_SHARE].flat();

// 兴安盟 alone says how the headcount is counted: 月均参保人数采取四舍五入取整数 (and who counts as laid off).
const ROUNDS_HEADCOUNT = new Set(["兴安盟"]);
// 兴安盟: 对严重违法失信企业和不符合当地环保政策的企业不予返还.
const EXCLUDES_DISHONEST = new Set(["兴安盟"]);

export const jobRetentionRefund: Rule = {
  id: "失业保险稳岗返还",
  terms: ["稳岗返还"],
  facts: ["enterpriseKind", "insuredCount", "layoffs", "premiumPaid", "disqualified"],
  signals: ["layoffs", "premiumPaid"],
  regions: ["黑龙江省", "兴安盟", "平凉市"],

  summary(region) {
    const p = (ps: Parameter[]) => forRegion(ps, region)!.value;
    return `上年度未裁员或裁员率不高于${p(LAYOFF_LIMIT)}%（${p(SMALL_FIRM)}人（含）以下企业不高于${p(SMALL_FIRM_LAYOFF_LIMIT)}%）的参保企业，中小微企业按上年度实际缴纳失业保险费的${p(SME_SHARE)}%返还，大型企业按${p(LARGE_SHARE)}%返还`;
  },

  evaluate(facts, region) {
    const e = new Evaluation(facts);
    const [limit, small, smallLimit, sme, large] = [LAYOFF_LIMIT, SMALL_FIRM, SMALL_FIRM_LAYOFF_LIMIT, SME_SHARE, LARGE_SHARE].map(
      (ps) => forRegion(ps, region)!,
    ) as [Parameter, Parameter, Parameter, Parameter, Parameter];
    e.cite(limit);
    const kind = e.need("enterpriseKind");
    const layoffs = e.need("layoffs");
    // With no one laid off, the headcount does not matter.
    const insured = layoffs === 0 ? facts.insuredCount : e.need("insuredCount");
    const premium = e.need("premiumPaid");

    if (EXCLUDES_DISHONEST.has(region) && facts.disqualified) {
      e.check(false, "严重违法失信企业和不符合当地环保政策的企业不予返还", limit);
    }
    if (layoffs === 0 && insured === undefined) e.check(true, "上年度未裁员", limit);
    else if (insured !== undefined && layoffs !== undefined) {
      if (layoffs > insured) e.problem(`裁员人数（${layoffs}人）不能多于参保人数（${fmt(insured)}人）`);
      else {
        const headcount = ROUNDS_HEADCOUNT.has(region) ? Math.round(insured) : insured;
        if (headcount !== insured) e.step(`上年度月均参保人数${fmt(insured)}人，四舍五入为${headcount}人`);
        const isSmall = headcount <= small.value;
        const max = isSmall ? smallLimit : limit;
        if (layoffs === 0) e.check(true, "上年度未裁员", limit);
        else {
          const rate = (layoffs / headcount) * 100;
          const ok = rate <= max.value;
          const who = isSmall ? `参保${fmt(headcount)}人，属${small.value}人（含）以下企业，` : "";
          e.check(ok, `${who}裁员率${layoffs}÷${fmt(headcount)}=${fmt(rate)}%，${ok ? "不高于" : "高于"}${max.value}%`, max);
        }
      }
    }
    let amount: number | null = null;
    if (kind !== undefined && premium !== undefined) {
      const share = kind === "大型企业" ? large : sme;
      e.cite(share);
      if (kind === "社会组织等参照单位") e.note("社会团体、基金会、社会服务机构、律师事务所、会计师事务所、以单位形式参保的个体工商户参照执行，按中小微企业标准计算");
      amount = (premium * share.value) / 100;
      e.step(`${kind}按${share.value}%返还：${fmt(premium)}元×${share.value}%=${fmt(amount)}元`);
    }
    return e.result(amount, "元");
  },
};

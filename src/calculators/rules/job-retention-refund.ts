// 失业保险稳岗返还: a share of last year's unemployment-insurance premiums, for firms that kept their staff.
import { Evaluation, fmt, type Rule } from "../rule.js";

/** The figures it reads (corpus/parameters): 裁员率上限 is the national urban surveyed unemployment target. */
const P = {
  limit: "稳岗返还.裁员率上限",
  smallFirm: "稳岗返还.小企业人数上限",
  smallFirmLimit: "稳岗返还.小企业裁员率上限",
  /** 社会团体、律师事务所… are refunded like 中小微企业. */
  smeShare: "稳岗返还.中小微企业返还比例",
  largeShare: "稳岗返还.大型企业返还比例",
  /** Conditions of some documents: 月均参保人数采取四舍五入取整数; 对严重违法失信企业…不予返还. */
  roundsHeadcount: "稳岗返还.月均参保人数四舍五入",
  excludesDishonest: "稳岗返还.失信企业不予返还",
} as const;

export const jobRetentionRefund: Rule = {
  id: "失业保险稳岗返还",
  terms: ["稳岗返还"],
  facts: ["enterpriseKind", "insuredCount", "layoffs", "layoffRate", "premiumPaid", "disqualified"],
  signals: ["layoffs", "layoffRate", "premiumPaid", "insuredCount"],
  needs: [P.limit, P.smallFirm, P.smallFirmLimit, P.smeShare, P.largeShare],
  optional: [P.roundsHeadcount, P.excludesDishonest],

  summary(at) {
    const v = (name: string) => at.p(name).value;
    return `上年度未裁员或裁员率不高于${v(P.limit)}%（${v(P.smallFirm)}人（含）以下企业不高于${v(P.smallFirmLimit)}%）的参保企业，中小微企业按上年度实际缴纳失业保险费的${v(P.smeShare)}%返还，大型企业按${v(P.largeShare)}%返还`;
  },

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const [limit, small, smallLimit, sme, large] = [at.p(P.limit), at.p(P.smallFirm), at.p(P.smallFirmLimit), at.p(P.smeShare), at.p(P.largeShare)];
    e.cite(limit);
    // (Whether a firm qualifies does not depend on its kind or its premium: only the amount does.)
    const kind = e.needForAmount("enterpriseKind");
    // 裁员率2%: the rate said instead of the people; the count, when said too, is what is checked.
    const rate = facts.layoffs === undefined ? facts.layoffRate : undefined;
    const layoffs = rate === undefined ? e.need("layoffs") : undefined;
    // With no one laid off, the headcount does not matter; nor with a rate within every limit.
    const insured = layoffs === 0 || (rate !== undefined && rate <= limit.value) ? facts.insuredCount : e.need("insuredCount");
    const premium = e.needForAmount("premiumPaid");

    const dishonest = at.find(P.excludesDishonest);
    if (dishonest && facts.disqualified) e.check(false, "严重违法失信企业和不符合当地环保政策的企业不予返还", dishonest);
    if (rate !== undefined) {
      const isSmall = insured !== undefined && (at.find(P.roundsHeadcount) ? Math.round(insured) : insured) <= small.value;
      const max = isSmall ? smallLimit : limit;
      const ok = rate <= max.value;
      // (Above the general limit and the headcount unknown, a small firm's may still hold: the headcount is asked.)
      if (ok || insured !== undefined || rate > smallLimit.value) {
        const who = isSmall ? `参保${fmt(insured!)}人，属${small.value}人（含）以下企业，` : "";
        e.check(ok, `${who}裁员率${fmt(rate)}%，${ok ? "不高于" : "高于"}${max.value}%`, max);
      }
    } else if (layoffs === 0 && insured === undefined) e.check(true, "上年度未裁员", limit);
    else if (insured !== undefined && layoffs !== undefined) {
      if (layoffs > insured) e.problem(`裁员人数（${layoffs}人）不能多于参保人数（${fmt(insured)}人）`);
      else {
        const headcount = at.find(P.roundsHeadcount) ? Math.round(insured) : insured;
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

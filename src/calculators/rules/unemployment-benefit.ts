// 失业保险金: a share of the local minimum wage.
import { Evaluation, fmt, type Rule } from "../rule.js";

/** The figure it reads (corpus/parameters): the share of the local minimum wage. */
const SHARE = "失业保险金.占最低工资比例";

export const unemploymentBenefit: Rule = {
  id: "失业保险金",
  terms: ["失业保险金"],
  facts: ["minimumWage"],
  signals: ["minimumWage"],
  needs: [SHARE],
  summary: (at) => `失业保险金标准为当地最低工资标准的${at.p(SHARE).value}%`,

  evaluate(facts, at) {
    const e = new Evaluation(facts);
    const share = at.p(SHARE);
    e.cite(share);
    const wage = e.need("minimumWage");
    let amount: number | null = null;
    if (wage !== undefined) {
      amount = (wage * share.value) / 100;
      e.check(true, `按当地最低工资标准的${share.value}%`, share);
      e.step(`${fmt(wage)}元×${share.value}%=${fmt(amount)}元/月`);
    }
    return e.result(amount, "元/月");
  },
};

// 黑龙江 失业保险金: 90% of the local minimum wage from 2023-06-01.
import { Evaluation, fmt, type Parameter, type Rule } from "../rule.js";

const SHARE: Parameter = { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（十八）", value: 90, unit: "%", quote: "将失业保险金标准提高到当地最低工资标准的90%" };
export const PARAMETERS = [SHARE];

export const unemploymentBenefit: Rule = {
  id: "失业保险金",
  terms: ["失业保险金"],
  facts: ["minimumWage"],
  signals: ["minimumWage"],
  regions: ["黑龙江省"],
  summary: () => `失业保险金标准为当地最低工资标准的${SHARE.value}%`,

  evaluate(facts) {
    const e = new Evaluation(facts);
    e.cite(SHARE);
    const wage = e.need("minimumWage");
    let amount: number | null = null;
    if (wage !== undefined) {
      amount = (wage * SHARE.value) / 100;
      e.check(true, `按当地最低工资标准的${SHARE.value}%`, SHARE);
      e.step(`${fmt(wage)}元×${SHARE.value}%=${fmt(amount)}元/月`);
    }
    return e.result(amount, "元/月");
  },
};

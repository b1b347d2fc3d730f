// 一次性吸纳就业补贴 (and 平凉's 一次性扩岗补助): a sum per person for firms hiring the groups the rules name.
import type { PersonGroup } from "../facts.js";
import { Evaluation, fmt, forRegion, inMonths, meets, type Parameter, type Rule } from "../rule.js";

const YOUTH: PersonGroup[] = ["毕业年度高校毕业生", "离校2年内未就业高校毕业生", "登记失业的16—24岁青年"];
const LONG_UNEMPLOYED: PersonGroup[] = ["登记失业半年以上人员"];
/** The youth groups as the clauses name them together. */
const YOUTH_WORDING = "毕业年度或离校2年内未就业高校毕业生、登记失业的16—24岁青年";

/** Per person hired from the three youth groups, contract of at least a year. */
const YOUTH_AMOUNT: Parameter[] = [
  { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（十一）", value: 1000, unit: "元/人", quote: "每吸纳1人给予1000元的一次性吸纳就业补贴" },
  { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "13、", value: 1500, unit: "元/人", quote: "补贴标准1500元" },
  { region: "平凉市", doc: "pingliang-2023-75", clause: "（五）", value: 1000, unit: "元/人", quote: "按每人1000元标准给予一次性吸纳就业补贴" },
];
/** Per person registered unemployed for half a year or more, contract of at least a year. */
const LONG_UNEMPLOYED_AMOUNT: Parameter[] = [
  { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（十七）", value: 1000, unit: "元/人", quote: "每吸纳1人给予1000元的一次性吸纳就业补贴" },
  { region: "兴安盟", doc: "xinganmeng-2023-04", clause: "25、", value: 1500, unit: "元/人", quote: "补贴标准1500元" },
  { region: "平凉市", doc: "pingliang-2023-75", clause: "（十四）", value: 1000, unit: "元/人", quote: "按每人1000元标准给予一次性吸纳就业补贴" },
];
/** Minimum contract (years), the same in every clause above: 签订1年以上劳动合同. */
const MIN_CONTRACT_YEARS: Parameter[] = [
  ...YOUTH_AMOUNT.map((p) => ({ ...p, value: 1, unit: "年", quote: "签订1年以上" })),
  ...LONG_UNEMPLOYED_AMOUNT.map((p) => ({ ...p, value: 1, unit: "年", quote: "签订1年以上" })),
];
/** 平凉 一次性扩岗补助: same youth groups, contract signed and insurance paid at least a month. */
const EXPANSION_AMOUNT: Parameter = { region: "平凉市", doc: "pingliang-2023-75", clause: "（五）", value: 1500, unit: "元/人", quote: "按每人1500元标准给予一次性扩岗补助" };
const EXPANSION_MIN_INSURANCE: Parameter = { ...EXPANSION_AMOUNT, value: 1, unit: "个月", quote: "缴纳失业、工伤、职工养老保险费1个月以上" };
const NOT_COMBINED = "一次性吸纳就业补贴和一次性扩岗补助政策不能重复享受";
/** How the clauses define the groups they name: what everyday wording (25岁, 失业8个月, 去年毕业) is read against. */
export const GROUP_BOUNDS = {
  youthFrom: { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（十一）", value: 16, unit: "岁", quote: "登记失业的16—24岁青年" },
  youthTo: { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（十一）", value: 24, unit: "岁", quote: "登记失业的16—24岁青年" },
  graduateYears: { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（十一）", value: 2, unit: "年", quote: "离校2年内未就业高校毕业生" },
  longUnemployedMonths: { region: "黑龙江省", doc: "heilongjiang-2023-02", clause: "（十七）", value: 6, unit: "个月", quote: "登记失业半年以上人员" },
} satisfies Record<string, Parameter>;
export const PARAMETERS = [...YOUTH_AMOUNT, ...LONG_UNEMPLOYED_AMOUNT, ...MIN_CONTRACT_YEARS, EXPANSION_AMOUNT, EXPANSION_MIN_INSURANCE, ...Object.values(GROUP_BOUNDS)];

/** `condition`: what the option asks beyond the group, as the clause words it; `why`: how the facts meet it. */
type Option = { name: string; perPerson: Parameter; condition: string; ok: boolean | null; why: string };

function hiringOptions(e: Evaluation, region: string, group: PersonGroup): Option[] {
  const f = e.facts;
  const table = YOUTH.includes(group) ? YOUTH_AMOUNT : LONG_UNEMPLOYED_AMOUNT;
  const minContract = forRegion(MIN_CONTRACT_YEARS, region)!;
  const contract = f.contractMonths;
  const absorbOk = contract === undefined ? null : contract >= inMonths(minContract);
  const absorbCondition = `签订${minContract.value}年以上劳动合同`;
  const options: Option[] = [
    {
      name: "一次性吸纳就业补贴",
      perPerson: forRegion(table, region)!,
      condition: absorbCondition,
      ok: absorbOk,
      why: contract === undefined ? "" : `劳动合同期限${fmt(contract)}个月，${meets(absorbOk!)}${absorbCondition}`,
    },
  ];
  if (region === EXPANSION_AMOUNT.region && YOUTH.includes(group)) {
    const ins = f.insuranceMonths;
    const insuredOk = ins === undefined ? null : ins >= inMonths(EXPANSION_MIN_INSURANCE);
    options.push({
      name: "一次性扩岗补助",
      perPerson: EXPANSION_AMOUNT,
      condition: `缴纳失业、工伤、养老保险费${EXPANSION_MIN_INSURANCE.value}个月以上`,
      // 签订劳动合同: a contract of 0 months is none.
      ok: insuredOk === null ? null : insuredOk && contract !== 0,
      why: ins === undefined ? "" : `已缴纳失业、工伤、养老保险费${fmt(ins)}个月，${meets(insuredOk!)}${EXPANSION_MIN_INSURANCE.value}个月以上`,
    });
  }
  return options;
}

export const hiringSubsidy: Rule = {
  id: "一次性吸纳就业补贴",
  terms: ["吸纳就业补贴", "扩岗补助"],
  facts: ["group", "people", "contractMonths", "insuranceMonths", "combined"],
  signals: ["people", "contractMonths", "insuranceMonths"],
  regions: ["黑龙江省", "兴安盟", "平凉市"],
  termRegions: { 扩岗补助: [EXPANSION_AMOUNT.region] },

  summary(region) {
    const youth = forRegion(YOUTH_AMOUNT, region)!.value;
    const lt = forRegion(LONG_UNEMPLOYED_AMOUNT, region)!.value;
    const years = forRegion(MIN_CONTRACT_YEARS, region)!.value;
    const extra =
      region === EXPANSION_AMOUNT.region
        ? `；签订劳动合同并缴纳失业、工伤、养老保险费${EXPANSION_MIN_INSURANCE.value}个月以上的，也可按每人${EXPANSION_AMOUNT.value}元申请一次性扩岗补助（两者不能重复享受）`
        : "";
    return `企业招用${YOUTH_WORDING}，签订${years}年以上劳动合同的，每人${youth}元；招用登记失业半年以上人员的，每人${lt}元${extra}`;
  },

  evaluate(facts, region, named) {
    const e = new Evaluation(facts);
    const group = e.need("group");
    const people = e.need("people");
    // A user who names one of the two is answered on that one; otherwise the larger the facts allow.
    const only = named === "扩岗补助" ? "一次性扩岗补助" : named === "吸纳就业补贴" ? "一次性吸纳就业补贴" : null;
    if (group === undefined) {
      e.cite(forRegion(YOUTH_AMOUNT, region)!);
      return e.result(null, "元");
    }
    if (![...YOUTH, ...LONG_UNEMPLOYED].includes(group)) {
      // Both clauses name who is covered: the answer cites the two.
      e.check(false, `${group}不在补贴对象范围内（${YOUTH_WORDING}、${LONG_UNEMPLOYED.join("、")}）`, forRegion(YOUTH_AMOUNT, region)!);
      e.cite(forRegion(LONG_UNEMPLOYED_AMOUNT, region)!);
      return e.result(null, "元");
    }
    const all = hiringOptions(e, region, group);
    // 那吸纳就业补贴还能另外再拿吗: the two are one or the other.
    if (all.length > 1 && facts.combined) {
      e.check(false, NOT_COMBINED, { ...EXPANSION_AMOUNT, quote: NOT_COMBINED });
      return e.result(null, "元");
    }
    if (all.length > 1) e.note(NOT_COMBINED);
    const options = only && all.some((o) => o.name === only) ? all.filter((o) => o.name === only) : all;
    const allowed = options.filter((o) => o.ok === true).sort((a, b) => b.perPerson.value - a.perPerson.value);
    const best = allowed[0];
    if (best) {
      e.check(true, `${group}属于${best.name}的对象；${best.why}`, best.perPerson);
      if (people === undefined) return e.result(null, "元");
      const amount = people * best.perPerson.value;
      e.label = best.name;
      e.step(`${best.name}：${people}人×${best.perPerson.value}元=${fmt(amount)}元`);
      const other = all.find((o) => o !== best && o.ok !== false);
      if (other?.ok) e.note(`${other.name}的条件也符合（每人${other.perPerson.value}元），按较高的${best.name}计算`);
      else if (other) e.note(`如符合${other.name}的条件（${other.condition}），也可按每人${other.perPerson.value}元申请，但只能选其一`);
      return e.result(amount, "元");
    }
    const undecided = options.filter((o) => o.ok === null);
    if (undecided.length === 0) {
      for (const o of options) e.check(false, options.length > 1 ? `${o.name}：${o.why}` : o.why, o.perPerson);
    } else {
      e.cite(options[0]!.perPerson);
      e.need(undecided.some((o) => o.name === "一次性吸纳就业补贴") ? "contractMonths" : "insuranceMonths");
    }
    return e.result(null, "元");
  },
};

// 一次性吸纳就业补贴 and 一次性扩岗补助: a sum per person for firms hiring the groups the rules name; where a region has both, one or the other.
import type { PersonGroup } from "../facts.js";
import { Evaluation, fmt, inMonths, meets, type At, type Parameter, type Rule } from "../rule.js";

const YOUTH: PersonGroup[] = ["毕业年度高校毕业生", "离校2年内未就业高校毕业生", "登记失业的16—24岁青年"];
const LONG_UNEMPLOYED: PersonGroup[] = ["登记失业半年以上人员"];
/** The youth groups as the clauses name them together (毕业年度或离校2年内未就业高校毕业生、登记失业的16—24岁青年). */
const YOUTH_WORDING = `毕业年度或${YOUTH[1]}、${YOUTH[2]}`;

/** The figures it reads (corpus/parameters). */
const P = {
  /** 一次性吸纳就业补贴: per person hired from the youth groups, or registered unemployed half a year or more, with a contract of at least a year. */
  youth: "吸纳就业补贴.青年每人标准",
  youthContract: "吸纳就业补贴.青年合同年限",
  longUnemployed: "吸纳就业补贴.失业人员每人标准",
  longUnemployedContract: "吸纳就业补贴.失业人员合同年限",
  /** 一次性扩岗补助: the youth groups, a contract signed and insurance paid at least so long. */
  expansion: "扩岗补助.每人标准",
  expansionInsurance: "扩岗补助.缴费月数",
  /** A condition of some documents: one person's 扩岗补助 once only, whatever firm claims it. */
  once: "扩岗补助.每人只能享受一次",
} as const;
/** The terms (corpus/terms.yaml) of the two options: what a user names, or says they already had. */
const TERM_OF: Readonly<Record<string, string>> = { 一次性吸纳就业补贴: "吸纳就业补贴", 一次性扩岗补助: "扩岗补助" };
const ABSORB = [P.youth, P.youthContract, P.longUnemployed, P.longUnemployedContract];
const EXPAND = [P.expansion, P.expansionInsurance];
const has = (at: At, names: readonly string[]) => names.every((n) => at.find(n));

/**
 * `condition`: what the option asks beyond the group, as the clause words it; `why`: how the facts
 * meet it; `rule`: the parameter of its condition, whose clause names who and on what terms (邹平's 一、申领条件).
 */
type Option = { name: string; perPerson: Parameter; rule: Parameter; condition: string; ok: boolean | null; why: string };

function hiringOptions(e: Evaluation, at: At, group: PersonGroup): Option[] {
  const f = e.facts;
  const contract = f.contractMonths;
  const options: Option[] = [];
  if (has(at, ABSORB)) {
    const youth = YOUTH.includes(group);
    const minContract = at.p(youth ? P.youthContract : P.longUnemployedContract);
    const absorbOk = contract === undefined ? null : contract >= inMonths(minContract);
    const absorbCondition = `签订${minContract.value}年以上劳动合同`;
    options.push({
      name: "一次性吸纳就业补贴",
      perPerson: at.p(youth ? P.youth : P.longUnemployed),
      rule: minContract,
      condition: absorbCondition,
      ok: absorbOk,
      why: contract === undefined ? "" : `劳动合同期限${fmt(contract)}个月，${meets(absorbOk!)}${absorbCondition}`,
    });
  }
  if (has(at, EXPAND) && YOUTH.includes(group)) {
    const minInsurance = at.p(P.expansionInsurance);
    const ins = f.insuranceMonths;
    const insuredOk = ins === undefined ? null : ins >= inMonths(minInsurance);
    options.push({
      name: "一次性扩岗补助",
      perPerson: at.p(P.expansion),
      rule: minInsurance,
      condition: `缴纳失业、工伤、养老保险费${minInsurance.value}个月以上`,
      // 签订劳动合同: a contract of 0 months is none.
      ok: insuredOk === null ? null : insuredOk && contract !== 0,
      why: ins === undefined ? "" : `已缴纳失业、工伤、养老保险费${fmt(ins)}个月，${meets(insuredOk!)}${minInsurance.value}个月以上`,
    });
  }
  return options;
}

/** Who the parts a region has are for, as the clauses name them. */
const coveredIn = (at: At) => (has(at, ABSORB) ? [...YOUTH, ...LONG_UNEMPLOYED] : YOUTH);
const coveredWording = (at: At) => (has(at, ABSORB) ? `${YOUTH_WORDING}、${LONG_UNEMPLOYED.join("、")}` : YOUTH_WORDING);
/** The clause that says who is covered, for a region's first part. */
const firstClause = (at: At) => at.p(has(at, ABSORB) ? P.youth : P.expansionInsurance);

export const hiringSubsidy: Rule = {
  id: "一次性吸纳就业补贴",
  terms: ["吸纳就业补贴", "扩岗补助"],
  facts: ["group", "people", "contractMonths", "insuranceMonths", "combined", "receivedSubsidy"],
  signals: ["people", "contractMonths", "insuranceMonths"],
  pointers: ["hiring"],
  needs: [],
  parts: { 吸纳就业补贴: ABSORB, 扩岗补助: EXPAND },
  optional: [P.once],

  summary(at) {
    const expand = has(at, EXPAND)
      ? `签订劳动合同并缴纳失业、工伤、养老保险费${at.p(P.expansionInsurance).value}个月以上的，按每人${at.p(P.expansion).value}元给予一次性扩岗补助`
      : "";
    if (!has(at, ABSORB)) return `企业招用${YOUTH_WORDING}，${expand}`;
    const absorb = `企业招用${YOUTH_WORDING}，签订${at.p(P.youthContract).value}年以上劳动合同的，每人${at.p(P.youth).value}元；招用登记失业半年以上人员的，每人${at.p(P.longUnemployed).value}元`;
    return expand ? `${absorb}；${expand.replace(/^签订/, "招用前三类人员签订")}（两者不能重复享受）` : absorb;
  },

  evaluate(facts, at, named) {
    const e = new Evaluation(facts);
    const group = e.need("group");
    const people = e.needForAmount("people");
    // A user who names one of the two is answered on that one; otherwise the larger the facts allow.
    const only = Object.keys(TERM_OF).find((name) => TERM_OF[name] === named) ?? null;
    if (only || !has(at, ABSORB)) e.label = only ?? "一次性扩岗补助";
    // 已经用他申过一次扩岗补助: where each person has it once, whoever the person is.
    const once = at.find(P.once);
    if (once && facts.receivedSubsidy === "扩岗补助" && (named === "扩岗补助" || !has(at, ABSORB))) {
      e.check(false, `已享受扩岗补助：${once.quote}`, once);
      return e.result(null, "元");
    }
    if (group === undefined) {
      e.cite(firstClause(at));
      return e.result(null, "元");
    }
    if (!coveredIn(at).includes(group)) {
      // Each clause names who it covers: the answer cites them all.
      e.check(false, `${group}不在补贴对象范围内（${coveredWording(at)}）`, firstClause(at));
      if (has(at, ABSORB)) e.cite(at.p(P.longUnemployed));
      return e.result(null, "元");
    }
    const all = hiringOptions(e, at, group);
    // 那吸纳就业补贴还能另外再拿吗: the two are one or the other.
    const notCombined = at.notWith(TERM_OF.一次性扩岗补助!).find((x) => x.other === TERM_OF.一次性吸纳就业补贴)?.rule;
    if (notCombined && facts.combined) {
      e.check(false, notCombined.quote, notCombined);
      return e.result(null, "元");
    }
    if (all.length > 1 && notCombined) e.note(notCombined.quote);
    // 已经领过吸纳就业补贴 / 已经用他申过一次扩岗补助: what was had bars the other one, and the same one again where each person has it once.
    const had = facts.receivedSubsidy;
    for (const o of all) {
      const mine = TERM_OF[o.name];
      const bar = had && notCombined && had !== mine && Object.values(TERM_OF).includes(had) ? notCombined : had === mine && mine === "扩岗补助" ? once : null;
      if (bar) Object.assign(o, { ok: false, why: `已享受${had}：${bar.quote}`, rule: bar });
    }
    const options = only && all.some((o) => o.name === only) ? all.filter((o) => o.name === only) : all;
    const allowed = options.filter((o) => o.ok === true).sort((a, b) => b.perPerson.value - a.perPerson.value);
    const best = allowed[0];
    if (best) {
      e.check(true, `${group}属于${best.name}的对象；${best.why}`, best.perPerson);
      e.cite(best.rule);
      if (people === undefined) return e.result(null, "元");
      const amount = people * best.perPerson.value;
      e.label = best.name;
      e.step(`${best.name}：${people}人×${best.perPerson.value}元=${fmt(amount)}元`);
      const other = all.find((o) => o !== best && o.ok !== false);
      // (Named, the one asked is computed even when the other pays more: that is said, not hidden.)
      if (other?.ok && other.perPerson.value > best.perPerson.value) e.note(`${other.name}的条件也符合（每人${other.perPerson.value}元，更高），两者只能选其一`);
      else if (other?.ok) e.note(`${other.name}的条件也符合（每人${other.perPerson.value}元），按较高的${best.name}计算`);
      else if (other) e.note(`如符合${other.name}的条件（${other.condition}），也可按每人${other.perPerson.value}元申请，但只能选其一`);
      return e.result(amount, "元");
    }
    const undecided = options.filter((o) => o.ok === null);
    if (undecided.length === 0) {
      for (const o of options) e.check(false, options.length > 1 ? `${o.name}：${o.why}` : o.why, o.rule);
    } else {
      e.cite(options[0]!.perPerson);
      e.need(undecided.some((o) => o.name === "一次性吸纳就业补贴") ? "contractMonths" : "insuranceMonths");
    }
    return e.result(null, "元");
  },
};

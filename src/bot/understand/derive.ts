// From what a user said (今年毕业的大学生, 失业一年多, 25岁, 去浙江打工) to the facts the rules name
// (毕业年度高校毕业生, 登记失业半年以上人员, 跨省): decided here, in one place, with what was assumed.
import type { Facts, FactKey, PersonGroup } from "../../calculators/facts.js";
import { FactsSchema } from "../../calculators/facts.js";
import type { GroupBounds } from "../../calculators/person-groups.js";
import type { SlotKey, SlotValues } from "./slot-values.js";

/**
 * Wordings of one fact that replace each other: a later 今年毕业 replaces an earlier 失业一年, a
 * place of work replaces 跨省/省内 said before.
 */
export const FAMILIES: SlotKey[][] = [
  ["group", "graduate", "graduationStatus", "yearsSinceLeaving", "registeredUnemployed", "unemployedMonths", "age"],
  ["crossProvince", "destinationProvince"],
  // 留用率到70% … 留下了6个: the share, or the count it is computed from.
  ["retentionRate", "retained"],
];

/** The slots a fact is decided from, besides its own: what to prefer when a rule needs the fact. */
export const DECIDED_FROM: Partial<Record<FactKey, SlotKey[]>> = {
  group: ["graduate", "graduationStatus", "yearsSinceLeaving", "registeredUnemployed", "unemployedMonths", "age"],
  graduate: ["graduationStatus", "yearsSinceLeaving"],
  certified: ["certLevel"],
  yearsToRetirement: ["age", "retirementAge"],
  crossProvince: ["destinationProvince"],
};

/**
 * Facts another fact implies, when not said: a graduate of a 建档立卡贫困户家庭 is one of the 困难家庭的
 * 毕业生 the 求职创业补贴 names (the household's other members are not graduates for it).
 */
export const IMPLIED: Partial<Record<FactKey, (f: Facts) => boolean>> = {
  hardship: (f) => f.group === "脱贫人口" && f.graduate === true,
};

/** Facts said in other words: 今年毕业 and 离校两年 are said of a graduate. */
const SAID_OF: Partial<Record<FactKey, (v: SlotValues) => boolean>> = {
  graduate: (v) => v.graduationStatus !== undefined || v.yearsSinceLeaving !== undefined,
  certified: (v) => v.certLevel !== undefined,
};

/** Words that decide a person's kind by themselves (age does not: it needs 登记失业 beside it). */
const DECIDES_KIND: SlotKey[] = ["group", "graduationStatus", "yearsSinceLeaving", "unemployedMonths"];
/** The kinds each of them can decide: a word replaces a kind said of all only of the kinds it decides. */
const GRADUATE_KINDS: PersonGroup[] = ["毕业年度高校毕业生", "离校2年内未就业高校毕业生", "离校超过2年的高校毕业生"];
const KINDS_DECIDED: Partial<Record<SlotKey, readonly PersonGroup[]>> = {
  graduationStatus: GRADUATE_KINDS,
  yearsSinceLeaving: GRADUATE_KINDS,
  unemployedMonths: ["登记失业半年以上人员", "登记失业的16—24岁青年", "其他人员"],
};

/**
 * One group's facts over those said of everyone: 都属于长期失业的 … 一个其实才失业三个月 —
 * that one's own words for their kind, deciding another kind than all said together, replace the kind
 * said of all when it is one they decide (a 失业 figure said of graduates leaves them graduates).
 */
export function ownOver(common: SlotValues, own: SlotValues, bounds: GroupBounds): SlotValues {
  const together = { ...common, ...own } as SlotValues;
  const kind = (v: SlotValues) => groupOf(v, bounds, () => {});
  const all = kind(together);
  const decides = DECIDES_KIND.filter((k) => k in own).some((k) => !KINDS_DECIDED[k] || (all !== undefined && KINDS_DECIDED[k]!.includes(all)));
  if (!decides || kind(own) === all) return together;
  const out: Record<string, unknown> = { ...common };
  for (const k of DECIDES_KIND) delete out[k];
  return { ...out, ...own } as SlotValues;
}

/** Whether earlier values already say a yes/no fact in other words (今年毕业 says 毕业生). */
export const saidBy = (key: SlotKey, values: SlotValues): boolean => (key in SAID_OF ? SAID_OF[key as FactKey]!(values) : false);

export interface Derived {
  facts: Facts;
  /** Assumptions the facts rest on, said in the answer (离校未就业，按离校2年内计算). */
  assumptions: string[];
}

const FACT_KEYS = new Set(Object.keys(FactsSchema.shape) as FactKey[]);

function groupOf(v: SlotValues, b: GroupBounds, assume: (s: string) => void): PersonGroup | undefined {
  if (v.group && v.group !== "登记失业的16—24岁青年") return v.group;
  if (v.age !== undefined && (v.group === "登记失业的16—24岁青年" || v.registeredUnemployed || v.unemployedMonths !== undefined)) {
    if (v.unemployedMonths !== undefined && v.unemployedMonths >= b.longUnemployedMonths) return "登记失业半年以上人员";
    return v.age >= b.youthFrom && v.age <= b.youthTo ? "登记失业的16—24岁青年" : v.unemployedMonths !== undefined ? "其他人员" : undefined;
  }
  if (v.group) return v.group;
  if (v.graduationStatus === "毕业年度") return "毕业年度高校毕业生";
  if (v.yearsSinceLeaving !== undefined) {
    return v.yearsSinceLeaving <= b.graduateMonths ? "离校2年内未就业高校毕业生" : "离校超过2年的高校毕业生";
  }
  if (v.graduationStatus === "离校未就业") {
    assume(`未说明离校几年，按离校${b.graduateYears}年内未就业计算`);
    return "离校2年内未就业高校毕业生";
  }
  if (v.unemployedMonths !== undefined) return v.unemployedMonths >= b.longUnemployedMonths ? "登记失业半年以上人员" : "其他人员";
  return undefined;
}

/**
 * The rules' facts from the slots, the groups read against `bounds`. `province`: the province of
 * the region a rule is evaluated for, against which a place of work (去浙江打工) is 跨省 or 省内.
 */
export function deriveFacts(v: SlotValues, bounds: GroupBounds, province?: string): Derived {
  const assumptions: string[] = [];
  const facts: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(v)) if (FACT_KEYS.has(k as FactKey)) facts[k] = value;
  const group = groupOf(v, bounds, (s) => assumptions.push(s));
  if (group) facts.group = group;
  else delete facts.group;
  for (const [fact, said] of Object.entries(SAID_OF)) if (facts[fact] === undefined && said(v)) facts[fact] = true;
  for (const [fact, implied] of Object.entries(IMPLIED)) if (facts[fact] === undefined && implied(facts as Facts)) facts[fact] = true;
  if (facts.crossProvince === undefined && v.destinationProvince && province) facts.crossProvince = v.destinationProvince !== province;
  // 今年56，60退休: four years to go.
  if (facts.yearsToRetirement === undefined && v.age !== undefined && v.retirementAge !== undefined && v.retirementAge >= v.age) facts.yearsToRetirement = v.retirementAge - v.age;
  return { facts: facts as Facts, assumptions };
}

// Every rule the bot can apply, and how a question picks one.
import type { ParameterBook } from "../knowledge/parameters.js";
import type { FactKey } from "./facts.js";
import { GROUP_BOUNDS } from "./person-groups.js";
import { parametersOf, type Rule } from "./rule.js";
import * as graduates from "./rules/graduates-and-posts.js";
import * as hiring from "./rules/hiring-subsidy.js";
import * as rates from "./rules/insurance-rates.js";
import * as refund from "./rules/job-retention-refund.js";
import * as poverty from "./rules/poverty-relief-employment.js";
import * as assessment from "./rules/skill-assessment-subsidy.js";
import * as upgrade from "./rules/skill-upgrade-subsidy.js";
import * as livelihood from "./rules/subsistence-and-loans.js";
import * as training from "./rules/training-allowances.js";
import * as traineeship from "./rules/traineeship-subsidy.js";
import * as benefit from "./rules/unemployment-benefit.js";

export const RULES: Rule[] = [
  refund.jobRetentionRefund,
  hiring.hiringSubsidy,
  traineeship.traineeshipSubsidy,
  upgrade.skillUpgradeSubsidy,
  assessment.skillAssessmentSubsidy,
  training.trainingLivingAllowance,
  training.trainingSubsidyFrequency,
  rates.unemploymentInsuranceContribution,
  rates.workInjuryInsuranceRate,
  benefit.unemploymentBenefit,
  poverty.travelAllowance,
  poverty.productionAward,
  poverty.placementServiceSubsidy,
  poverty.workshopAward,
  poverty.cooperativeHiringAward,
  graduates.jobSearchSubsidy,
  graduates.publicWelfarePostTerm,
  livelihood.subsistencePhaseOut,
  livelihood.startupLoanExtension,
];

/**
 * The policies a region may have, each as people name it: a rule, or each part of a rule named by a
 * term of its own (吸纳就业补贴 and 扩岗补助 of one rule). `named` is what the rule is evaluated with.
 */
export interface Policy {
  rule: Rule;
  term: string;
  named?: string;
}

export const POLICIES: readonly Policy[] = RULES.flatMap((rule) => (rule.parts ? Object.keys(rule.parts).map((term) => ({ rule, term, named: term })) : [{ rule, term: rule.terms[0]! }]));

/** Every parameter name the code reads: a parameter file may define these and no others. */
export const PARAMETER_NAMES: ReadonlySet<string> = new Set([...RULES.flatMap(parametersOf), ...Object.values(GROUP_BOUNDS)]);

/** The facts of a rule that point a message to it. */
type Pointers = (r: Rule) => readonly FactKey[];

/** More rules than this reading one fact say too little to ask between them. */
const MOST_CANDIDATES = 3;

const regionCache = new WeakMap<ParameterBook, Map<string, string[]>>();

/**
 * The regions that have a rule — those whose parameter files define all it needs — or, for a term
 * naming a part of it (扩岗补助), that part.
 */
export function regionsOf(book: ParameterBook, rule: Rule, named?: string): string[] {
  const key = `${rule.id}|${named ?? ""}`;
  let cache = regionCache.get(book);
  if (!cache) regionCache.set(book, (cache = new Map()));
  let regions = cache.get(key);
  if (!regions) {
    const part = named !== undefined ? rule.parts?.[named] : undefined;
    const sets = part ? [part] : rule.parts ? Object.values(rule.parts) : [[]];
    regions = book.ordered(sets.flatMap((set) => book.regionsDefining([...rule.needs, ...set])));
    cache.set(key, regions);
  }
  return regions;
}

const citingCache = new WeakMap<ParameterBook, Map<string, Policy[]>>();

/** The policies whose figures a clause states (平凉 （五）: 吸纳就业补贴 and 扩岗补助): what a quote of it is about. */
export function policiesStatedIn(book: ParameterBook, doc: string, clause: string): Policy[] {
  let byClause = citingCache.get(book);
  if (!byClause) {
    byClause = new Map();
    for (const p of book.all()) {
      const key = `${p.doc}|${p.clause}`;
      const policies = POLICIES.filter((x) => (x.named && x.rule.parts ? x.rule.parts[x.named]! : parametersOf(x.rule)).includes(p.name));
      byClause.set(key, [...new Set([...(byClause.get(key) ?? []), ...policies])]);
    }
    citingCache.set(book, byClause);
  }
  return byClause.get(`${doc}|${clause}`) ?? [];
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Rules named by the policy terms of a question (canonical terms of corpus/terms.yaml). */
export function rulesNamed(terms: readonly string[]): Rule[] {
  return RULES.filter((r) => r.terms.some((t) => terms.includes(t)));
}

/**
 * The rules a message is most likely about, best first: a rule named counts three (one when the name
 * was mistyped), each of its signal facts stated counts one. Several rules on the best score mean the
 * message is ambiguous. Rules the user's region has are preferred; another region's rule is returned
 * only when none fits, so that the answer can say the region does not have it.
 */
export function rankRules(
  book: ParameterBook,
  named: readonly Rule[],
  stated: ReadonlySet<FactKey>,
  mistyped: readonly Rule[] = [],
  regions?: ReadonlySet<string>,
  /** Facts the message names without stating (路费能报吗): they count for a rule one of whose facts is stated. */
  hinted: ReadonlySet<FactKey> = new Set(),
  /**
   * An amount or eligibility is asked of facts alone: when no rule has enough signals, the few rules
   * reading a fact stated are the candidates (我考了个证，能补多少: 技能提升补贴 or 鉴定评价补贴).
   */
  asked = false,
): Rule[] {
  const nameScore = (r: Rule) => (named.includes(r) ? 3 : mistyped.includes(r) ? 1 : 0);
  /** `pointers`: the facts of a rule that point to it. */
  const pointed = (r: Rule) => (r.pointers ?? []).filter((s) => stated.has(s)).length;
  const signals = (r: Rule, pointers: Pointers) => {
    const given = pointers(r).filter((s) => stated.has(s)).length + pointed(r);
    return given ? given + pointers(r).filter((s) => hinted.has(s) && !stated.has(s)).length : 0;
  };
  // Unnamed, a rule needs two of its signal facts (all of them if it has fewer): one contract term
  // alone could be about training as well as hiring. A pointer (招了) is enough alone.
  const enough = (r: Rule, n: number, least: number) => nameScore(r) > 0 || pointed(r) > 0 || n >= Math.min(least, r.signals.length);
  const best = (rules: readonly Rule[], pointers: Pointers, least: number) => {
    const scored = rules.map((r) => ({ r, n: signals(r, pointers) })).filter((x) => (x.n > 0 || nameScore(x.r) > 0) && enough(x.r, x.n, least));
    const top = Math.max(0, ...scored.map((x) => nameScore(x.r) + x.n));
    const tied = scored.filter((x) => nameScore(x.r) + x.n === top).map((x) => x.r);
    // Of rules fitting as well, one a fact points to (介绍成功 → 就业创业服务补助) over those fitting on shared facts (人数, 合同).
    const pointedTo = tied.filter((r) => pointed(r) > 0);
    return { top, rules: pointedTo.length ? pointedTo : tied };
  };
  // The user's region's rules first — unless a rule of elsewhere fits the message better (脱贫户…来回路费能补不
  // in 平凉: 往返交通补助, whose clause 平凉 has without a figure, not 吸纳就业补贴 on the group alone).
  const ranked = (pointers: Pointers, least: number) => {
    const all = best(RULES, pointers, least);
    const here = regions ? best(RULES.filter((r) => regionsOf(book, r).some((g) => regions.has(g))), pointers, least) : { top: 0, rules: [] };
    return here.rules.length && here.top >= all.top ? here.rules : all.rules;
  };
  const found = ranked((r) => r.signals, 2);
  if (found.length || !asked) return found;
  // Failing that, any fact a rule reads (the headcount aside) points to it, and one is enough.
  const candidates = ranked((r) => r.facts.filter((f) => f !== "people" && !r.excludes?.includes(f)), 1);
  return candidates.length <= MOST_CANDIDATES ? candidates : [];
}

// What a rule is: the facts it needs, the parameters it reads by name (their figures are data, in
// corpus/parameters), and a pure evaluation that says what it concluded, from which clause, and
// what it still needs.
import type { At, Parameter } from "../knowledge/parameters.js";
import type { Facts, FactKey } from "./facts.js";

export type { At, Parameter };

export interface Source {
  doc: string;
  clause: string;
  /** The clause's words the conclusion rests on, when known. */
  quote?: string;
}

/** A clause a result rests on, with the words of it each figure and condition used was read from. */
export interface Cited {
  doc: string;
  clause: string;
  quotes: string[];
}

export interface Check {
  /** The condition in plain words, e.g. 裁员率3.3%不高于5.5%. */
  text: string;
  ok: boolean;
  source: Source;
}

export interface Result {
  /** null while facts are missing. */
  eligible: boolean | null;
  amount: number | null;
  unit: string;
  steps: string[];
  checks: Check[];
  /** Facts still needed, most important first. */
  missing: FactKey[];
  /** Facts that cannot be true together (layoffs above headcount …): asked back, never computed. */
  problems: string[];
  /** Clauses the result rests on, first the one that states the figure. */
  sources: Cited[];
  /** The parameters cited, with their dates: the answer says when a figure used has ended. */
  figures: Parameter[];
  notes: string[];
  /** What was computed, when the rule chose between options (一次性扩岗补助 rather than 吸纳就业补贴). */
  label?: string;
  /** Every condition is met; only facts the amount alone is computed from are missing (能享受稳岗返还吗, 缴费未说). */
  conditionsMet?: true;
}

export interface Rule {
  /** Stable id, also the calculator name in answers. */
  id: string;
  /** Terms of corpus/terms.yaml that name this rule. */
  terms: string[];
  /** Every fact the evaluation reads (a test holds it to that): what a message is read for. */
  facts: FactKey[];
  /** Facts that, stated by a user, point to this rule even when it is not named. */
  signals: FactKey[];
  /**
   * Facts that alone point to it, and outweigh facts it shares with other rules: 招了 (an employer's
   * hiring, which the hiring subsidies do not read) or 介绍成功 (one of its own signals, counted again).
   */
  pointers?: FactKey[];
  /** Facts it reads only to rule a person out (不含公益岗): stated alone, they do not point to it. */
  excludes?: FactKey[];
  /**
   * The parameters the formula needs: a region has the rule when its parameter files define all of
   * them. (No region list here: the data says where a rule exists.)
   */
  needs: readonly string[];
  /** Parameters read only where a region sets them: conditions of some documents (兴安盟 rounds the headcount). */
  optional?: readonly string[];
  /**
   * Parts of the rule named by a term of their own, each existing where its parameters are defined
   * (扩岗补助 in 平凉 and 邹平, 吸纳就业补贴 elsewhere): the rule exists where any part does.
   */
  parts?: Readonly<Record<string, readonly string[]>>;
  /** The rule in one line for a region, with its figures: shown when asking for facts. */
  summary(at: At): string;
  /** `named`: the term the user used, when they named the policy (吸纳就业补贴 vs 扩岗补助). */
  evaluate(facts: Facts, at: At, named?: string): Result;
}

/** Every parameter name a rule may read. */
export const parametersOf = (r: Rule): string[] => [...r.needs, ...(r.optional ?? []), ...Object.values(r.parts ?? {}).flat()];

/** Builds a Result step by step; a rule reads facts through it so that missing ones are recorded. */
export class Evaluation {
  readonly steps: string[] = [];
  readonly checks: Check[] = [];
  readonly missing: FactKey[] = [];
  private readonly forAmount = new Set<FactKey>();
  readonly problems: string[] = [];
  readonly sources: Cited[] = [];
  readonly figures: Parameter[] = [];
  readonly notes: string[] = [];
  label?: string;

  constructor(readonly facts: Facts) {}

  /** A fact the rule needs; recorded as missing when the user has not given it. */
  need<K extends FactKey>(key: K): Facts[K] {
    const v = this.facts[key];
    if (v === undefined && !this.missing.includes(key)) this.missing.push(key);
    return v;
  }

  /** A fact only the amount is computed from, not whether one qualifies (the premium paid, of 稳岗返还). */
  needForAmount<K extends FactKey>(key: K): Facts[K] {
    if (this.facts[key] === undefined) this.forAmount.add(key);
    return this.need(key);
  }

  /** A fact the rule can do without, taking a default the answer states (未说明人数，按1人计算). */
  assume<K extends FactKey>(key: K, fallback: NonNullable<Facts[K]>, said: string): NonNullable<Facts[K]> {
    const v = this.facts[key];
    if (v !== undefined && v !== null) return v as NonNullable<Facts[K]>;
    this.note(said);
    return fallback;
  }

  /** Records a clause the result rests on; a second figure of the same clause adds its words. */
  cite(p: Source | Parameter): void {
    if ("name" in p && !this.figures.includes(p)) this.figures.push(p);
    const known = this.sources.find((s) => s.doc === p.doc && s.clause === p.clause);
    if (!known) this.sources.push({ doc: p.doc, clause: p.clause, quotes: p.quote ? [p.quote] : [] });
    else if (p.quote && !known.quotes.includes(p.quote)) known.quotes.push(p.quote);
  }

  /** Records a condition of the document and whether the facts meet it. */
  check(ok: boolean, text: string, source: Source): boolean {
    this.checks.push({ text, ok, source });
    this.cite(source);
    return ok;
  }

  step(text: string): void {
    this.steps.push(text);
  }

  /** A sum per person, for as many people as were counted (10个人拿到初级证): one person when none were. */
  forEach(amount: number, unit: string): number {
    const people = this.facts.people;
    if (people === undefined || people === 1) return amount;
    const total = people * amount;
    this.step(`${people}人×${fmt(amount)}${unit}=${fmt(total)}${unit}`);
    return total;
  }

  problem(text: string): void {
    this.problems.push(text);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /**
   * A "…以上" duration condition: the user's months against the clause's minimum. `stated` is the
   * fact as the user gave it (跨省务工4个月), `required` the condition as the clause words it.
   */
  monthsAtLeast(months: number, minimum: Parameter, stated: string, required: string): boolean {
    const ok = months >= inMonths(minimum);
    return this.check(ok, `${stated}，${meets(ok)}${required}`, minimum);
  }

  /**
   * 不得重复享受 (corpus/exclusions.yaml): of each policy the region says `term` may not be had with,
   * one already received bars this; else the clause is noted.
   */
  notCombined(at: At, term: string): void {
    for (const { other, rule } of at.notWith(term)) {
      if (this.facts.receivedSubsidy === other) this.check(false, `已享受${other}：${rule.quote}`, rule);
      else this.note(rule.quote);
    }
  }

  result(amount: number | null, unit: string): Result {
    const failed = this.checks.some((c) => !c.ok);
    const blocked = this.problems.length > 0;
    const eligible = blocked ? null : failed ? false : this.missing.length ? null : true;
    return {
      eligible,
      amount: eligible === true ? amount : null,
      unit,
      steps: this.steps,
      checks: this.checks,
      missing: failed || blocked ? [] : this.missing,
      problems: this.problems,
      sources: this.sources,
      figures: this.figures,
      notes: this.notes,
      ...(this.label ? { label: this.label } : {}),
      ...(eligible === null && !blocked && this.missing.every((k) => this.forAmount.has(k)) ? { conditionsMet: true as const } : {}),
    };
  }
}

/** A duration parameter (…年, …个月) in months. */
export function inMonths(p: Pick<Parameter, "value" | "unit" | "doc" | "clause">): number {
  if (p.unit === "年") return p.value * 12;
  if (p.unit === "个月") return p.value;
  throw new Error(`${p.doc} ${p.clause}: ${p.unit} is not a duration`);
}

/** How a check reads: 满足 / 不满足. */
export const meets = (ok: boolean) => (ok ? "满足" : "不满足");

/** 1234.5 → "1234.5"; 40000 → "40000" (no float noise). */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

// Screening ("能享受哪些政策"): every policy of the user's region that their facts point to, gone
// through over those facts — each group of people on its own — into what they get, what a fact
// still missing would decide, and what they miss narrowly. Of two policies one person may not have
// both of (corpus/exclusions.yaml), the larger is counted once. The evaluation is the calculation's
// own (evaluateParts); nothing here reads text or writes an answer.
import type { Facts } from "../../calculators/facts.js";
import { POLICIES, regionsOf, type Policy } from "../../calculators/registry.js";
import type { Parameter, Result, Rule } from "../../calculators/rule.js";
import type { Corpus } from "../../knowledge/corpus.js";
import type { Period } from "../../knowledge/parameters.js";
import type { Place } from "../../knowledge/regions.js";
import { added, evaluateParts, groupsFor, partValues, type Evaluator, type Part } from "../calculate.js";
import { documentsFor } from "../scope.js";
import { DECIDED_FROM, IMPLIED } from "../understand/derive.js";
import { slotsOf } from "../understand/interpret.js";
import type { SlotKey, SlotValues } from "../understand/slot-values.js";
import type { Group, Range } from "../understand/slots.js";
import type { Vocabulary } from "../understand/vocabulary.js";
import { narrowlyMissed, unlocking, type Unlock } from "./probe.js";

/** What the user has said of their situation. */
export interface Situation {
  values: SlotValues;
  groups: readonly Group[];
  /** Facts said roughly (一万多): a policy they decide is undecided until given exactly. */
  ranges: Readonly<Record<string, Range>>;
  /** Rules named in describing it (我们合作社吸纳了…): gone through, whatever the facts point to. */
  named?: readonly Rule[];
}

export type Status = "eligible" | "possible" | "near" | "ineligible";

/** A part not counted because the other policy of a pair was, for the same people. */
export interface SetAside {
  /** The policy not counted, and what it would have been. */
  policy: string;
  amount: number | null;
  /** The policy counted instead. */
  kept: string;
  /** 同一人 / 同一证书. */
  of: string;
  /** The parameter whose clause says the two may not be combined. */
  rule: Parameter;
}

export interface Entry {
  policy: Policy;
  /** The policy as the answer names it (一次性扩岗补助). */
  label: string;
  evaluator: Evaluator;
  status: Status;
  /** The groups of people it is about (one part, with no text, when none were counted). */
  parts: Part[];
  /** The parts as one result. */
  result: Result;
  /** A sum of 元 added to the total (a monthly figure, a rate or a time is not). */
  counted: boolean;
  /** possible: the facts that decide it and what they unlock. */
  unlock: Unlock | null;
  /** possible: the policy of a pair already counted that it would replace (it unlocks only the difference). */
  replaces: string | null;
  /** near, ineligible: the conditions not met. */
  why: string[];
  /** eligible: parts of the other policy of a pair, not counted for this one. */
  setAside: SetAside[];
}

export interface ScreenResult {
  /** The policies gone through, eligible first, then possible, then narrowly missed. */
  entries: Entry[];
  /** Those gone through that do not apply (said only when nothing else does). */
  ineligible: Entry[];
  total: number;
  /** The fact to ask next: the one unlocking the most (then: needed by the most policies). */
  next: SlotKey | null;
}

const ORDER: readonly Status[] = ["eligible", "possible", "near"];

/** The facts said, in the user's words (今年毕业, 裁了3个) or as groups of people. */
function said(s: Situation): Set<string> {
  // (建档立卡贫困户 said is 困难家庭 too: a fact implied counts as said.)
  const implied = (v: SlotValues) => Object.entries(IMPLIED).flatMap(([fact, holds]) => (holds(v as Facts) ? [fact] : []));
  const keys = [
    ...Object.keys(s.values),
    ...Object.keys(s.ranges),
    ...implied(s.values),
    ...s.groups.flatMap((g) => [...Object.keys(g.values), ...Object.keys(g.ranges), ...implied({ ...s.values, ...g.values } as SlotValues)]),
  ];
  return new Set(s.groups.length ? [...keys, "people"] : keys);
}

/**
 * A policy is gone through when the facts said point to its rule as they do when it is not named
 * (two of its signals, or all if it has one), or one signal does with another fact it reads: 招了2个
 * 应届生 is about hiring, 介绍成功一个人 alone is not. A fact counts when said or said in the words it
 * is decided from (今年毕业 → 人员类别).
 */
function pointsTo(p: Policy, facts: ReadonlySet<string>): boolean {
  const { signals, facts: reads } = p.rule;
  const has = (f: string) => facts.has(f) || (DECIDED_FROM[f as keyof typeof DECIDED_FROM] ?? []).some((k) => facts.has(k));
  const given = signals.filter(has).length;
  const besides = reads.filter((f) => f !== "people" && !signals.includes(f) && has(f)).length;
  // (招了几个人: an employer's hiring alone points to the hiring subsidies.)
  return (p.rule.pointers ?? []).some(has) || (given > 0 && (given >= Math.min(2, signals.length) || besides > 0));
}

/** The region whose documents set the policy for this place: its own, else the nearest above it. */
function regionFor(corpus: Corpus, policy: Policy, place: Place): string | undefined {
  const here = new Set(documentsFor(corpus, place).map((d) => d.jurisdiction));
  const rank = (r: string) => (place.chain.includes(r) ? place.chain.indexOf(r) : place.chain.length);
  return regionsOf(corpus.parameters, policy.rule, policy.named)
    .filter((r) => here.has(r))
    .sort((a, b) => rank(a) - rank(b))[0];
}

const ends = (ranges: Readonly<Record<string, Range>>, end: "low" | "high") => Object.fromEntries(Object.entries(ranges).map(([k, r]) => [k, r[end]]));

/**
 * Each part at both ends of the rough figures (一万多); a part they would decide differently is
 * undecided, with the rough fact whose exact figure decides it.
 */
function partsOf(e: Evaluator, s: Situation): Array<{ part: Part; rough?: { slot: SlotKey; text: string } }> {
  const groups = groupsFor(e.rule, s.groups);
  const at = (end: "low" | "high") => {
    const values = { ...s.values, ...ends(s.ranges, end) } as SlotValues;
    return evaluateParts(e, values, groups, (g) => partValues(e.vocab, values, g, ends(g.ranges, end)));
  };
  const [low, high] = [at("low"), at("high")];
  const slots = slotsOf(e.rule);
  return low.map((p, i) => {
    const h = high[i]!.result;
    if (p.result.eligible === h.eligible && p.result.amount === h.amount) return { part: p };
    const ranges = { ...s.ranges, ...groups[i]?.ranges };
    const slot = (Object.keys(ranges) as SlotKey[]).find((k) => slots.has(k))!;
    return { part: { ...p, result: { ...p.result, eligible: null, amount: null } }, rough: { slot, text: ranges[slot]!.text } };
  });
}

interface Evaluated {
  policy: Policy;
  evaluator: Evaluator;
  parts: Part[];
  /** Per part: the rough figure whose exact value decides it. */
  rough: Array<{ slot: SlotKey; text: string } | undefined>;
  /** Per part: not counted, the other policy of a pair being counted instead. */
  aside: Array<SetAside | undefined>;
  /** Per part: undecided beside the other policy of a pair, counted with this amount. */
  beside: Array<{ amount: number; policy: string } | undefined>;
}

const labelOf = (x: Evaluated, r: Result) => r.label ?? x.policy.rule.id;
const isTerm = (corpus: Corpus, term: string, label: string | undefined) => !label || corpus.terms.namesOf([term]).includes(label);

/**
 * Of each pair that may not be combined, for each group: both qualifying, the smaller (or the one
 * with no amount) is set aside; one qualifying and the other undecided, the other can add only the
 * difference.
 */
function applyExclusions(corpus: Corpus, evaluated: Evaluated[]): void {
  for (const x of corpus.exclusions) {
    const [a, b] = x.between.map((t) => evaluated.find((e) => e.policy.term === t));
    if (!a || !b || a.parts.length !== b.parts.length) continue;
    const rule = a.evaluator.at.find(x.parameter) ?? b.evaluator.at.find(x.parameter);
    if (!rule) continue;
    a.parts.forEach((pa, i) => {
      const pb = b.parts[i]!;
      // (A part that computed the rule's other part is neither's here: it is left out.)
      if (!isTerm(corpus, a.policy.term, pa.result.label) || !isTerm(corpus, b.policy.term, pb.result.label)) return;
      const [ra, rb] = [pa.result, pb.result];
      if (ra.eligible === true && rb.eligible === true) {
        const [won, lost] = (rb.amount ?? -1) > (ra.amount ?? -1) ? [b, a] : [a, b];
        const [rw, rl] = [won.parts[i]!.result, lost.parts[i]!.result];
        lost.aside[i] = { policy: labelOf(lost, rl), amount: rl.amount, kept: labelOf(won, rw), of: x.of, rule };
      } else if (ra.eligible === true && rb.eligible === null && ra.amount !== null) b.beside[i] = { amount: ra.amount, policy: labelOf(a, ra) };
      else if (rb.eligible === true && ra.eligible === null && rb.amount !== null) a.beside[i] = { amount: rb.amount, policy: labelOf(b, rb) };
    });
  }
}

/** The parts of one policy with one status, as one entry. */
function entryOf(x: Evaluated, status: Status, parts: Part[], unlocks: Unlock[], replaces: string | null, grouped: boolean): Entry {
  const result = grouped ? added(parts) : parts[0]!.result;
  const amounts = unlocks.map((u) => u.amount);
  const rough = unlocks.find((u) => u.rough)?.rough;
  const unlock: Unlock | null = unlocks.length
    ? {
        facts: [...new Set(unlocks.flatMap((u) => u.facts))],
        answers: [...new Map(unlocks.flatMap((u) => u.answers).map((a) => [a.fact, a])).values()],
        amount: amounts.some((a) => a === null) ? null : amounts.reduce<number>((s, a) => s + a!, 0),
        ...(rough ? { rough } : {}),
      }
    : null;
  const failed = status === "near" || status === "ineligible" ? result.checks.filter((c) => !c.ok).map((c) => c.text) : [];
  return {
    policy: x.policy,
    label: labelOf(x, result),
    evaluator: x.evaluator,
    status,
    parts,
    result,
    counted: status === "eligible" && result.amount !== null && result.unit === "元",
    unlock,
    replaces,
    why: failed,
    setAside: [],
  };
}

/** The policies, of any region, that the situation points to. */
export const pointedTo = (s: Situation): Policy[] => {
  const facts = said(s);
  return POLICIES.filter((p) => pointsTo(p, facts) || s.named?.includes(p.rule));
};

/** Every policy of the place that the situation points to, gone through. */
export function screen(corpus: Corpus, vocab: Vocabulary, place: Place, period: Period, s: Situation): ScreenResult {
  const evaluated: Evaluated[] = pointedTo(s).flatMap((policy) => {
    const region = regionFor(corpus, policy, place);
    if (!region) return [];
    const evaluator: Evaluator = { corpus, vocab, rule: policy.rule, at: corpus.parameters.at(region, period), named: policy.named };
    const each = partsOf(evaluator, s);
    const parts = each.map((p) => p.part);
    return [{ policy, evaluator, parts, rough: each.map((p) => p.rough), aside: parts.map(() => undefined), beside: parts.map(() => undefined) }];
  });
  applyExclusions(corpus, evaluated);
  const all: Entry[] = [];
  for (const x of evaluated) {
    const grouped = x.parts.some((p) => p.text !== "");
    const by = new Map<Status, { parts: Part[]; unlocks: Unlock[]; replaces: string | null }>();
    const put = (status: Status, part: Part, unlock?: Unlock, replaces?: string) => {
      const slot = by.get(status) ?? { parts: [], unlocks: [], replaces: null };
      slot.parts.push(part);
      if (unlock) slot.unlocks.push(unlock);
      slot.replaces ??= replaces ?? null;
      by.set(status, slot);
    };
    x.parts.forEach((part, i) => {
      const r = part.result;
      // A part of a rule that computed the rule's other part (扩岗补助 asked, 吸纳就业补贴 computed) is not this policy's.
      if (x.aside[i] || !isTerm(corpus, x.policy.term, r.label)) return;
      if (r.eligible === true) return put("eligible", part);
      if (r.eligible === false) return put(narrowlyMissed(x.evaluator, vocab, part.values) ? "near" : "ineligible", part);
      const rough = x.rough[i];
      const unlock = rough ? { facts: [rough.slot], answers: [], amount: null, rough: rough.text } : unlocking(x.evaluator, vocab, part.values, r);
      const beside = x.beside[i];
      const more = unlock && beside && unlock.amount !== null ? Math.max(0, unlock.amount - beside.amount) : unlock?.amount;
      // Beside the other of a pair already counted, only what it adds is unlocked; nothing added, nothing to ask.
      if (unlock && more !== 0) put("possible", part, { ...unlock, amount: more ?? null }, beside?.policy);
    });
    for (const [status, { parts, unlocks, replaces }] of by) all.push(entryOf(x, status, parts, unlocks, replaces, grouped));
  }
  // What was set aside is said with what was counted instead, one line per policy, its groups added up.
  const asides = evaluated.flatMap((x) => x.aside.filter((a): a is SetAside => a !== undefined));
  for (const e of all.filter((e) => e.status === "eligible")) {
    const mine = asides.filter((a) => a.kept === e.label);
    const byPolicy = new Map<string, SetAside>();
    for (const a of mine) {
      const had = byPolicy.get(a.policy);
      byPolicy.set(a.policy, had ? { ...had, amount: had.amount === null || a.amount === null ? null : had.amount + a.amount } : a);
    }
    e.setAside.push(...byPolicy.values());
  }
  const entries = ORDER.flatMap((status) => all.filter((e) => e.status === status));
  const total = entries.filter((e) => e.counted).reduce((sum, e) => sum + e.result.amount!, 0);
  return { entries, ineligible: all.filter((e) => e.status === "ineligible"), total, next: nextFact(entries) };
}

/**
 * The fact that unlocks the most: each undecided policy's amount goes to the fact it needs first;
 * on a tie, the fact the most policies need (as Publicodes ranks its missing variables).
 */
function nextFact(entries: readonly Entry[]): SlotKey | null {
  const score = new Map<SlotKey, { amount: number; needed: number }>();
  for (const e of entries) {
    for (const [i, f] of (e.unlock?.facts ?? []).entries()) {
      const s = score.get(f) ?? { amount: 0, needed: 0 };
      score.set(f, { amount: s.amount + (i === 0 ? (e.unlock!.amount ?? 0) : 0), needed: s.needed + 1 });
    }
  }
  const ranked = [...score].sort(([, a], [, b]) => b.amount - a.amount || b.needed - a.needed);
  return ranked[0]?.[0] ?? null;
}

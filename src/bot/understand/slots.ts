// From a message to slot values: phrases first (没裁员, 小微, 跨省), then each typed quantity to the
// slot of its type whose cue stands nearest (Rasa's entities with roles). A span is used once; a
// figure with no cue goes to the slot the bot asked for, or to the one slot of its type the rule in
// play has; a figure that could fill several is left for the bot to confirm.
import { numeralAt } from "../../knowledge/numerals.js";
import { boundedEnd, readQuantities, type Quantity } from "./quantities.js";
import { implausible, implausibleQuestion } from "./plausible.js";
import { SlotValuesSchema, type SlotKey, type SlotValues } from "./slot-values.js";
import { FILLS, type Cue, type Slot, type Vocabulary } from "./vocabulary.js";

export interface SlotContext {
  /** Slots of the rule in play (its facts and what they are decided from): preferred when a cue could name several. */
  preferred?: ReadonlySet<SlotKey>;
  /** The rule's own facts: a figure with no cue may fill one of them. */
  fallback?: ReadonlySet<SlotKey>;
  /** The slots the bot just asked for, first first: a figure with no cue fills them. */
  requested?: readonly SlotKey[];
  /** Slots already known in the conversation: a bare figure corrects one of them only if it is the only one. */
  known?: ReadonlySet<SlotKey>;
  /** Slots the previous message gave: 不对，是14个 corrects the one of them it fits. */
  recent?: readonly SlotKey[];
  /** The facts known so far: a bare figure is not taken for a fact it could not be beside them (2 insured with 3 laid off). */
  earlier?: Readonly<SlotValues>;
}

export interface Unplaced {
  quantity: Quantity;
  /** The slots it could fill (several: the bot asks which). */
  candidates: SlotKey[];
  /** Another figure of the message already fills its one slot (介绍15人，12个签了合同): the bot asks which counts. */
  rival?: Quantity;
}

/** A policy name found in the message, and where. */
export interface NameSpan {
  term: string;
  start: number;
  end: number;
  /** Inside the cue that placed a figure (领失业金的有4个), or said as a fact (在公益岗上干): never the topic. */
  fact?: true;
}

export interface SlotReading {
  values: SlotValues;
  /** Figures with no slot of their own. */
  unplaced: Unplaced[];
  /**
   * Figures that name no single value (五六个, 一万多), with the least and most they could be as the
   * slot's values: used only when the answer is the same at both ends, otherwise asked back.
   */
  approximate: Array<{ quantity: Quantity; slot: SlotKey; low: unknown; high: unknown }>;
  /** Values that cannot be (a negative sum, 120%), said back to the user. */
  invalid: string[];
  /** Slots whose cue words the message uses without a figure (路费能报吗): what it is about. */
  mentioned: SlotKey[];
  /** Policy names that are facts (已经领过技能提升补贴), not what the message asks about. */
  namesUsed: NameSpan[];
  /** What the reading assumed, said in the answer (共8人，其中5人…，按5人计算). */
  notes: string[];
  /** The words each value was read from, as written (4个月, 小微企业). */
  said: Partial<Record<SlotKey, string>>;
  /** Where those words stand (with the cue that placed a figure). */
  where: Partial<Record<SlotKey, Span>>;
  /** Every quantity of the message, and the slot it filled if any. */
  figures: Array<{ quantity: Quantity; slot?: SlotKey }>;
  /** Several things of a `several` slot said, in order (焊工初级, 电工中级): each one part of the answer. */
  things: Array<{ slot: SlotKey; value: unknown; text: string; end: number }>;
  /** Groups of the people counted with facts of their own (3个去年毕业的，还有1个今年毕业的); see groups.ts. */
  groups: Group[];
  /** Some figure had cues of two slots, or none: reading for a rule may place it otherwise. */
  contested: boolean;
  /** Facts whose figure is past its limit (a course of 10⁹ days): asked back, not kept. */
  doubted: SlotKey[];
  /** Counts said as a change of the one known (再多留一个: +1, 少裁两个: −2), not as the count. */
  changes: Partial<Record<SlotKey, number>>;
}

/** A fact given only roughly: the least and most it could be, and the user's words. */
export interface Range {
  low: unknown;
  high: unknown;
  text: string;
  /** 1年以上 / 两年内 states a bound, as the rules do: no need to say it was not exact. */
  bound?: true;
}

const BOUNDS: ReadonlySet<string> = new Set(["atLeast", "within", "below"]);

/** The range a rough figure read for a slot stands for. */
export function rangeOf(x: SlotReading["approximate"][number]): Range {
  const q = x.quantity;
  return { low: x.low, high: x.high, text: q.bounded ?? q.text, ...(q.approx && BOUNDS.has(q.approx) ? { bound: true as const } : {}) };
}

/** Some of the people counted, with the facts that are theirs alone. */
export interface Group {
  people: number;
  values: SlotValues;
  /** Their facts said roughly (签了1年以上): the answer must be the same at both ends. */
  ranges: Record<string, Range>;
  /** How the message describes them (3个去年毕业到现在一直没找着工作的). */
  text: string;
}

export interface Span {
  start: number;
  end: number;
}
/** Where a way of asking stands; `literal` when said as listed, not matched by its shape (能…吗). */
export interface AskedSpan extends Span {
  literal: boolean;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

interface PhraseHit extends Span {
  slot: SlotKey;
  value: unknown;
  negated?: boolean;
  /** Where its words stand when it has a gap (拿到了…证): what is between is read on its own. */
  claimed: readonly Span[];
}

// Clause separators: a cue rarely reaches across one, never across a sentence end.
const SEPARATOR = /[，,、；;\s]/g;
const SENTENCE_END = /[。！？!?]/;
const MAX_GAP = { role: { before: 12, after: 6 }, head: { before: 4, after: 4 } };
/** 2个特困家庭的学生: what is counted may stand after a 的-phrase describing it, farther than a head otherwise reaches. */
const DESCRIBED = /^[^，,、；;\s]{2,10}的$/;

/** Phrases of every slot, longest first, each span read once; a yes/no phrase after 不/没 is negated. */
function readPhrases(text: string, vocab: Vocabulary, taken: Span[]): PhraseHit[] {
  const found: Array<Omit<PhraseHit, "claimed"> & { length: number; ends: readonly [number, number] }> = [];
  for (let at = 0; at < text.length; at++) {
    for (const p of vocab.phrasesByFirst.get(text[at]!) ?? []) {
      p.pattern.lastIndex = at;
      const m = p.pattern.exec(text);
      if (m) found.push({ slot: p.slot, value: p.value, start: at, end: at + m[0].length, length: p.length, ends: p.ends });
    }
  }
  found.sort((a, b) => b.length - a.length || a.start - b.start);
  const hits: PhraseHit[] = [];
  /** 不是脱贫户，也不是低保: what denying every wording of a choice means, if it means something (其他人员). */
  const denied: PhraseHit[] = [];
  for (const f of found) {
    const claimed = f.end - f.start === f.length ? [f] : [{ start: f.start, end: f.start + f.ends[0] }, { start: f.end - f.ends[1], end: f.end }];
    if (taken.some((t) => claimed.some((c) => overlaps(t, c)))) continue;
    taken.push(...claimed);
    const negated = negatedAt(text, f.start, vocab);
    const slot = vocab.slots.get(f.slot)!;
    const hit = { slot: f.slot, value: f.value, start: f.start, end: f.end, claimed };
    if (!negated) hits.push(hit);
    else if (slot.type === "yesno") hits.push({ ...hit, value: !f.value, negated: true });
    else if (slot.negated !== undefined) denied.push({ ...hit, value: slot.negated, negated: true });
    // Otherwise a negated choice or figure (不是大企业) states nothing.
  }
  for (const d of denied) if (!hits.some((h) => h.slot === d.slot)) hits.push(d);
  hits.sort((a, b) => a.start - b.start);
  // 算大型还是中型: two values of a fact offered as a choice state neither.
  const chosen = hits.filter((h, i) => hits.some((o, j) => o.slot === h.slot && o.value !== h.value && vocab.patterns.choice.test(i < j ? text.slice(h.end, o.start) : text.slice(o.end, h.start))));
  return hits.filter((h) => !chosen.includes(h));
}

/** 不/没/未 right before a position, or with a few words of being between (不是, 没认定过, 也不在). */
const BEING = /^[是在能会都也还太够有被算属于认定过评为成]{0,3}$/;
function negatedAt(text: string, at: number, vocab: Vocabulary): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  for (let cut = 0; cut <= 3 && cut <= before.length; cut++) {
    if (!BEING.test(before.slice(before.length - cut))) break;
    const head = before.slice(0, before.length - cut);
    for (const n of vocab.dialogue.negators) if (head.endsWith(n)) return true;
  }
  return false;
}

interface CueHit extends Span {
  cue: Cue;
}

/**
 * Every occurrence of every cue outside the figures. A cue inside a longer cue of a slot of the same
 * type is not read (工资 in 最低工资); one of another type is (领过 of 次数 in 已经领过 of a policy).
 */
function readCues(text: string, vocab: Vocabulary, figures: readonly Span[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let at = 0; at < text.length; at++) {
    for (const cue of vocab.cuesByFirst.get(text[at]!) ?? []) {
      if (!text.startsWith(cue.word, at)) continue;
      const hit = { cue, start: at, end: at + cue.word.length };
      if (!figures.some((t) => overlaps(t, hit))) hits.push(hit);
    }
  }
  const type = (h: CueHit) => vocab.slots.get(h.cue.slot)!.type;
  return hits.filter((h) => !hits.some((o) => o.end - o.start > h.end - h.start && o.start <= h.start && o.end >= h.end && type(o) === type(h)));
}

interface Pair {
  q: Quantity;
  slot: SlotKey;
  score: number;
  cue: CueHit;
}

/** Between 领过 and the policy's name: a few words, no punctuation (领过失业保险的技能提升补贴). */
const POLICY_GAP = /^[^，。；！？,.;!?\s]{0,6}$/;
/**
 * Between a name and a cue after it: nothing, or a negator with 也/还/都 (技能提升补贴也没领过), after who had it
 * (技能提升补贴我已经领了), its money (扩岗补助的钱已经发下来了) or when (扩岗补助上个月已经批下来了).
 */
const AFTER_NAME = /^(?:的钱|的)?(?:我|我们|他|她|俺)?(?:上个月|上月|去年|今年|前几天|前段时间|早就|刚)?(?:[也还都]?(?:没有|没|未|不曾)?|已经|已)$/;

export function fits(slot: Slot, q: Quantity): boolean {
  if (!FILLS[slot.type].includes(q.type)) return false;
  // 家 counts firms, not people; a scaled bare figure (12万) is a sum, not a headcount.
  if (slot.type === "count" && (q.unit === "家" || (q.type === "number" && q.value >= 10000))) return false;
  return true;
}

/** How well a cue names a quantity's role: by its strength, closeness, and the clauses between. */
function pairScore(text: string, q: Quantity, c: CueHit, slot: Slot, quantities: readonly Quantity[], ctx: SlotContext, someOf: boolean): number | null {
  const before = c.end <= q.start;
  if (!before && c.start < q.end) return null;
  if ((before && c.cue.side === "after") || (!before && c.cue.side === "before")) return null;
  const between = before ? { start: c.end, end: q.start } : { start: q.end, end: c.start };
  const gapText = text.slice(between.start, between.end);
  const kind = c.cue.role ? "role" : "head";
  // With a rule in play, what is counted (职工, 员工) names only its own facts: 组织职工考证，10个人拿到初级证 counts certificates' holders.
  if (kind === "head" && ctx.preferred && !ctx.preferred.has(c.cue.slot)) return null;
  // 其中3个干了没俩月就走了: with a rule counting people in play, some of those counted are people, whatever they did.
  if (someOf && q.type === "count" && ctx.fallback?.has("people") && !ctx.fallback.has(c.cue.slot)) return null;
  if (gapText.length > MAX_GAP[kind][before ? "before" : "after"] && !(kind === "head" && before === false && DESCRIBED.test(gapText))) return null;
  if (SENTENCE_END.test(gapText)) return null;
  // A cue does not reach past another figure its slot could take (参保50人裁员2人: 参保 is not 2's).
  if (quantities.some((o) => o !== q && overlaps(o, between) && fits(slot, o))) return null;
  const separators = gapText.match(SEPARATOR)?.length ?? 0;
  if (separators > 1) return null;
  let score = (c.cue.role ? 3 : 2) - 0.12 * gapText.length - 1.2 * separators;
  if (c.cue.side !== "either") score += 0.3;
  if (ctx.preferred?.has(c.cue.slot)) score += 0.8;
  return score;
}

/** The value a quantity gives a slot: 36 months as 3 years, level 4 as 中级. */
export function valueFor(slot: Slot, q: Quantity): unknown {
  if (slot.type === "level") return slot.levels?.[q.value];
  if (slot.unit === "年" && q.type === "months") return q.value / 12;
  return q.value;
}

/**
 * `names`: where the policy names stand; `asked`: where the question's own words stand (一天多少钱
 * asks a rate: its 一天 is no fact).
 */
export function readSlots(text: string, vocab: Vocabulary, ctx: SlotContext = {}, names: readonly NameSpan[] = [], asked: readonly AskedSpan[] = []): SlotReading {
  const taken: Span[] = [];
  // A policy's name is not a fact about the user (公益性岗位补贴 names the subsidy, not a post held),
  // unless the words around it make it one (在公益岗上班, 不是公益岗).
  // 在乡村公益岗上干, 是公益岗, 不是公益岗: the name said as where one works.
  const asFact = (p: PhraseHit) => p.negated || vocab.nameAsFact.before.test(text.slice(Math.max(0, p.start - 7), p.start)) || vocab.nameAsFact.after.test(text.slice(p.end));
  // (能在县城登记失业吗: what stands between 能 and 吗 is what is asked about, not a fact of the user's —
  // unless it is a word of asking itself, 能一起领吗.)
  const inQuestion = (p: PhraseHit) => {
    const slot = vocab.slots.get(p.slot)!;
    return slot.type === "yesno" && !slot.transient && asked.some((a) => !a.literal && a.start < p.start && p.end <= a.end);
  };
  const phrases = readPhrases(text, vocab, taken).filter((p) => !inQuestion(p) && !names.some((n) => n.start <= p.start && n.end >= p.end && !(n.end - n.start === p.end - p.start && asFact(p))));
  const quantities =
    bareAnswer(text, ctx) ??
    withPeopleNamed(text, vocab, readQuantities(text))
      .filter((q) => ![...phrases.flatMap((p) => p.claimed), ...asked].some((p) => overlaps(p, q)) && !ofThings(q, text, vocab) && !DENIED.test(text.slice(0, q.start)) && !(q.type === "percent" && vocab.sharePaid.test(text.slice(0, q.start))))
      // (听人说有个求职创业补贴: 个 right before a policy's name counts the policy, no one — unlike 40人稳岗返还.)
      .filter((q) => !(q.type === "count" && q.value === 1 && q.unit === "个" && names.some((n) => n.start === q.end)));
  // A cue inside a policy's name is part of the name (失业保险 in 失业保险金).
  const cues = readCues(text, vocab, quantities).filter((c) => !names.some((n) => n.start <= c.start && n.end >= c.end && n.end - n.start > c.end - c.start));
  const raw = new Map<SlotKey, unknown>();
  const notes: string[] = [];
  const invalid: string[] = [];
  const approximate: SlotReading["approximate"] = [];
  const changes: SlotReading["changes"] = {};
  const said: SlotReading["said"] = {};
  for (const p of phrases) {
    raw.set(p.slot, p.value); // the last wording of a slot wins: later words correct earlier ones
    said[p.slot] = text.slice(p.start, p.end);
  }
  // 电工初级 … 再报电工初级: the same thing said twice, with the same words before it.
  for (const slot of vocab.slots.values()) {
    if (!slot.repeats || raw.has(slot.key)) continue;
    const wordings = phrases.filter((p) => p.slot === slot.repeats).map((p) => `${text.slice(Math.max(0, p.start - 2), p.start)}${p.value as string}`);
    if (wordings.some((w, i) => /^\p{Script=Han}{2}/u.test(w) && wordings.indexOf(w) !== i)) raw.set(slot.key, true);
  }

  // 考了焊工初级证，又考了电工中级证: several things of a slot, none of them counted as done before a plan.
  const things: SlotReading["things"] = [];
  for (const slot of vocab.slots.values()) {
    if (!slot.several || [...vocab.slots.values()].some((t) => t.tally?.of === slot.key && t.tally.until.test(text))) continue;
    const said = distinctThings(text, [...phrases.filter((p) => p.slot === slot.key), ...quantities.filter((q) => fits(slot, q))], (x) => ("type" in x ? valueFor(slot, x as Quantity) : (x as PhraseHit).value));
    if (said.length < 2) continue;
    for (const x of said) {
      const value = "value" in x && !("type" in x) ? x.value : valueFor(slot, x as Quantity);
      // (Named with the two characters before it, 焊工初级; not with the end of the thing before, 初级工证和中级工, nor a verb, 考下中级.)
      const before = text.slice(Math.max(0, x.start - 2), x.start).split(/[^\p{Script=Han}]|[了个考的又和与及还拿证书下到得过]/u).at(-1)!;
      things.push({ slot: slot.key, value, text: before + text.slice(x.start, x.end), end: x.end });
    }
  }

  // 学了电工初级和焊工初级，现在想再报…: the things done, counted up to where the plans start.
  for (const slot of vocab.slots.values()) {
    const until = slot.tally && !raw.has(slot.key) ? slot.tally.until.exec(text)?.index : undefined;
    if (until === undefined) continue;
    const of = vocab.slots.get(slot.tally!.of)!;
    const done = distinctThings(text, [...phrases.filter((p) => p.slot === of.key), ...quantities.filter((q) => fits(of, q))].filter((x) => x.end <= until), (x) => ("type" in x ? valueFor(of, x as Quantity) : (x as PhraseHit).value));
    if (done.length) raw.set(slot.key, done.length);
  }

  // Policy names after 领过 / 享受过, or inside a fact's wording (正在领失业金, 不是公益岗), are facts.
  const namesUsed: NameSpan[] = names.flatMap((n) => {
    const p = phrases.find((x) => x.start <= n.start && x.end >= n.end);
    return !p ? [] : p.end - p.start === n.end - n.start ? [{ ...n, fact: true as const }] : [n];
  });
  // The last name within the cue's reach is the one had (领过失业保险的技能提升补贴: the names before it qualify it);
  // after a negator (没领过, 也没享受过) nothing was had, and the names are facts all the same.
  for (const n of [...names].sort((a, b) => b.start - a.start)) {
    // 技能提升补贴没领过 / 扩岗补助已经享受了: the cue may follow the name, right after it.
    const cue =
      cues.find((c) => vocab.slots.get(c.cue.slot)!.type === "policy" && c.end <= n.start && POLICY_GAP.test(text.slice(c.end, n.start))) ??
      cues.find((c) => vocab.slots.get(c.cue.slot)!.type === "policy" && c.start >= n.end && AFTER_NAME.test(text.slice(n.end, c.start)));
    if (!cue) continue;
    const had = namesUsed.some((u) => u.start >= n.end && POLICY_GAP.test(text.slice(cue.end, u.start)));
    if (!had && !raw.has(cue.cue.slot) && !vocab.patterns.negatedBefore.test(text.slice(Math.max(0, cue.start - 3), cue.start))) {
      raw.set(cue.cue.slot, n.term);
      said[cue.cue.slot] = n.term;
    }
    namesUsed.push({ ...n, fact: true });
  }

  // Each figure to the best slot a cue gives it, best pairs first, each figure and slot once.
  const pairs: Pair[] = [];
  for (const q of quantities) {
    // (其中3个…: some of the people counted.)
    const someOf = vocab.patterns.subset.test(text.slice(Math.max(0, q.start - 3), q.start));
    for (const c of cues) {
      const slot = vocab.slots.get(c.cue.slot)!;
      if (!fits(slot, q)) continue;
      const score = pairScore(text, q, c, slot, quantities, ctx, someOf);
      if (score !== null) pairs.push({ q, slot: slot.key, score, cue: c });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const assigned = new Map<Quantity, SlotKey>();
  const cueOf = new Map<Quantity, CueHit>();
  const filled = new Set<SlotKey>(phrases.map((p) => p.slot));
  for (const p of pairs) {
    if (assigned.has(p.q) || (filled.has(p.slot) && !vocab.slots.get(p.slot)!.adds)) continue;
    assigned.set(p.q, p.slot);
    cueOf.set(p.q, p.cue);
    filled.add(p.slot);
    // A name inside the cue that placed a figure is the fact's words (能领失业金的有两个).
    for (const n of names) if (n.start >= p.cue.start && n.end <= p.cue.end && !namesUsed.includes(n)) namesUsed.push({ ...n, fact: true });
  }

  const unplaced: Unplaced[] = [];
  for (const q of quantities) {
    if (assigned.has(q)) continue;
    // 留下来十三个……哦不对，是十四个: a figure after a correction replaces the one of its type before it.
    // (A bare number is of any type: 大概8万吧，准确来说是83000元.)
    const corrected = quantities.filter((o) => o.end <= q.start && (o.type === q.type || o.type === "number" || q.type === "number") && assigned.has(o)).at(-1);
    if (corrected && vocab.patterns.correction.test(text.slice(corrected.end, q.start))) {
      const slot = assigned.get(corrected)!;
      assigned.delete(corrected);
      assigned.set(q, slot);
      continue;
    }
    // 又留下了2个，一共留用了5个: a total said after a part of it, by the same cue, is the figure.
    const total = vocab.patterns.total.test(text.slice(Math.max(0, q.start - 6), q.start)) ? pairs.find((p) => p.q === q) : undefined;
    const part = total && !vocab.slots.get(total.slot)!.adds ? [...assigned].find(([o, k]) => k === total.slot && o.end <= q.start)?.[0] : undefined;
    if (total && part) {
      assigned.delete(part);
      assigned.set(q, total.slot);
      cueOf.set(q, total.cue);
      continue;
    }
    const open = (keys: Iterable<SlotKey>, take: (slot: Slot, q: Quantity) => boolean) => [...keys].filter((k) => !filled.has(k) && take(vocab.slots.get(k)!, q));
    // (The bot asked for 裁员人数 and 参保人数 — 22人, or 36: which of the two is not for the reader to pick.)
    const askedFor = open(ctx.requested ?? [], requestedFits);
    const alike = askedFor.filter((k) => fits(vocab.slots.get(k)!, q) && vocab.slots.get(k)!.type === vocab.slots.get(askedFor[0]!)!.type);
    if (alike.length > 1 && !vocab.patterns.correction.test(text)) {
      unplaced.push({ quantity: q, candidates: alike });
      continue;
    }
    const asked = askedFor[0];
    if (asked) {
      assigned.set(q, asked);
      filled.add(asked);
      continue;
    }
    // A figure only one slot can take (an age, a level, days) needs no cue.
    const sole = soleSlotFor(q, vocab);
    if (sole && !filled.has(sole)) {
      assigned.set(q, sole);
      filled.add(sole);
      continue;
    }
    // A count with no cue fills the rule's count only as a correction, a headcount (3个人), or the
    // whole message (18个): 两个能一起拿吗 counts no people.
    // (一共7个: a total said is a headcount too.)
    const totalBefore = vocab.patterns.total.test(text.slice(Math.max(0, q.start - 3), q.start));
    // (不对，留用的是6个，有一个后来没签: only the first figure after a correction corrects.)
    const correcting = vocab.patterns.correction.test(text) && ![...assigned.keys()].some((o) => o.type === q.type);
    // (4个，都签了三年合同: a count that is a clause of its own answers how many, as one alone does.)
    const ownClause = /(?:^|[，,。；;：:\s])[是就有]?$/.test(text.slice(0, q.start)) && /^(?:$|[，,。；;！!？?\s])/.test(text.slice(q.end));
    // (要是再加2个呢: more of those counted, as 再多留一个 is.)
    const more = vocab.patterns.moreBy.test(text.slice(0, q.start)) || vocab.patterns.fewerBy.test(text.slice(0, q.start));
    const bareCount = q.type !== "count" || /人|名|位/.test(q.unit) || totalBefore || correcting || ownClause || more || text.replace(/[\s，,。.!！？?了吧啊的是]/g, "").length <= q.text.length + 2;
    const fitting = bareCount ? open(ctx.fallback ?? [], fits) : [];
    const possible = fitting.filter((k) => !implausible(vocab, { ...ctx.earlier, [k]: q.value } as SlotValues).length);
    const candidates = possible.length ? possible : fitting;
    const unknownYet = candidates.filter((k) => !ctx.known?.has(k));
    // (when the previous message gave just one of them; with both said, the bot asks which)
    const justSaid = vocab.patterns.correction.test(text) ? candidates.filter((k) => ctx.recent?.includes(k)) : [];
    // (8个见习生…留用了4个 → 那8个人都见习了6个月: the figure of one fact known, said again — unless as a what-if, 要是8个呢.)
    const hypothetical = vocab.dialogue.followup.some((w) => !w.startsWith("那") && text.includes(w));
    const restated = hypothetical || correcting ? [] : candidates.filter((k) => ctx.earlier?.[k] === q.value);
    const only =
      candidates.length === 1
        ? candidates[0]
        : justSaid.length === 1
          ? justSaid[0]
          : restated.length === 1
            ? restated[0]
          : unknownYet.length === 1 && candidates.length > 1 && q.type !== "number"
            ? unknownYet[0]
            : undefined;
    if (only) {
      assigned.set(q, only);
      filled.add(only);
      continue;
    }
    // Its only slot already has a figure of this message: one that adds up takes it too (又交了4个月);
    // otherwise which of the two counts is not for the reader to pick.
    // (After the figure a correction gives, a figure with no cue explains it: it is no rival.)
    const explains = vocab.patterns.correction.test(text) && !correcting;
    const taken = candidates.length || explains ? undefined : [...(ctx.fallback ?? [])].find((k) => filled.has(k) && fits(vocab.slots.get(k)!, q));
    if (taken && vocab.slots.get(taken)!.adds) {
      assigned.set(q, taken);
      continue;
    }
    // (Only people are counted twice like this; a second 一次 or 3个月 with no cue is something else.)
    const rival = taken && q.type === "count" ? [...assigned].find(([o, k]) => k === taken && o.type === q.type)?.[0] : undefined;
    unplaced.push({ quantity: q, candidates: rival ? [taken!] : candidates, ...(rival ? { rival } : {}) });
  }

  const dropUnplaced = (q: Quantity) => {
    const at = unplaced.findIndex((u) => u.quantity === q);
    if (at >= 0) unplaced.splice(at, 1);
  };
  // 四万多，具体41800: the exact figure after a rough one of its kind is that fact, the rough one dropped.
  for (const [i, rough] of quantities.entries()) {
    const exact = quantities[i + 1];
    if (!rough.approx || !exact || exact.approx || (exact.type !== rough.type && exact.type !== "number" && rough.type !== "number") || !vocab.patterns.exactly.test(text.slice(boundedEnd(rough), exact.start))) continue;
    const key = assigned.get(rough) ?? unplaced.find((u) => u.quantity === rough)?.candidates[0];
    if (!key) continue;
    assigned.delete(rough);
    assigned.set(exact, key);
    for (const q of [rough, exact]) dropUnplaced(q);
  }
  for (const q of partsOfAWhole(text, assigned, vocab)) assigned.delete(q);
  for (const e of leftOut(text, quantities, assigned, vocab, ctx.earlier)) {
    assigned.delete(e.total);
    assigned.set(e.kept, e.slot);
    for (const q of [...e.out, ...e.again]) {
      assigned.delete(q);
      dropUnplaced(q);
    }
    notes.push(`共${e.total.text}，其中${e.out.map((q) => q.text).join("、")}不计入，按${e.kept.value}人计算`);
  }
  const where: SlotReading["where"] = {};
  for (const p of phrases) where[p.slot] = { start: p.start, end: p.end };
  for (const [q, key] of assigned) {
    const slot = vocab.slots.get(key)!;
    if (q.negative) {
      invalid.push(`“${q.text}”不能是负数`);
      continue;
    }
    const cue = cueOf.get(q);
    where[key] = cue ? { start: Math.min(cue.start, q.start), end: Math.max(cue.end, q.end) } : { start: q.start, end: q.end };
    if (q.approx) {
      const low = valueFor(slot, { ...q, value: q.low! });
      const high = valueFor(slot, { ...q, value: q.high! });
      // 两年多 + 4个月: a rough period adds up with the others into a rough total.
      const other = slot.adds ? approximate.find((x) => x.slot === key) : undefined;
      if (other) Object.assign(other, { low: (other.low as number) + (low as number), high: (other.high as number) + (high as number) });
      else approximate.push({ quantity: q, slot: key, low, high });
      continue;
    }
    // 那要是再多留一个呢: one more than the count known.
    const lead = text.slice(Math.max(0, (cue && cue.start < q.start ? cue.start : q.start) - 2), cue && cue.start < q.start ? cue.start : q.start);
    const sign = slot.type === "count" ? (vocab.patterns.moreBy.test(lead) ? 1 : vocab.patterns.fewerBy.test(lead) ? -1 : 0) : 0;
    if (sign) {
      changes[key] = sign * (valueFor(slot, q) as number);
      continue;
    }
    if (slot.adds && raw.has(key) && typeof raw.get(key) === "number") {
      // 之前交了两年，现在又交了5个月: the periods add up.
      raw.set(key, (raw.get(key) as number) + (valueFor(slot, q) as number));
      said[key] = `${said[key]}+${q.text}`;
      continue;
    }
    raw.set(key, valueFor(slot, q));
    said[key] = q.text;
  }

  // An exact period added to rough ones makes the total rough.
  for (const x of approximate) {
    const exact = raw.get(x.slot);
    if (vocab.slots.get(x.slot)!.adds && typeof exact === "number") {
      Object.assign(x, { low: (x.low as number) + exact, high: (x.high as number) + exact });
      raw.delete(x.slot);
    }
  }
  const values: Record<string, unknown> = {};
  for (const [key, value] of raw) {
    const one = SlotValuesSchema.shape[key].safeParse(value);
    if (one.success) values[key] = one.data;
    else invalid.push(one.error.issues[0]?.message ?? `${vocab.slots.get(key)!.label}无效`);
  }
  const beyond = implausible(vocab, values as SlotValues, said);
  if (beyond.length) invalid.push(implausibleQuestion(vocab, beyond));
  for (const x of beyond) delete values[x.slot];
  const doubted = beyond.map((x) => x.slot);
  const mentioned = [...new Set(cues.filter((c) => c.cue.role && !(c.cue.slot in values)).map((c) => c.cue.slot))];
  for (const k of Object.keys(said) as SlotKey[]) if (!(k in values)) delete said[k];
  for (const k of Object.keys(where) as SlotKey[]) if (!(k in values) && !approximate.some((x) => x.slot === k)) delete where[k];
  const figures = quantities.map((q) => ({ quantity: q, ...(assigned.has(q) ? { slot: assigned.get(q)! } : {}) }));
  const contested = unplaced.length > 0 || quantities.some((q) => new Set(pairs.filter((p) => p.q === q).map((p) => p.slot)).size > 1);
  return { values: values as SlotValues, unplaced, approximate, invalid, mentioned, namesUsed, notes, said, where, figures, things, groups: [], contested, doubted, changes };
}

/**
 * Spans naming things, in order, one per thing: another value is another thing (育婴员五级 … 四级), the
 * same value again only after a word joining a second one (电工初级和焊工初级, 又考了); 中级电工证（四级）
 * and 技师，二级 are one thing said twice.
 */
function distinctThings<T extends Span>(text: string, spans: T[], valueOf: (span: T) => unknown): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const kept: T[] = [];
  for (const x of sorted) {
    const prev = kept.at(-1);
    if (!prev || valueOf(prev) !== valueOf(x) || ANOTHER.test(text.slice(prev.end, x.start))) kept.push(x);
  }
  return kept;
}

/** Words joining a second thing to the first. */
const ANOTHER = /[和、及与又还]|以及|另外/;

/**
 * Figures of a slot that adds up which are parts of a whole also said: beside 一共交了12万 the 单位交了8万
 * is a part, and so is 其中8万 after 12万. Those are dropped so the whole is counted once.
 */
function partsOfAWhole(text: string, assigned: Map<Quantity, SlotKey>, vocab: Vocabulary): Quantity[] {
  const parts: Quantity[] = [];
  const bySlot = new Map<SlotKey, Quantity[]>();
  for (const [q, key] of assigned) if (vocab.slots.get(key)!.adds && !q.approx) bySlot.set(key, [...(bySlot.get(key) ?? []), q]);
  for (const figures of bySlot.values()) {
    if (figures.length < 2) continue;
    figures.sort((a, b) => a.start - b.start);
    const lead = (i: number) => text.slice(i > 0 ? figures[i - 1]!.end : Math.max(0, figures[i]!.start - 12), figures[i]!.start);
    const whole = figures.findIndex((_, i) => vocab.patterns.total.test(lead(i)));
    figures.forEach((q, i) => {
      if (whole >= 0 ? i !== whole : i > 0 && vocab.patterns.subset.test(lead(i))) parts.push(q);
    });
  }
  return parts;
}

/** “四” as the whole answer to the bot's question: a figure, though a Chinese digit alone is not one elsewhere. */
function bareAnswer(text: string, ctx: SlotContext): Quantity[] | null {
  if (!ctx.requested?.length) return null;
  const bare = text.replace(/[\s，,。.!！~～了吧啊呀的]+$/g, "").trim();
  const n = bare && numeralAt(bare, 0);
  if (!n || n.end !== bare.length || n.approx) return null;
  return [{ type: "number", value: n.value, figure: n.value, text: bare, start: 0, end: bare.length, unit: "" }];
}

/**
 * 招了小李和老王: people called by name, two or more in a row, are a count of them (slots.yaml `persons.named`);
 * a count right after them restates it (王姐、李师傅、小刘三个登记失业的: the names and 三个 are one count).
 */
function withPeopleNamed(text: string, vocab: Vocabulary, quantities: Quantity[]): Quantity[] {
  let out = quantities;
  for (const m of text.matchAll(vocab.namedPeople.list)) {
    const end = m.index + m[0].length;
    const restated = out.find((q) => q.type === "count" && q.start >= end && q.start - end <= 2);
    const value = restated?.value ?? m[0].match(vocab.namedPeople.one)!.length;
    const named: Quantity = { ...(restated ?? { type: "count", figure: value, unit: "人" }), value, text: text.slice(m.index, restated?.end ?? end), start: m.index, end: restated?.end ?? end };
    out = [...out.filter((q) => q !== restated), named].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** The one slot of the vocabulary a figure of this type can fill, if only one can. */
function soleSlotFor(q: Quantity, vocab: Vocabulary): SlotKey | undefined {
  if (q.type === "number") return undefined;
  const able = [...vocab.slots.values()].filter((s) => !s.cued && fits(s, q));
  return able.length === 1 ? able[0]!.key : undefined;
}

/** A figure an asked-for slot takes from a bare answer: 6 for 见习月数 as well as 6个月. */
function requestedFits(slot: Slot, q: Quantity): boolean {
  if (fits(slot, q)) return true;
  return q.type === "number" && ["months", "days", "times", "percent"].includes(slot.type);
}

/** 是2万4，不是4万2: a figure said not to be the one is no fact (是不是3个月 asks). */
const DENIED = /(?<!是)不是$/;

/** A count of things, not people: 一个就业帮扶车间, 开了个做餐饮的小公司, 十几头牛. */
function ofThings(q: Quantity, text: string, vocab: Vocabulary): boolean {
  // (二十来只羊: a word of roughness may stand before the measure.)
  const after = text.slice(q.end).replace(/^[来多余]/, "");
  if (q.type === "count" && !/[人名位]/.test(q.unit)) return vocab.notPeople.test(after);
  return q.type === "number" && vocab.thingMeasures.test(after);
}

/** The words of a figure's clause after it (其中4个是自己辞职的，…: 是自己辞职的). */
const clauseAfter = (text: string, q: Quantity) => text.slice(q.end).split(/[，,。；;！!？?]/)[0]!;

/**
 * 走了7个，其中4个是自己辞职的，不符合领失业金条件: counts after a slot's count whose clause says
 * they are not of it (the slot's `except` words) are taken from it. Not when the slot's figure is
 * said after them (…另外3个能领失业金: that is the figure already).
 */
interface LeftOut {
  slot: SlotKey;
  /** The count said, what is left of it, the counts taken from it, and those left said again. */
  total: Quantity;
  kept: Quantity;
  out: Quantity[];
  again: Quantity[];
}

function leftOut(text: string, quantities: readonly Quantity[], assigned: ReadonlyMap<Quantity, SlotKey>, vocab: Vocabulary, earlier: Readonly<SlotValues> = {}): LeftOut[] {
  const found: LeftOut[] = [];
  // (有一个是自己辞职的, after 走了3个 in an earlier message: the count said before is the whole.)
  const saidNow = new Set(assigned.values());
  const before = [...vocab.slots.values()].flatMap((slot): [Quantity, SlotKey][] => {
    const value = earlier[slot.key];
    return slot.except && typeof value === "number" && !saidNow.has(slot.key) ? [[{ type: "count", value, figure: value, text: `${value}人`, start: -1, end: -1, unit: "人" }, slot.key]] : [];
  });
  for (const [total, key] of [...assigned, ...before]) {
    const except = vocab.slots.get(key)!.except;
    if (!except || total.type !== "count") continue;
    const out = quantities.filter((q) => q !== total && q.type === "count" && q.start > total.end && except.test(clauseAfter(text, q)));
    const sum = out.reduce((n, q) => n + q.value, 0);
    if (!out.length || sum > total.value) continue;
    const { approx: _approx, low: _low, high: _high, ...exact } = total;
    const kept = { ...exact, value: total.value - sum, text: `${total.value - sum}人` };
    // (…另外3个能领失业金: those left, said again, are the same figure.)
    const again = quantities.filter((q) => q.type === "count" && q.start > out.at(-1)!.end && q.value === kept.value && !assigned.has(q));
    found.push({ slot: key, total, kept, out, again });
  }
  return found;
}

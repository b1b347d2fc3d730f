// A message read once, into everything the router needs: the facts it states (by type and cue, or
// as the answer to the bot's own question), the policies it names, what it asks, and whether it
// corrects, follows up or only greets. Nothing here decides what to answer.
import { FactsSchema, type FactKey, type Facts } from "../../calculators/facts.js";
import { rankRules, regionsOf, rulesNamed } from "../../calculators/registry.js";
import type { Rule } from "../../calculators/rule.js";
import type { Corpus } from "../../knowledge/corpus.js";
import { numeralAt } from "../../knowledge/numerals.js";
import type { Period } from "../../knowledge/parameters.js";
import type { Reading } from "../../knowledge/terms.js";
import { isThanks, statesOnlyPlace } from "../smalltalk.js";
import { DECIDED_FROM, deriveFacts, IMPLIED } from "./derive.js";
import type { SlotKey, SlotValues } from "./slot-values.js";
import { withGroups } from "./groups.js";
import { destinationsIn } from "../scope.js";
import { readSlots, type Group, type NameSpan, type SlotReading } from "./slots.js";
import type { AskKind, Vocabulary } from "./vocabulary.js";

export interface InterpretContext {
  /** The rule of the calculation under way. */
  active?: Rule | undefined;
  /** The slots the bot just asked for. */
  requested?: readonly SlotKey[];
  /** Slots already known in the conversation. */
  known?: ReadonlySet<SlotKey>;
  /** Slots the previous message gave. */
  recent?: readonly SlotKey[];
  /** The facts known so far in the conversation. */
  earlier?: SlotValues;
  /** Place names the message mentions (they say where, not what). */
  placeNames?: readonly string[];
  /** Provinces of the places the user went to (去浙江打工). */
  destinations?: readonly string[];
  /** Jurisdictions of the user's region: their rules are preferred. */
  regions?: ReadonlySet<string> | undefined;
  /** The rule of the policy last discussed: facts given now are read for it. */
  topicRule?: Rule | undefined;
  /** Facts given earlier with no calculation under way: with this message's, they point to a rule. */
  pending?: SlotValues;
  /** Groups of people counted earlier: their count and facts point to a rule as well. */
  groups?: readonly Group[];
  /** How many people were counted earlier (其他的都达到了 speaks of the rest of them). */
  people?: number | undefined;
  /** Today (YYYY-MM-DD): what 去年的标准 means. */
  today?: string;
}

export interface Understanding {
  /** The message, normalised. */
  text: string;
  /** The message without the words pointing back at the policy (这笔钱, 这个补贴): what it asks about it. */
  topical: string;
  reading: SlotReading;
  /** The rules' facts the reading's values come to (今年毕业 → 毕业年度高校毕业生). */
  derived: Facts;
  /** The year whose figures the question is about (按2023年的标准), if it names one. */
  period: Period | null;
  /** The period asked about is a year written out (2026年稳岗返还), not 今年 / 去年. */
  yearWritten: boolean;
  /** Policy names the message asks about; names that are facts (领过技能提升补贴) are left out. */
  names: Reading[];
  /** Rules those names name, exactly or through a slip. */
  named: Rule[];
  mistyped: Rule[];
  /** Rules the names and facts point to, best first (several on the best score: ambiguous). */
  ranked: Rule[];
  asks: ReadonlySet<AskKind>;
  /** The message asks something (吗, 多少, 怎么 …), whatever it is. */
  question: boolean;
  /** Facts stated as the user's own situation (我, 已经, 去年), not a question about a rule. */
  situated: boolean;
  /** Facts of the user's were noted in earlier turns, with no calculation (我在鸡西，厂子黄了 … 失业金能给多少): a question now is about them. */
  noted: boolean;
  followup: boolean;
  anaphora: boolean;
  /** A figure of the user's own (参保50人), or a figure that could not be used. */
  figures: boolean;
  /** Any fact stated. */
  stated: boolean;
  /** Slots said that are words of the question (`transient`: 每人每月, 招了), no facts of the user's situation. */
  questionSlots: ReadonlySet<SlotKey>;
  /**
   * A time the rule requires is asked (要在外省干几个月才能领, 社保得交够几个月): a slot of time is
   * spoken of with no figure of the user's, and a time is asked — a question about the rule's condition.
   */
  asksRequirement: boolean;
  /**
   * Besides its facts, the message holds words of the documents (平凉 零就业家庭 帮扶, 大庆 毕业生
   * 档案 办结时限): a search in keywords, not a turn that only gives facts.
   */
  keywords: boolean;
  /** Of those words, some beyond the topic's general ones (社区工作者, 倾斜): a subject the rules may not compute. */
  otherSubject: boolean;
  /** A policy named is computed from a sum of the user's own (工资, 最低工资, 缴费): its standard is a share of it. */
  needsOwnSum: boolean;
  /** Asks what one would get (能领多少, 给多少), not what the standard is (标准是多少). */
  receives: boolean;
  /** Asks whether there is such a benefit (有补贴吗, 也有吗) and no amount: what the documents say of it. */
  asksExists: boolean;
  /**
   * The policy named pays a set standard (每人1000元) that needs no sum of the user's, and they said
   * nothing of their own situation: its amount asked is answered with the standard, not by asking facts.
   */
  standardOnly: boolean;
  help: boolean;
  thanks: boolean;
  /** The user does not know a fact yet (还没定, 不清楚): a calculation under way waits for it. */
  unsure: boolean;
  /** Where the user's own application stands (审核到哪一步了): no document says. */
  ownCase: boolean;
  /** Whether another kind of person or unit is covered too (干公益岗的也算不). */
  kindAsked: boolean;
  /** The message only describes the user (我们是做保洁的公司): no question, no request (帮我写…), no topic the documents do not cover. */
  describes: boolean;
  placeOnly: boolean;
  /** Asks what applies to the user's situation (能享受哪些政策, 一共能拿多少): a screening, when no policy is named. */
  screens: boolean;
  /** The screening is asked in a sentence naming no policy, those named before being the situation (厂里办了就业帮扶车间。…能享受哪些补贴). */
  screensApart: boolean;
  /** Asks how regions differ (对比, 有什么不同), and whether of every region (各地, 三个地方). */
  comparing: boolean;
  everywhere: boolean;
  /** The number of a policy of the list just given that it points at (第二项 → 2), if any. */
  item: number | null;
  /**
   * Asks about a topic the documents do not cover (交多少个税, 房贷怎么算), naming none of their
   * policies: the topic stands next to the asking words. Mentioned further off (坐高铁回来的，路费能报吗), it is a fact.
   */
  outside: boolean;
}

/** 第一次, 一次, 一批: an ordinal, a number of times or a vague amount says when or how many, not what about. */
const ORDINAL = /^第?[一二三四五六七八九十两几\d]+[次回遍批些]?$/;

/** The words the documents use that stand outside the facts and places of the text. */
function wordsBesides(corpus: Corpus, text: string, reading: SlotReading, places: readonly string[]): string[] {
  // (A figure is no keyword, even one said again: 初级证，五级的.)
  const filled = reading.figures.map((f) => f.quantity.text);
  // (焊工中级, 电工初级: the things said, occupation and all, are facts' words too.)
  const taken = [...Object.values(reading.where).map((span) => text.slice(span!.start, span!.end)), ...filled, ...places, ...reading.things.map((t) => t.text)];
  return corpus.index.coverage(text).words.filter((w) => w.length >= 2 && corpus.index.uses(w) && !ORDINAL.test(w) && !taken.some((t) => t.includes(w)));
}

/** 第二项怎么算的 → 2: the number in the first wording of `item` found. */
function itemAsked(text: string, vocab: Vocabulary): number | null {
  const digits = text.match(vocab.patterns.item)?.slice(1).find((g) => g !== undefined);
  return digits ? (numeralAt(digits, 0)?.value ?? null) : null;
}

/** Characters between a topic and the words asking about it (个税要交多少: 1). */
const NEAR_ASK = 2;

/** Words between a fact's word and 怎么算 (裁员率是怎么算的). */
const BEFORE_RECKONED = /(?:的|是|要|该|应该|应当|得)*$/;

/** 月均参保人数怎么算: a wording of `reckoned`, right after a role word of a fact that is no policy's name. */
function reckonsFact(text: string, start: number, end: number, vocab: Vocabulary, names: readonly NameSpan[]): boolean {
  if (!vocab.dialogue.reckoned.includes(text.slice(start, end))) return false;
  const before = text.slice(0, start).replace(BEFORE_RECKONED, "");
  const cue = vocab.cues.find((c) => c.role && before.endsWith(c.word));
  return cue !== undefined && !names.some((n) => n.end === before.length && n.start <= before.length - cue.word.length);
}

/** What opens a clause before the situation it asks about (那要是…咋办). */
const SITUATION_LEAD = /^(?:那么|那|要是|如果|假如|万一|但是|可是)+/;

/**
 * 有小数咋办 / 钱不够了咋整: a wording of `what_to_do` after a situation of a few words — no policy's
 * name in its clause, no word pointing back at one (这个钱咋整 asks how to get it).
 */
function afterSituation(text: string, start: number, end: number, vocab: Vocabulary, names: readonly NameSpan[]): boolean {
  if (!vocab.dialogue.what_to_do.includes(text.slice(start, end))) return false;
  const from = Math.max(...[...text.slice(0, start).matchAll(/[，,。；;！!？?\s]/g)].map((m) => m.index + 1), 0);
  const situation = text.slice(from, start).replace(SITUATION_LEAD, "");
  return situation.length >= 2 && !names.some((n) => n.start < start && n.end > from) && !vocab.patterns.anaphora.test(situation);
}

/**
 * What the question asks, and where: each way of asking found in the text, the longer of two that
 * overlap kept (能领多少个月 asks a time, not an amount).
 */
function askSpans(text: string, vocab: Vocabulary, names: readonly NameSpan[] = []): Array<{ kind: AskKind; start: number; end: number; literal: boolean }> {
  const match = (t: string) =>
    vocab.asksGlobal
      .flatMap(({ kind, pattern, literal }) => [...t.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length, literal: literal.has(m[0]) })))
      // 十几年 and 领了几个月 state a figure, roughly; they ask nothing.
      .filter((f) => !(t[f.start] === "几" && /[\d十百千万一二三四五六七八九两了过好]/.test(t[f.start - 1] ?? "")))
      // 剩下几个月的见习补贴还给不给: a time that names the thing asked about asks no time (领几个月的 does).
      .filter((f) => !(f.kind === "duration" && /[几多]/.test(t[f.start]!) && t[f.end] === "的" && !/[领拿受补给发]/.test(t[f.start - 1] ?? "")))
      // 全市要输转多少万人: how many people, not how much money (a count the plan sets out).
      .filter((f) => !(f.kind === "amount" && t.slice(f.end - 2, f.end) === "多少" && /^万?[人名户位]/.test(t.slice(f.end))))
      // 裁员率咋算的: how one of the user's facts is reckoned — what the documents say of it, no amount.
      .filter((f) => !(f.kind === "amount" && reckonsFact(t, f.start, f.end, vocab, names)))
      // 钱到账了 / 已经打到卡上了: how it is paid, said as done — told, not asked.
      .filter((f) => !(f.kind === "procedure" && /^(?:[^，,。；;！!？?\s]{0,4}?)了(?:[，,。；;！!\s]|$)/.test(t.slice(f.end)) && !vocab.patterns.question.test(t.slice(f.start))));
  // 稳岗返还有没有份: words begun inside a policy's name (还有没有) are not the asking; the words after the
  // name are read again on their own, and only when they say nothing else (补贴多少) is the wording kept.
  let found = match(text);
  const inName = (f: (typeof found)[number]) => names.find((n) => n.start < f.start && f.start < n.end && f.end > n.end);
  if (found.some(inName)) {
    let blanked = text;
    for (const n of names) blanked = blanked.slice(0, n.start) + "\u3000".repeat(n.end - n.start) + blanked.slice(n.end);
    const again = match(blanked);
    found = found.flatMap((f) => {
      const n = inName(f);
      if (!n) return [f];
      const after = again.filter((g) => g.start >= n.end && g.start < f.end);
      return after.length ? after : [{ ...f, start: n.end }];
    });
  }
  // Longest first; of the same length, a wording said as listed before one matching only its shape.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.literal) - Number(a.literal));
  const kept: typeof found = [];
  // (能一块领不: whether two combine qualifies the asking it stands in — kept beside it, not instead.)
  const beside = (f: (typeof found)[number]) => f.kind === "combine";
  for (const f of found) if (beside(f) || !kept.some((k) => !beside(k) && k.start < f.end && f.start < k.end && k.kind !== f.kind)) kept.push(f);
  return kept.map(({ kind, start, end, literal }) => ({ kind, start, end, literal }));
}

/** Facts stated outside the words about using the bot (我头一回用，咋问: 头一回 is of the using, no fact of the user's). */
function statesBesidesUsage(text: string, vocab: Vocabulary, stated: boolean): boolean {
  if (!stated) return false;
  const rest = text.replace(vocab.patterns.usageGlobal, "，");
  return Object.keys(readSlots(rest, vocab, {}, [], []).values).length > 0;
}

/**
 * The kinds of thing a text asks (多少 → amount, 谁负责 → department), as the sentence to quote is
 * chosen by them: 有小数咋办 asks what is said of that situation, not the sentence on how to apply.
 */
export function asksIn(corpus: Corpus, text: string, vocab: Vocabulary): Set<AskKind> {
  const names = spans(text, corpus.terms.policyNames(text));
  return new Set(askSpans(text, vocab, names).filter((a) => !(a.kind === "procedure" && afterSituation(text, a.start, a.end, vocab, names))).map((a) => a.kind));
}

/** The slots a rule's facts are read from (its facts, and what they are decided from). */
export function slotsOf(rule: Rule): Set<SlotKey> {
  return new Set<SlotKey>(rule.facts.flatMap((f) => [f, ...(DECIDED_FROM[f] ?? [])]));
}

const SENTENCE_END = /[。！？!?；;]/;

/** Whether the words `pattern` finds stand in a sentence of their own, none of these names in it. */
function askedApart(text: string, pattern: RegExp, names: readonly NameSpan[]): boolean {
  const m = pattern.exec(text);
  if (!m) return false;
  let from = m.index;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  const rest = text.slice(m.index).search(SENTENCE_END);
  const to = rest < 0 ? text.length : m.index + rest;
  return from > 0 && !names.some((n) => n.start < to && n.end > from);
}

/** Where each name stands, for telling names that are facts from names that are topics. */
/** Where each policy name stands — every time it is said (扩岗补助的事…已经申过一次扩岗补助). */
function spans(text: string, names: readonly Reading[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const n of names) {
    for (let at = text.indexOf(n.source); at >= 0 && n.source; at = text.indexOf(n.source, at + n.source.length)) {
      if (!out.some((o) => o.start === at && o.term === n.meaning)) out.push({ term: n.meaning, start: at, end: at + n.source.length });
    }
  }
  return out;
}

/** A short yes or no (是的 / 没有) as the whole message. */
function yesOrNo(text: string, vocab: Vocabulary, yesNoAsked = false): boolean | null {
  const bare = text.replace(/[\s，,。.!！?？~～啊呀吧的了]+$/g, "").replace(/^[\s，,]+/, "");
  // (是的，已经拿了 / 对，取得了: the answer is the opening word; what follows says it again.)
  const head = yesNoAsked ? bare.split(/[\s，,。.!！]/)[0]! : bare;
  if (head.length > 6 || vocab.patterns.unsure.test(bare)) return null;
  const exact = (list: readonly string[]) => list.some((w) => head === w || (head.startsWith(w) && head.length <= w.length + 2));
  if (exact(vocab.dialogue.no)) return false;
  if (exact(vocab.dialogue.yes)) return true;
  // (拿到了 / 有证 / 还没考: a short reply to a yes-or-no question says yes, or no when it negates.)
  if (!yesNoAsked || bare.length > 6 || /\d/.test(bare) || vocab.patterns.question.test(text)) return null;
  return !vocab.dialogue.negators.some((n) => bare.includes(n));
}

const RELATIVE_YEARS: Readonly<Record<string, number>> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };
const RELATIVE_YEAR = new RegExp(Object.keys(RELATIVE_YEARS).join("|"), "g");

/**
 * 按2023年的标准 / 去年的政策 / 2026年稳岗返还: the year of the figures asked about; a year said of a fact
 * (2022年毕业) is none. (A policy named right after a year written out, 2026年(的)稳岗返还, is of that year.)
 */
function periodAsked(text: string, reading: SlotReading, vocab: Vocabulary, names: readonly NameSpan[], places: readonly string[], today?: string): { period: Period; written: boolean } | null {
  const dated = (start: number, end: number) => vocab.patterns.dated.test(text.slice(end)) || vocab.patterns.datedBefore.test(text.slice(0, start));
  // (2025年黑龙江失业保险费率: a place, or 的, may stand between.)
  const between = (from: number, to: number) => places.reduce((t, p) => t.replaceAll(p, ""), text.slice(from, to)).replace(/的/g, "") === "";
  const written = reading.figures.find((f) => f.quantity.type === "year" && (dated(f.quantity.start, f.quantity.end) || names.some((n) => n.start >= f.quantity.end && between(f.quantity.end, n.start))))?.quantity.value;
  const year = written ?? [...text.matchAll(RELATIVE_YEAR)].filter((m) => today && dated(m.index, m.index + m[0].length)).map((m) => Number(today!.slice(0, 4)) + RELATIVE_YEARS[m[0]]!)[0];
  return year === undefined ? null : { period: { from: `${year}-01-01`, to: `${year}-12-31` }, written: written !== undefined };
}

function rank(corpus: Corpus, vocab: Vocabulary, reading: SlotReading, named: Rule[], mistyped: Rule[], values: SlotValues, asks: ReadonlySet<AskKind>, regions?: ReadonlySet<string>, onlyFacts = false) {
  const { facts } = deriveFacts(values, vocab.bounds);
  // What a fact implies (脱贫户 are a 困难家庭) does not point to a rule; what was said does.
  // …nor does a fact decided from another fact already counted, said or not (考了个专项职业能力证书: its level).
  const counted = (f: string) => f in values && f in FactsSchema.shape;
  const stated = new Set((Object.keys(facts) as FactKey[]).filter((k) => (k in values || !(k in IMPLIED)) && !(DECIDED_FROM[k] ?? []).some(counted)));
  for (const x of reading.approximate) if (x.slot in FactsSchema.shape) stated.add(x.slot as FactKey);
  if (values.destinationProvince) stated.add("crossProvince");
  // A fact named without a figure (路费能报吗) points to its rule when an amount or eligibility is asked.
  const hinted = new Set<FactKey>(asks.has("amount") || asks.has("duration") || asks.has("eligibility") ? (reading.mentioned.filter((m) => !(m in values)) as FactKey[]) : []);
  return rankRules(corpus.parameters, named.filter((r) => !mistyped.includes(r)), stated, mistyped, regions, hinted, onlyFacts && (asks.has("amount") || asks.has("eligibility")));
}

export function interpret(corpus: Corpus, vocab: Vocabulary, text: string, ctx: InterpretContext = {}): Understanding {
  const readings = corpus.terms.policyNames(text);
  const askedAt = askSpans(text, vocab, spans(text, readings));
  const asks = new Set<AskKind>(askedAt.map((a) => a.kind));
  const allNamed = rulesNamed(readings.map((r) => r.meaning));
  // (With no rule in play but people counted before, a screening's: 再加2个人呢 counts more of them.)
  const forRule = (rule: Rule | undefined) => (rule ? { preferred: slotsOf(rule), fallback: new Set<SlotKey>(rule.facts) } : ctx.people !== undefined ? { fallback: new Set<SlotKey>(["people"]) } : {});
  const read = (rule: Rule | undefined) =>
    readSlots(text, vocab, { ...forRule(rule), ...(ctx.requested ? { requested: ctx.requested } : {}), ...(ctx.known ? { known: ctx.known } : {}), ...(ctx.recent ? { recent: ctx.recent } : {}), ...(ctx.earlier ? { earlier: ctx.earlier } : {}) }, spans(text, readings), askedAt);
  // Read for the rule in play (under way, named, or last discussed); with none, read once to find it, then again for it.
  let inPlay = ctx.active ?? (allNamed.length === 1 ? allNamed[0] : undefined) ?? (allNamed.length ? undefined : ctx.topicRule);
  let reading = read(inPlay);
  // 去年裁了7个，稳岗返还还能申请吗: after figures of the user's own, a wording of both asks whether they qualify, not whether the policy still runs.
  const eitherWay = askedAt.filter((a) => a.kind === "validity" && vocab.patterns.eligibilityWhole.test(text.slice(a.start, a.end)));
  if (eitherWay.length && Object.values(reading.values).some((v) => typeof v === "number")) {
    for (const a of eitherWay) a.kind = "eligibility";
    asks.clear();
    for (const a of askedAt) asks.add(a.kind);
  }
  const withDestination = (r: SlotReading): SlotValues => (ctx.destinations?.length && r.values.crossProvince === undefined ? { ...r.values, destinationProvince: ctx.destinations[0]! } : r.values);
  // A name inside a fact's wording is the fact's words — unless it is the only name, the message asks
  // about it, and the wording is more than the name (现在领失业金，一个月能领多少).
  // (一个月按标准能发多少 asks the figure too.)
  const asksFigure = asks.has("amount") || asks.has("duration") || asks.has("eligibility") || asks.has("standard");
  const topics = (r: SlotReading) => {
    const used = new Set(r.namesUsed.map((n) => n.term));
    const left = readings.filter((n) => !used.has(n.meaning));
    // A name is a fact only where every mention of it is (问下扩岗补助，…已经用他申过扩岗补助了: still the topic).
    const mentions = spans(text, readings);
    const placing = new Set(r.namesUsed.filter((n) => n.fact && mentions.filter((m) => m.term === n.term).every((m) => r.namesUsed.some((u) => u.fact && u.start === m.start))).map((n) => n.term));
    const names = left.length || !asksFigure ? left : readings.filter((n) => !placing.has(n.meaning));
    return { names, named: rulesNamed(names.map((n) => n.meaning)), mistyped: rulesNamed(names.filter((n) => n.fuzzy).map((n) => n.meaning)) };
  };
  let about = topics(reading);
  // The name it was read for turned out to be a fact's words (领了几个月失业金): read for the topic instead.
  if (!ctx.active && inPlay && allNamed.includes(inPlay) && !about.named.includes(inPlay)) {
    inPlay = about.named.length === 1 ? about.named[0] : about.named.length ? undefined : ctx.topicRule;
    reading = read(inPlay);
    about = topics(reading);
  }
  const grouped = (gs: readonly Group[]): SlotValues => (gs.length ? Object.assign({ people: gs.reduce((n, g) => n + g.people, 0) }, ...gs.map((g) => g.values)) : {});
  const situation = (r: SlotReading) => ({ ...grouped(ctx.groups ?? []), ...ctx.pending, ...grouped(r.groups), ...withDestination(r) });
  let ranked = rank(corpus, vocab, reading, about.named, about.mistyped, situation(reading), asks, ctx.regions);
  if (!inPlay && ranked.length === 1 && reading.contested) {
    reading = read(ranked[0]);
    about = topics(reading);
    ranked = rank(corpus, vocab, reading, about.named, about.mistyped, situation(reading), asks, ctx.regions);
  }
  reading = { ...reading, values: withDestination(reading) };
  const { names, named, mistyped } = about;
  // 开了个小店干了一年多，能领一次性创业补贴吗: a policy asked about by name that no rule computes is what
  // the question is about, whatever rules its facts would fit.
  const unruled = names.length > 0 && !named.length && !ctx.active;
  if (unruled) ranked = [];
  const rule = inPlay ?? (ranked.length === 1 ? ranked[0] : undefined);
  // A stretch of one group is read as the message is, with the province it says its people worked in.
  const readStretch = (stretch: string): SlotReading => {
    const r = readSlots(stretch, vocab, forRule(rule), spans(stretch, corpus.terms.policyNames(stretch)));
    const went = ctx.destinations?.length ? destinationsIn(corpus, stretch)[0] : undefined;
    return went && r.values.crossProvince === undefined ? { ...r, values: { ...r.values, destinationProvince: went } } : r;
  };
  reading = withGroups(text, reading, vocab, readStretch, ctx.people === undefined ? undefined : { people: ctx.people, known: ctx.known ?? new Set() });

  // 能一起拿吗？最多拿多少: with an amount asked too, the most one may have — not only whether both.
  if (reading.values.combined && asks.has("amount")) {
    const { combined: _asked, ...rest } = reading.values;
    reading = { ...reading, values: rest };
  }
  // 每人每月1350是吧，一共多少钱 / 那10个人都见习了3个月，总共多少: a total asked, not the rate per head and month —
  // whether this message or the one before asked the rate.
  if (vocab.patterns.total.test(text) && asks.has("amount")) reading = { ...reading, values: { ...reading.values, perPersonMonthly: false } };
  // 是的 / 没有 answering the bot's yes-or-no question (没有 to a count: none).
  const asked = ctx.requested?.[0];
  const slot = asked && vocab.slots.get(asked);
  if (slot && !(asked! in reading.values)) {
    // (A reply that names a place, a policy or a fact of its own is not a bare yes.)
    const bareReply = slot.type === "yesno" && !Object.keys(reading.values).length && !readings.length && !(ctx.placeNames ?? []).length;
    const yn = yesOrNo(text, vocab, bareReply);
    if (yn !== null && slot.type === "yesno") reading = { ...reading, values: { ...reading.values, [asked!]: yn } };
    else if (yn === false && ["count", "months", "times"].includes(slot.type)) reading = { ...reading, values: { ...reading.values, [asked!]: 0 } };
  }
  const values = Object.values(reading.values);
  const figures =
    values.some((v) => typeof v === "number") ||
    // (Groups of certificates, 技师、高级技师, are words, not figures of the user's.)
    reading.invalid.length + reading.approximate.length + (reading.things.length ? 0 : reading.groups.length) > 0 ||
    reading.unplaced.some((p) => p.candidates.length > 0);
  // (每人每月, 能一起拿吗: words of the question — `transient` slots — say nothing of the user's situation.)
  const questionSlots = new Set((Object.keys(reading.values) as SlotKey[]).filter((k) => vocab.slots.get(k)?.transient));
  const ofSituation = Object.keys(reading.values).filter((k) => !questionSlots.has(k as SlotKey));
  const stated = ofSituation.length > 0 || reading.invalid.length + reading.approximate.length + reading.groups.length > 0;
  const placeNames = ctx.placeNames ?? [];
  const sumNeeded = (r: Rule) => r.facts.some((k) => vocab.slots.get(k as SlotKey)?.type === "money");
  const noted = Object.keys(ctx.pending ?? {}).length + (ctx.groups?.length ?? 0) > 0;
  const knownFacts = noted || (ctx.known?.size ?? 0) > 0;
  // 我想问一下 asks; it says nothing of the user's situation.
  const situated = vocab.patterns.situated.test(text.replace(vocab.patterns.greetingsGlobal, " "));
  // (Where the user's region does not have the policy, the calculation's answer says so and where it applies.)
  const appliesHere = (r: Rule) => !ctx.regions || regionsOf(corpus.parameters, r, names[0]?.meaning).some((x) => ctx.regions!.has(x));
  // 一共能领多少 asks for the user's own total, which needs their facts (days, people), not the standard.
  const standardOnly = named.length === 1 && asks.has("amount") && !stated && !situated && !knownFacts && !vocab.patterns.total.test(text) && !named.some(sumNeeded) && named.every(appliesHere);
  // (Only a message of facts naming no policy is told apart by them: the others need not be read for it.)
  const besides = stated && !readings.length ? wordsBesides(corpus, text, reading, [...placeNames]) : [];
  // 我考了个证，能补多少: a fact and an amount asked, nothing else but words any question has (补贴) — the rules reading it are the candidates.
  const question = asks.size > 0 || vocab.patterns.question.test(text);
  // 一类行业，基金能支付30个月，能按下调50%交吗: two facts or more of the user's own say what it is about, whatever else is said.
  const factsSay = situated && Object.keys(reading.values).length >= 2;
  // (Whether there is a benefit at all, 招大学生来见习有补贴吗, is not guessed from one fact: the documents are searched.)
  const asksExists = vocab.patterns.exists.test(text) && !asks.has("amount") && !asks.has("duration");
  if (!ranked.length && !unruled && stated && !asksExists && (factsSay || besides.every((w) => corpus.terms.isTopicWord(w)))) ranked = rank(corpus, vocab, reading, named, mistyped, situation(reading), asks, ctx.regions, true);
  const periodSaid = periodAsked(text, reading, vocab, spans(text, readings), ctx.placeNames ?? [], ctx.today);
  return {
    text,
    topical: text.replace(vocab.patterns.anaphoraGlobal, " ").trim(),
    reading,
    derived: deriveFacts(reading.values, vocab.bounds).facts,
    period: periodSaid?.period ?? null,
    yearWritten: periodSaid?.written ?? false,
    names,
    named,
    mistyped,
    ranked,
    asks,
    question,
    situated,
    noted,
    followup: vocab.patterns.followup.test(text),
    anaphora: vocab.patterns.anaphora.test(text),
    figures,
    stated,
    standardOnly,
    questionSlots,
    needsOwnSum: named.some(sumNeeded),
    receives: vocab.patterns.receiving.test(text),
    asksExists,
    keywords: besides.length > 0,
    // (补贴, 打工, 社保 name the subject of any question: they do not make it about something else.)
    otherSubject: !(factsSay && ranked.length) && besides.some((w) => !corpus.terms.isTopicWord(w)),
    asksRequirement: asks.has("duration") && !reading.approximate.length && reading.mentioned.some((k) => ["months", "days"].includes(vocab.slots.get(k)?.type ?? "")),
    // 我不太会用，怎么问你 / 您能帮我算算吗 / 这个咋用啊: about the bot, naming no policy, place or fact,
    // nor a task outside the documents (帮我把这句翻译成英文).
    help:
      vocab.patterns.onlyGreeting.test(text.trim()) ||
      ((vocab.patterns.usage.test(text) || (vocab.patterns.toBot.test(text) && vocab.patterns.botRequest.test(text))) && !readings.length && !statesBesidesUsage(text, vocab, stated) && !placeNames.length && !corpus.terms.outsideAt(text).length),
    thanks: isThanks(text),
    unsure: vocab.patterns.unsure.test(text),
    ownCase: vocab.patterns.ownCase.test(text),
    kindAsked: vocab.patterns.kindAsked.test(text),
    describes: situated && !question && !vocab.patterns.botRequest.test(text) && !corpus.terms.outsideAt(text).length,
    screens: vocab.patterns.screening.test(text),
    screensApart: names.length > 0 && stated && askedApart(text, vocab.patterns.screening, spans(text, names)),
    comparing: vocab.patterns.comparison.test(text),
    everywhere: vocab.patterns.everywhere.test(text),
    item: itemAsked(text, vocab),
    placeOnly: statesOnlyPlace(text, [...placeNames]),
    // Beside the words asking (报销怎么办); within them (能补交不) only when no fact of the user's is said:
    // 去江苏打工4个月，路费能报销吗 asks what a rule gives.
    // (帮我订两张后天的火车票: a message opening with such a topic, a request, is about it.)
    outside: corpus.terms
      .outsideAt(text)
      .some((o) => o.start === 0 || askedAt.some((a) => (o.start >= a.end && o.start - a.end <= NEAR_ASK) || (o.end <= a.start && a.start - o.end <= NEAR_ASK) || (o.start >= a.start && o.end <= a.end && !stated))),
  };
}

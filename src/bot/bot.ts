// The one core every channel talks to: a message in, an Answer out. A message is read (interpret),
// routed (decide), then answered from a rule (calculate) or from the clauses (lookup).
import { policiesStatedIn, regionsOf, ruleById, rulesNamed } from "../calculators/registry.js";
import type { Facts } from "../calculators/facts.js";
import type { Rule } from "../calculators/rule.js";
import type { Corpus } from "../knowledge/corpus.js";
import { jurisdictionsOf, lastDate } from "../knowledge/documents.js";
import type { SearchHit } from "../knowledge/search.js";
import { normalize } from "../knowledge/text.js";
import { chinaDate } from "../knowledge/validity.js";
import { AnswerSchema, type Answer } from "./answer.js";
import { comparedName, comparisonAnswer, type Compared } from "./compare.js";
import { citationOf, notedFacts, REFERRAL, sourceLine } from "./compose.js";
import { label, regionsFor, ruleAnswer, whichRule } from "./calculate.js";
import { ABOUT_THE_RULE, decide, type ConversationState, type Decision, type Where } from "./decide.js";
import { confidence, kindAnswer, lookupAnswer, searchScope, topicAnswer } from "./lookup.js";
import { figureAnswer, statesKind, type FigureKind } from "./policy-figures.js";
import { figureAsked, unstatedFigure } from "./unstated.js";
import { pointedTo, screen } from "./screening/evaluate.js";
import { byRegionAnswer, screeningAnswer, type Listed } from "./screening/answer.js";
import { destinationsIn, documentsFor, nearestUp, openScope, scopeOf, type Scope } from "./scope.js";
import { emptySession, MemorySessionStore, type Session, type SessionStore } from "./sessions.js";
import { acknowledgeAnswer, beyondAnswer, helpAnswer, ownCaseAnswer, thanksAnswer, unknownAnswer } from "./smalltalk.js";
import { FAMILIES, IMPLIED, saidBy } from "./understand/derive.js";
import { interpret, slotsOf, type Understanding } from "./understand/interpret.js";
import type { SlotKey, SlotValues } from "./understand/slot-values.js";
import { implausible, implausibleQuestion } from "./understand/plausible.js";
import { anotherPerson, anotherThing, besideEarlier, recount } from "./understand/groups.js";
import { rangeOf, type Group, type Range } from "./understand/slots.js";
import { vocabularyOf, type Vocabulary } from "./understand/vocabulary.js";

/** What a question asks that a policy's figures answer: what it gives, how long, on what terms (or nothing but its name). */
const FIGURE_ASKS: ReadonlySet<string> = new Set(["standard", "amount", "duration", "condition"]);
/** …and the share of the question's own words the figures' clause must hold. */
const FIGURE_WORDS_FLOOR = 0.5;

// 重新算 / 换个问题: the calculation in progress is forgotten.
const START_OVER = /重新算|重新计算|重来|换个问题|清空|从头开始/g;

/** Longer messages get a polite request to shorten them: no question needs more. */
export const MAX_MESSAGE_CHARS = 1000;

export interface BotOptions {
  corpus: Corpus;
  /** The words people are read with; the corpus's slots.yaml and dialogue.yaml by default. */
  vocabulary?: Vocabulary;
  /** Today's date comes from here, so tests and replays are stable. */
  clock?: () => Date;
  sessions?: SessionStore;
}

export interface ReplyContext {
  /** The region the user is known to be in (profile, deployment default). */
  region?: string | null;
  /**
   * What is known of the conversation's past: "none" (just created), "had" (an id issued earlier:
   * a missing state has expired or was lost), "unknown" (a platform's user in a chat, who may be
   * writing for the first time). Missing means "none": the caller keeps the conversation itself
   * (terminal, batch) and knows it began here.
   */
  history?: History;
}

export interface Bot {
  reply(sessionId: string, text: string, context?: ReplyContext): Promise<Answer>;
}

/** What the conversation knows of the user's situation: a screening's facts, those waiting for a rule, a calculation's. */
const earlierFacts = (session: Session) => ({ ...session.screening?.facts, ...session.pending, ...session.calculation?.facts }) as SlotValues;

/**
 * Answers from the documents, or says they have nothing. When the user's region has nothing on it
 * but another region's documents do — or the question names a policy only other regions have — that
 * rule is shown and marked as not the user's.
 */
/** `focus`: the follow-up, when `question` is it asked of the look-up before (its words choose the sentence quoted). */
function lookupOrUnknown(corpus: Corpus, question: string, scope: Scope, today: string, namedPlace: boolean, topic: string | null, topical: string, asks: ReadonlySet<string> = new Set(), focus?: string): Answer {
  const region = scope.places[0]?.name ?? null;
  const scoped = searchScope(corpus, question, scope);
  const elsewhere = policyElsewhere(corpus, question, scope, scoped);
  if (!elsewhere) {
    const sure = confidence(corpus, question, scoped);
    if (sure && topic && topicSaysAsMuch(corpus, question, topic, scope, scoped)) return topicAnswer(corpus, topical, topic, scope, today, asks);
    // (…交通补助 → 钱是哪块资金里出的: quoted as of the policy discussed — its sentence, not another policy's of the same clause.)
    if (sure) return { ...lookupAnswer(corpus, topic && !corpus.terms.policyNames(question).length ? `${topic} ${question}` : question, scope, scoped, today, { focus }), confidence: sure };
    // A question naming no policy, right after one was discussed, is about that one.
    if (topic) return topicAnswer(corpus, topical, topic, scope, today, asks);
    if (scope.open || namedPlace) return unknownAnswer(corpus, region);
  }
  const other = elsewhere ?? openScope(corpus.documents);
  const hits = searchScope(corpus, question, other);
  const sure = confidence(corpus, question, hits);
  if (!sure) return unknownAnswer(corpus, region);
  const answer = lookupAnswer(corpus, question, other, hits, today, { askRegion: false, focus });
  return { ...answer, confidence: sure, region, text: `${region}适用的文件中没有相关规定。以下是其他地区的规定，不适用于${region}，仅供参考：\n${answer.text}` };
}

/**
 * 在岗的人给上保险吗 after 乡村公益性岗位: a follow-up is about the policy discussed when a clause naming
 * it says as much of the question as the best clause found, which does not name it.
 */
function topicSaysAsMuch(corpus: Corpus, question: string, topic: string, scope: Scope, hits: readonly SearchHit[]): boolean {
  const names = corpus.terms.namesOf([topic]);
  const top = hits[0];
  if (!top || names.some((n) => top.clause.text.includes(n))) return false;
  const theirs = searchScope(corpus, `${topic} ${question}`, scope).find((h) => names.some((n) => h.clause.text.includes(n)));
  const words = corpus.index.coverage(question, scope.mentioned);
  return theirs !== undefined && words.covered(corpus.index.clauseText(theirs.clause)) >= words.covered(corpus.index.clauseText(top.clause));
}

/**
 * When the question names a policy that only other regions' rules have, and the user's region's
 * best clause does not even mention it: the documents that have it.
 */
function policyElsewhere(corpus: Corpus, question: string, scope: Scope, hits: SearchHit[]): Scope | null {
  if (scope.open) return null;
  const named = corpus.terms.policyNames(question).map((r) => r.meaning);
  const rules = rulesNamed(named);
  const here = jurisdictionsOf(scope.documents);
  if (!rules.length || rules.some((r) => regionsOf(corpus.parameters, r).some((g) => here.has(g)))) return null;
  const names = corpus.terms.namesOf(named);
  const top = hits[0]?.clause.text ?? "";
  if (names.some((n) => top.includes(n))) return null;
  const theirs = new Set(rules.flatMap((r) => regionsOf(corpus.parameters, r)));
  return openScope(corpus.documents.filter((d) => theirs.has(d.jurisdiction)));
}

/**
 * The facts so far, updated by this message's: a new group wording replaces the old one whole, and
 * a word of the last question only (能一起拿吗) is not kept once another question is asked — a
 * correction, a bare fact, 那如果裁了5个呢 or 那高级技师呢，最高多少 (the amount asked again, of a fact changed) leaves the
 * question as it was.
 */
function merged(vocab: Vocabulary, before: SlotValues, now: SlotValues, u?: Understanding, answered = false): SlotValues {
  const again = u?.followup && u.stated && [...u.asks].every((k) => k === "amount");
  // (见习补贴留用率70%是什么标准 → answered → 我们10个见习生…: the facts of a new case, not that question's.)
  const asksAnew = !u || (!vocab.patterns.correction.test(u.text) && !again && ((u.question && u.asks.size > 0) || (answered && u.stated)));
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(before).filter(([k]) => !asksAnew || !vocab.slots.get(k as SlotKey)?.transient));
  // (What a replaced wording implied stays: 建档立卡贫困户 then 今年大学毕业 is still a 困难家庭's graduate.)
  const together = { ...out, ...now } as Facts;
  const implied = Object.entries(IMPLIED).filter(([fact, holds]) => !(fact in together) && holds(together));
  for (const family of FAMILIES) {
    const said = family.filter((k) => k in now);
    // (今年招了应届大学生 … 大学生招了五个: a fact the earlier ones say already, said again, describes no one anew.)
    if (said.length && said.every((k) => now[k] === true && saidBy(k, before))) continue;
    if (said.length) for (const k of family) delete out[k];
  }
  for (const [fact, holds] of implied) if (!holds({ ...out, ...now } as Facts)) out[fact] = true;
  return { ...out, ...now } as SlotValues;
}

/** A subsidy the user said they already had, in the facts so far. */
function hadSubsidy(session: Session): string | null {
  const had = session.calculation?.facts.receivedSubsidy ?? session.pending.receivedSubsidy;
  return typeof had === "string" ? had : null;
}

/** The term the user named for a rule (扩岗补助 rather than 吸纳就业补贴), if one: naming both asks for the better of the two. */
function namedTermOf(u: Understanding, rule: Rule): string | undefined {
  const named = [...new Set(u.names.map((n) => n.meaning).filter((n) => rule.terms.includes(n)))];
  return named.length === 1 ? named[0] : undefined;
}

/** A bare answer or figure (6个月, 50人, 是的): no question, no policy named — it meant something only after the earlier turns. */
function leansOnEarlier(d: Decision, u: Understanding): boolean {
  return (d.kind === "lookup" || d.kind === "acknowledge") && !u.question && !u.names.length;
}

export type History = "none" | "had" | "unknown";

/** Said only where the conversation surely had a past; otherwise the user may be writing for the first time. */
const EARLIER_GONE = { had: "之前的对话已过期，没有找到您先前说的情况。", unknown: "没有找到您先前说的情况（如果之前问过，对话可能已过期）。" } as const;

/** The reply when such a message comes after the conversation's state is gone: say so, rather than guess. */
function earlierGone(d: Decision, answered: Answer, history: "had" | "unknown"): Answer {
  const gone = EARLIER_GONE[history];
  // Facts were still noted (acknowledge): the answer asks which policy they are for.
  if (d.kind === "acknowledge") return { ...answered, text: `${gone}${answered.text}` };
  const text = `${gone}请把您的情况和想了解的政策一起再说一遍，例如：“平凉的小微企业，参保50人，去年裁员2人，缴失业保险10万元，稳岗返还多少？”`;
  return { intent: "clarify", region: answered.region, text, citations: [], calculation: null };
}

export function createBot({ corpus, vocabulary = vocabularyOf(corpus), clock = () => new Date(), sessions = new MemorySessionStore() }: BotOptions): Bot {
  const vocab = vocabulary;

  /** The region's documents name the policy, though they set no figure the rule could compute (平凉's 往返交通补助). */
  function mentionedThere(rule: Rule, scope: Scope, named: string | undefined): boolean {
    const names = corpus.terms.namesOf(named ? [named] : rule.terms);
    return !scope.open && scope.documents.some((d) => d.clauses.some((c) => names.some((n) => c.text.includes(n))));
  }

  /** Starts or continues a calculation of `rule` with the facts gathered, and keeps its state. */
  function calculation(session: Session, rule: Rule, values: SlotValues, u: Understanding, scope: Scope, today: string, named: string | undefined, started = false): Answer {
    const applies = regionsFor(corpus, rule, scope, named).length > 0;
    // Facts alone that fit only a rule of elsewhere: noted for the question that will follow.
    // (听人说有个求职创业补贴: the policy named is what the region's documents say of it, below.)
    if (!applies && !u.question && !u.names.some((n) => rule.terms.includes(n.meaning))) {
      session.pending = { ...session.pending, ...u.reading.values };
      return acknowledgeAnswer(vocab, u.reading, scope.places[0]?.name ?? null);
    }
    if (!applies && mentionedThere(rule, scope, named)) {
      session.topic = named ?? rule.terms[0] ?? null;
      const said = lookupOrUnknown(corpus, u.text, scope, today, true, null, u.topical);
      return (session.topic && noStandard(u, session.topic, scope, said)) || said;
    }
    // 科右中旗的，交了两年失业保险，拿了中级证，技能提升补贴给多少钱: an amount asked that the region's documents
    // set no sum for (only 参保1年, 每年3次) is not computed — they do not state it.
    const term = named ?? rule.terms[0]!;
    const unset = figureNotSet(u, rule, term, scope, today, named, `${term} ${u.text}`);
    if (unset) {
      session.topic = term;
      return unset;
    }
    const out = ruleAnswer({
      corpus,
      vocab,
      rule,
      values,
      ranges: session.ranges as Record<string, Range>,
      groups: session.groups as Group[],
      reading: u.reading,
      scope,
      today,
      period: session.period ?? undefined,
      named,
      acknowledge: !u.question && u.stated && !u.names.length,
      whetherOnly: u.asks.has("eligibility") && !u.asks.has("amount") && !u.asks.has("duration"),
    });
    session.calculation = { rule: rule.id, facts: values as Record<string, unknown>, ...(named ? { named } : {}) };
    session.pending = {};
    session.requested = out.requested;
    session.unplaced = out.unplaced;
    session.topic = named ?? rule.terms[0] ?? null;
    // 我们单位新招了3个应届生，有补助吗: whether there is one, the facts not deciding it — its figures, for the
    // case the facts describe, and what would decide it (kept asked for, to compute on). Facts that decide
    // it (an amount, or a no) are the calculation's answer.
    const c = out.answer.calculation;
    const decided = out.answer.intent === "calculate" && (c?.amount != null || c?.eligible === false);
    if (u.asksExists && out.answer.intent !== "unknown" && !decided) {
      const figures = figureAnswer(corpus, rule, term, scope, today, out.answer.citations[0]);
      const needed = c?.missing.length ? `按您的情况核对，还需要知道：${c.missing.join("、")}。` : "";
      if (figures) return { ...figures, text: [figures.text, needed].filter(Boolean).join("\n") };
    }
    // 我们是会计师事务所，稳岗返还能申请不: a first question of whether, its conditions' facts unsaid — what the
    // clause says of such a case, and the facts that would decide it (kept asked for, to compute on).
    // (去年裁了3个人，稳岗返还还能拿不: figures of the user's own case, asking whether it pays, ask for the rest to
    // decide it — not what the clause says; a figure the question names as the condition, 要求的缴费1年, is no case.)
    const ownCase = u.figures && !u.asks.has("condition") && !("combined" in u.reading.values);
    if (started && out.undecided && session.topic && !ownCase) {
      const said = topicAnswer(corpus, u.topical, session.topic, scope, today, u.asks, session.cited);
      if (said.intent === "lookup") return { ...said, text: `${said.text}\n按您的情况核对，还需要知道：${out.undecided.map((k) => label(vocab, k)).join("、")}。` };
    }
    return out.answer;
  }

  /** The facts of a calculation under way, with this message's (and a figure it was asked about). */
  function continued(session: Session, u: Understanding): SlotValues {
    const now: Record<string, unknown> = { ...u.reading.values };
    const asked = session.unplaced;
    if (asked) {
      const meant = u.reading.mentioned.filter((m) => asked.candidates.includes(m) && !(m in now));
      // (十个人是人数还是留用人数？ — 留下来7个: the figure asked about is the other one.)
      const other = asked.candidates.filter((k) => !(k in now));
      if (meant.length === 1) now[meant[0]!] = asked.value;
      else if (other.length === 1 && asked.candidates.some((k) => k in now)) now[other[0]!] = asked.value;
    }
    const before = session.calculation!.facts;
    // (再多留一个: the count known, changed.)
    for (const [k, by] of Object.entries(u.reading.changes)) if (typeof before[k] === "number" && !(k in now)) now[k] = Math.max(0, (before[k] as number) + by!);
    // (A question answered in full asked nothing more: its own words are spent.)
    return merged(vocab, before as SlotValues, now as SlotValues, u, !session.requested.length);
  }

  /**
   * 能享受哪些政策: every policy of the user's region over all the facts they gave (this message's,
   * the screening's before, a calculation's); null, the conversation untouched, when those facts
   * point to no policy there.
   */
  function screening(session: Session, u: Understanding, scope: Scope, today: string): Answer | null {
    const before = earlierFacts(session);
    const facts = merged(vocab, before, u.reading.values, u);
    const situation = { values: facts, groups: session.groups as Group[], ranges: session.ranges as Record<string, Range>, named: u.named };
    const place = scope.places.length === 1 ? scope.places[0]! : undefined;
    const screened = place ? screen(corpus, vocab, place, session.period ?? { from: today, to: today }, situation) : undefined;
    if (place ? !screened!.entries.length && !screened!.ineligible.length : !pointedTo(situation).length) return null;
    // From here the screening is the conversation: its facts are kept for what the user says next.
    const keep = (listed: Listed[], requested: SlotKey[]) => {
      Object.assign(session, { screening: { facts, listed }, calculation: null, pending: {}, unplaced: null, requested });
    };
    const noted = !u.question && u.stated ? notedFacts(vocab, u.reading) : "";
    const ask = (text: string, requested: SlotKey[], replies: string[] = []): Answer => {
      keep([], requested);
      return { intent: "clarify", region: place?.name ?? null, text: `${noted}${text}`, citations: [], calculation: null, ...(replies.length ? { replies } : {}) };
    };
    // Figures that cannot be, or past what anyone could mean, are asked back before anything is gone through.
    if (u.reading.invalid.length) return ask(`${u.reading.invalid.join("；")}，请核对后重新告诉我。`, u.reading.doubted);
    const beyond = [facts, ...situation.groups.map((g) => ({ ...facts, ...g.values, people: g.people }) as SlotValues)].flatMap((v) => implausible(vocab, v, u.reading.said));
    if (beyond.length) return ask(`${implausibleQuestion(vocab, beyond)}，请核对后重新告诉我。`, [...new Set(beyond.map((x) => x.slot))]);
    if (!place || !screened) {
      const choices = scope.places.length ? scope.places.map((p) => p.name) : corpus.parameters.ordered(jurisdictionsOf(corpus.documents));
      // No region known: every region gone through, a line each, and where the user is asked.
      const period = session.period ?? { from: today, to: today };
      const each = choices.flatMap((region) => {
        const at = corpus.places.resolve(region);
        const result = at ? screen(corpus, vocab, at, period, situation) : null;
        return result && result.entries.length ? [{ region, result }] : [];
      });
      if (!each.length) return ask("请问您（企业）在哪个地区？我按当地适用的文件逐项核对您能享受的政策。", [], choices);
      keep([], []);
      const a = byRegionAnswer(corpus, vocab, each, today);
      return { ...a, text: `${noted}${a.text}` };
    }
    const out = screeningAnswer(corpus, vocab, place.name, screened, today, u.reading.notes);
    keep(out.listed, out.requested);
    return { ...out.answer, text: `${noted}${out.answer.text}` };
  }

  /** 黑龙江和平凉的稳岗返还有什么不同 / 三个地方的吸纳就业补贴标准对比: the places named (two or more), else every region with it. */
  function comparing(session: Session, rule: Rule, u: Understanding, scope: Scope, namedPlace: boolean, today: string): Answer {
    const named = namedTermOf(u, rule);
    const all = regionsOf(corpus.parameters, rule, named);
    const asked = namedPlace && !u.everywhere && scope.places.length > 1 ? scope.places : [];
    const name = comparedName(rule, named);
    // Each place asked about, under the region whose documents set the policy for it (its own, else the nearest above).
    const under = new Map<string, string[]>();
    const without: string[] = [];
    for (const place of asked) {
      const here = new Set(documentsFor(corpus, place).map((d) => d.jurisdiction));
      const theirs = nearestUp(place, (r) => here.has(r) && all.includes(r)) ?? all.find((r) => here.has(r));
      if (theirs) under.set(theirs, [...(under.get(theirs) ?? []), place.name]);
      else without.push(place.name);
    }
    const said = [
      ...(without.length ? [`${without.join("、")}适用的文件中没有${name}的规定。`] : []),
      ...[...under].filter(([region, places]) => places.length > 1 || places[0] !== region).map(([region, places]) => `${places.join("、")}适用${region}的规定。`),
    ];
    const period = session.period ?? { from: today, to: today };
    const compared: Compared[] = (asked.length ? [...under.keys()] : all).map((region) => ({ region, at: corpus.parameters.at(region, period) }));
    if (!compared.length) return { intent: "unknown", region: null, text: `收录的${without.join("、")}适用文件中没有${name}的规定。${REFERRAL}。`, citations: [], calculation: null };
    return comparisonAnswer(corpus, rule, named, compared, said, today);
  }

  function answer(d: Decision, session: Session, u: Understanding, scope: Scope, today: string, namedPlace: boolean): Answer | null {
    const region = scope.places[0]?.name ?? null;
    // (The look-up a place may be said for is the one just answered, or none.)
    const waiting = session.lastLookup;
    /** The question without the places it named. */
    const placeless = (question: string) => {
      const { selectors, mentioned } = scopeOf(corpus, question, null);
      return [...selectors, ...mentioned].reduce((q, name) => q.replaceAll(name, ""), question);
    };
    session.lastLookup = null;
    switch (d.kind) {
      case "restart":
        return helpAnswer(corpus, region, "restart");
      case "uncovered":
        return unknownAnswer(corpus, null, scope.uncovered.map((p) => p.name));
      case "beyond":
        return beyondAnswer(region, u.period!.from.slice(0, 4), lastDateOf(scope, u.names[0]?.meaning)!, u.names[0]?.meaning);
      case "outside":
        return unknownAnswer(corpus, scope.places[0]?.name ?? null);
      case "ownCase":
        return ownCaseAnswer(scope.places[0]?.name ?? null);
      case "help":
        return helpAnswer(corpus, region, "greet");
      case "thanks":
        return thanksAnswer(region);
      case "place": {
        // 见习补贴一个人一个月多少钱 → (every region's, and where are you?) → 在平凉 / 换成兴安盟呢: that question, there.
        if (!waiting || scope.open) return helpAnswer(corpus, region, "region");
        // (The places the question named give way to the one named now.)
        const asked = placeless(waiting);
        const there = scopeOf(corpus, asked, region);
        return answer({ kind: "lookup", topic: null }, session, interpret(corpus, vocab, asked, { regions: jurisdictionsOf(there.documents), today }), there, today, true);
      }
      case "compare":
        session.topic = namedTermOf(u, d.rule) ?? d.rule.terms[0] ?? null;
        return comparing(session, d.rule, u, scope, namedPlace, today);
      case "screen":
        return screening(session, u, scope, today);
      case "continue": {
        const out = calculation(session, d.rule, continued(session, u), u, scope, today, namedTermOf(u, d.rule) ?? session.calculation?.named);
        // (还没定呢: the fact will come later; the calculation is kept for it.)
        return u.unsure && out.intent === "clarify" ? { ...out, text: `好的，确定后告诉我即可，前面说的情况我都记着。${out.text}` } : out;
      }
      case "item": {
        // One policy of the screening's list, over the facts it went through (and any given since).
        const facts = { ...session.screening?.facts, ...session.calculation?.facts } as SlotValues;
        return calculation(session, d.rule, merged(vocab, facts, u.reading.values, u), u, scope, today, d.named ?? namedTermOf(u, d.rule));
      }
      case "start": {
        // Facts for the policy last discussed keep the name it was discussed by (扩岗补助 → its part of the rule).
        const named = namedTermOf(u, d.rule) ?? (!u.names.length && session.topic && d.rule.parts?.[session.topic] ? session.topic : undefined);
        // (考了个电工证，中级的 … 鉴定评价补贴给多少: a question giving no facts of its own asks of those given
        // before, for another rule; one with facts of its own describes a new situation.)
        const before = u.stated ? (session.pending as SlotValues) : earlierFacts(session);
        return calculation(session, d.rule, merged(vocab, before, u.reading.values, u), u, scope, today, named, true);
      }
      case "which":
        session.pending = { ...session.pending, ...u.reading.values };
        session.calculation = null;
        session.offered = d.rules.map((r) => r.id);
        return whichRule(d.rules, scope);
      case "topic":
        // (稳岗返还还有没有 → 返回来的钱能花在哪: the policy asked of by name is the topic after.)
        session.topic = d.term;
        // (…那最多能贷多少钱: a figure asked of the policy discussed that its clauses do not state is said to be missing.)
        return notStated(u, topicAnswer(corpus, u.topical, d.term, scope, today, u.asks, session.cited, u.kindAsked), true, d.term);
      case "acknowledge": {
        session.pending = { ...session.pending, ...u.reading.values };
        // (公司稳岗返还批下来了，6万多 → 这钱能拿来干啥: a policy the user tells of having is what they go on about.)
        const had = u.reading.values.receivedSubsidy;
        if (typeof had === "string" && !u.names.length) session.topic = had;
        return acknowledgeAnswer(vocab, u.reading, region);
      }
      case "lookup": {
        // A rule's figures come from its parameters, said where unset (noStandard); other policies' from the clauses found.
        // (静宁的脱贫户…路费补助 → 一次能给多少钱: a figure asked of the policy discussed, which the region may not set.)
        const topicRule = !u.names.length && d.topic && (u.asks.has("amount") || u.asks.has("duration")) ? rulesNamed([d.topic])[0] : undefined;
        const figures = policyFigures(u, scope, today) ?? (topicRule ? figureNotSet(u, topicRule, d.topic!, scope, today, d.topic!, `${d.topic} ${u.text}`) : null);
        // 能把户口落过来不 … 那得拿啥去哪儿办: with no policy to keep as the topic, a follow-up right after a
        // look-up is asked of what that look-up asked.
        const following = !d.topic && waiting && !u.names.length && (u.followup || u.anaphora || ABOUT_THE_RULE.some((k) => u.asks.has(k)));
        // (绥化的目标任务多少 → 全省合计是多少: a total of what was asked of a place is not that place's.)
        const earlier = waiting && vocab.patterns.total.test(u.text) ? placeless(waiting) : waiting;
        let asked = following ? `${earlier} ${u.text}` : u.text;
        // (灵活就业的社保补贴 → 退役军人也算不: whether another kind is covered is what the clause just quoted says of whom it covers.)
        const quoted = u.kindAsked && !u.names.length && !d.topic && waiting ? session.cited.flatMap((c) => corpus.clause(c.docId, c.clause) ?? []) : [];
        if (quoted.length) asked = `${waiting} ${u.text}`;
        const ofQuoted = quoted.length ? kindAnswer(corpus, asked, scope, quoted.map((f) => ({ ...f, score: 1, coverage: 1 })), today) : null;
        let a = notStated(u, figures ?? ofQuoted ?? lookupOrUnknown(corpus, asked, scope, today, namedPlace, d.topic, u.topical, u.asks, following ? u.text : undefined), !figures, d.topic);
        // (…营业执照能在网上弄吗 → 有没有线下窗口: a follow-up that alone finds nothing — or nothing in the
        // user's own documents, 城里能登记失业吗 — is asked of the look-up before it.)
        const own = (x: Answer) => x.intent === "lookup" && (scope.open || x.citations.some((c) => scope.documents.some((doc) => doc.id === c.docId)));
        if ((a.intent === "unknown" || (a.intent === "lookup" && !own(a))) && !figures && !following && !d.topic && waiting && !u.names.length && !u.outside) {
          const again = lookupOrUnknown(corpus, `${waiting} ${u.text}`, scope, today, namedPlace, null, u.topical, u.asks, u.text);
          if (own(again)) [asked, a] = [`${waiting} ${u.text}`, notStated(u, again, true)];
        }
        if (u.names.length) session.topic = u.names[0]!.meaning;
        else session.topic = quotedPolicy(a) ?? session.topic;
        if (a.intent === "lookup") session.lastLookup = asked;
        session.pending = { ...session.pending, ...u.reading.values };
        return a;
      }
    }
  }

  /** The last date the clauses in scope run to — those naming `term`, when a policy is asked of (稳岗返还: 2023-12-31). */
  function lastDateOf(scope: Scope, term: string | undefined): string | null {
    const clauses = scope.documents.flatMap((d) => d.clauses);
    const naming = term ? clauses.filter((c) => corpus.terms.policyNames(normalize(c.text)).some((r) => r.meaning === term)) : [];
    return lastDate(naming.length ? naming : clauses);
  }

  /** The policy a look-up's first quote states the figures of, when it is one: what a follow-up naming none is about. */
  function quotedPolicy(a: Answer): string | null {
    const first = a.intent === "lookup" ? a.citations[0] : undefined;
    // (A clause stating two, 吸纳就业补贴 and 扩岗补助, makes neither the topic: the facts decide.)
    const policies = first ? policiesStatedIn(corpus.parameters, first.docId, first.clause) : [];
    // (…nor one the quoted sentences do not name: 落户 quoted from the clause that also sets 求职创业补贴.)
    const term = policies.length === 1 ? policies[0]!.term : null;
    return term && corpus.terms.policyNames(normalize(a.text)).some((r) => r.meaning === term) ? term : null;
  }

  /**
   * 平凉技能提升补贴 / 见习补贴标准是多少: one policy named, asking what it gives or on what terms — its
   * figures' sentences; where the region has the policy but sets no figure, that is said first.
   */
  function policyFigures(u: Understanding, scope: Scope, today: string): Answer | null {
    const terms = [...new Set(u.names.map((n) => n.meaning))];
    const rules = rulesNamed(terms);
    // (有奖补吗: whether it pays at all is what its figures say.)
    if (terms.length !== 1 || rules.length !== 1 || ![...u.asks].every((k) => FIGURE_ASKS.has(k) || (u.asksExists && k === "eligibility"))) return null;
    const [term, rule] = [terms[0]!, rules[0]!];
    const unset = figureNotSet(u, rule, term, scope, today, term, u.text);
    if (unset) return unset;
    const found = figureAnswer(corpus, rule, term, scope, today);
    // 公示几天 / 劳务派遣公司能享受吗: words of its own the figures' clause does not hold ask something else.
    // Words of the rule's own facts (交几个月社保, 合同签几年) ask about its conditions, which that clause states.
    const slots = slotsOf(rule);
    const factWords = vocab.cues.filter((c) => slots.has(c.slot)).map((c) => c.word);
    // (The policy's own name is what the figures' clause is about, whether or not the clause repeats it;
    // a particular thing asked for, 额度 or 利率, is said not to be stated when the clause lacks it.)
    const said = [...u.names.map((n) => n.source), ...vocab.dialogue.specifics, ...vocab.specificsAsked.map((x) => x.pattern), ...vocab.asksGlobal.map((a) => a.pattern), ...scope.selectors, ...factWords].reduce<string>(
      (t, w) => t.replaceAll(w, " "),
      u.topical,
    );
    // A short word no clause uses (要交, 得交够) is the user's own way of talking, not another subject;
    // a longer one (劳务派遣) still is.
    const first = corpus.index.coverage(said, scope.mentioned);
    const stray = first.words.filter((w) => w.length <= 3 && !corpus.index.uses(w));
    const words = stray.length ? corpus.index.coverage(stray.reduce((t, w) => t.replaceAll(w, " "), said), scope.mentioned) : first;
    const cited = found?.citations[0];
    const clause = cited && corpus.clause(cited.docId, cited.clause)?.clause;
    if (clause && words.words.length && words.covered(corpus.index.clauseText(clause)) < FIGURE_WORDS_FLOOR) return null;
    if (found || scope.open) return found;
    return noStandard(u, term, scope, lookupOrUnknown(corpus, u.text, scope, today, true, null, u.topical));
  }

  /**
   * The kind of figure asked that the policy's figures in the regions in scope have none of — not stated
   * (兴安盟的文件未规定…的具体标准), with its clause; null when they have it, or nothing is asked of them.
   * A sum (兴安盟技能提升补贴标准多少 / 给多少钱: only 参保1年, 每年3次), of a policy that pays sums elsewhere
   * (平凉's 1000/1500/2000元; 还能领几次 pays none anywhere); a time (平凉见习补贴最长能补几个月: only 每人每月, 留用率).
   * (其标准 alone, 标准是怎么规定的, is what the clause sets, conditions and all.) `question`: what the clause shown is searched by.
   */
  function figureNotSet(u: Understanding, rule: Rule, term: string, scope: Scope, today: string, named: string | undefined, question: string): Answer | null {
    if (scope.open) return null;
    const sumAsked = (u.asks.has("amount") || (u.asks.has("standard") && u.text.includes("多少"))) && !u.asks.has("eligibility") && !u.asks.has("duration");
    const timeAsked = u.asks.has("duration") && !u.asks.has("amount");
    const states = (regions: readonly string[], kind: FigureKind) => regions.some((r) => statesKind(corpus, rule, term, r, today, kind));
    const here = regionsFor(corpus, rule, scope, named);
    const unset = (sumAsked && !states(here, "sum") && states(regionsOf(corpus.parameters, rule), "sum")) || (timeAsked && !states(here, "time"));
    return unset ? noStandard(u, term, scope, lookupOrUnknown(corpus, question, scope, today, true, null, u.topical)) : null;
  }

  /**
   * The region's documents name the policy but set no figure for it: said first. When a figure is
   * what was asked (兴安盟求职创业补贴发多少), the documents do not state it — unknown, with the referral.
   */
  function noStandard(u: Understanding, term: string, scope: Scope, said: Answer): Answer | null {
    // (静宁县: the documents are 平凉市's — the nearest place up its chain that has some.)
    const issuers = jurisdictionsOf(scope.documents);
    const place = scope.places[0];
    const where = place && (nearestUp(place, (r) => issuers.has(r)) ?? place.name);
    // (The clause may name it otherwise: 职业技能评价补贴 for 职业技能鉴定评价补贴.)
    const names = corpus.terms.namesOf([term]);
    if (said.intent !== "lookup" || !where || !said.citations.some((c) => names.some((n) => c.text.includes(n)))) return null;
    const missing = figureAsked(corpus, u.text, u.asks);
    // (跟学员签几个月合同才给培训补贴: a time the clause found sets as its condition, ６个月以上, is what was asked.)
    if (u.asksRequirement && u.asks.has("duration") && !unstatedFigure(corpus, u.text, term, u.asks, said, true, true)) return null;
    const unstated = `${where}的文件未规定${term}的具体${missing ?? "标准"}${missing ? `，${REFERRAL}` : ""}`;
    return { ...said, intent: missing ? "unknown" : "lookup", text: `${unstated}。相关的规定是：\n${said.text}` };
  }

  /**
   * 创业担保贷款最多能贷多少 / 利率多少: a particular thing asked for that the clauses found do not
   * contain — the documents do not state it; what they do say follows.
   */
  /** `fromClauses`: the answer quotes clauses found by search, not the clause of the policy's rule. */
  /** `topic`: the policy discussed, what a follow-up naming none asks of (创业担保贷款 … 那最多能贷多少钱). */
  function notStated(u: Understanding, a: Answer, fromClauses: boolean, topic?: string | null): Answer {
    if (a.intent !== "lookup") return a;
    const terms = [...new Set(u.names.map((n) => n.meaning))];
    const term = terms.length === 1 ? terms[0] : terms.length ? undefined : (topic ?? undefined);
    const said = (missing: string) => ({ ...a, intent: "unknown" as const, text: `收录的文件没有写明${term ? `${term}的` : ""}${missing}，${REFERRAL}。文件中相关的规定是：\n${a.text}` });
    // (从交材料到钱打下来: a point a time runs from is not what is asked.)
    // (…？我的电话139…: a sentence that asks nothing says what the user has, not what they want.)
    // (大庆 创业担保贷款 最高额度: keywords, no sentence asking — the whole message is what is asked.)
    const asking = u.text.split(/(?<=[。？！?!；;])/).filter((sentence) => vocab.patterns.question.test(sentence));
    const asked = (asking.length ? asking.join("") : u.text).replace(/从[^，。？！,.?!]{1,10}?到/g, "");
    const specific =
      [...vocab.dialogue.specifics].sort((x, y) => y.length - x.length).find((w) => asked.includes(w)) ??
      vocab.specificsAsked.find((x) => asked.search(x.pattern) >= 0)?.thing;
    // (The clause quoted must hold it: a phone number in a clause further down is another office's.)
    // (…that says it in other words: 材料 asked of a clause saying 无需申请 is answered.)
    const sayings = specific ? [specific, ...(vocab.dialogue.specifics_answered_by[specific] ?? [])] : [];
    if (specific) return sayings.some((w) => a.citations[0]?.text.includes(w)) ? a : said(specific);
    // 哈尔滨最低工资多少钱: a standard the documents only measure by.
    // (那这个监测标准一年多少钱, after 帮扶车间: the message names no policy, so the standard is what is asked of.)
    const reference = terms.length ? undefined : corpus.terms.referenceIn(u.text);
    if (reference && figureAsked(corpus, u.text, u.asks)) return said(`${reference}的具体数额`);
    const figure = unstatedFigure(corpus, u.text, term, u.asks, a, !fromClauses, u.asksRequirement);
    return figure ? said(term ? figure : `具体${figure}`) : a;
  }

  /** 原文: the clauses the last answer cited, in full. */
  function fullText(session: Session, today: string): Answer {
    const found = session.cited.flatMap(({ docId, clause }) => corpus.clause(docId, clause) ?? []);
    const citations = found.map((f) => citationOf(f.doc, f.clause, today));
    const text = found.map((f, i) => `${sourceLine(citations[i]!)}：\n${f.clause.text}`).join("\n\n");
    return { intent: "lookup", region: found[0]?.doc.jurisdiction ?? null, text, citations, calculation: null };
  }

  return {
    async reply(sessionId, text, context = {}) {
      if (text.length > MAX_MESSAGE_CHARS) {
        const tooLong = `您的消息有${text.length}字，超过了${MAX_MESSAGE_CHARS}字。请只写问题和相关情况（地区、人数、金额等），我再为您解答。`;
        return { intent: "error", region: null, text: tooLong, citations: [], calculation: null };
      }
      // From reading the conversation to saving it, the turn runs alone: no concurrent turn of it loses facts.
      await using turn = await sessions.begin(sessionId);
      const session = turn.stored ?? emptySession();
      const history = context.history ?? "none";
      const gone = history !== "none" && turn.stored === undefined;
      // (补帖, 稳刚: slips of the input method are read as meant, everywhere after.)
      let question = corpus.index.corrected(normalize(text)).trim();
      const bare = question.replace(/[\s，,。.!！?？~～吧呢啊呀]+$/g, "");
      if (session.cited.length && vocab.dialogue.full_text.includes(bare)) return AnswerSchema.parse(fullText(session, chinaDate(clock())));
      // 重新算 / 换个问题: forget the calculation in progress, then read the rest as a new message.
      const rest = question.replace(START_OVER, "");
      const startOver = rest !== question;
      if (startOver) {
        session.calculation = null;
        session.screening = null;
        session.pending = {};
        session.requested = [];
        session.unplaced = null;
        session.groups = [];
        session.ranges = {};
        session.period = null;
        question = rest.replace(/^[，,。.!！\s]+/, "");
      }
      const today = chinaDate(clock());
      const scope = scopeOf(corpus, question, session.region ?? context.region);
      // Whether the region came from the question itself, or only from what is known of the user.
      const namedPlace = scope.selectors.length + scope.mentioned.length > 0;
      if (!scope.open && scope.places.length === 1) session.region = scope.places[0]!.name;

      const active = session.calculation ? ruleById(session.calculation.rule) : undefined;
      const topicRule = session.topic ? rulesNamed([session.topic])[0] : undefined;
      const u = interpret(corpus, vocab, question, {
        active,
        requested: session.requested as SlotKey[],
        // (A figure said roughly, 一年以上, is known too: kept as a range.)
        known: new Set([...Object.keys(session.calculation?.facts ?? {}), ...Object.keys(session.ranges)] as SlotKey[]),
        placeNames: [...scope.selectors, ...scope.mentioned],
        destinations: destinationsIn(corpus, question, session.requested.includes("crossProvince")),
        regions: scope.open ? undefined : jurisdictionsOf(scope.documents),
        topicRule,
        pending: session.pending as SlotValues,
        groups: session.groups as Group[],
        recent: session.recent as SlotKey[],
        earlier: earlierFacts(session),
        people: session.groups.length ? session.groups.reduce((n, g) => n + g.people, 0) : ((session.calculation?.facts.people ?? session.screening?.facts.people) as number | undefined),
        today,
      });
      if (u.period) session.period = u.period;
      // A figure asked back (past its limit) is what a bare correction next (不对，是50万) is about.
      session.recent = [...Object.keys(u.reading.values), ...u.reading.doubted];
      // Groups of people stand until the people are counted again; a rough figure until given exactly.
      const earlier = { groups: session.groups as Group[], values: earlierFacts(session) };
      const beside = besideEarlier(question, u.reading, vocab, earlier) ?? anotherPerson(question, u.reading, vocab, earlier) ?? anotherThing(question, u.reading, vocab, earlier);
      const recounted = beside ? null : recount(question, u.reading, earlier.groups);
      if (beside) {
        // (Each lot's facts are its own now: none stays common to all.)
        const theirs = new Set(["people", ...beside.flatMap((g) => Object.keys(g.values))]);
        for (const facts of [u.reading.values, session.pending, session.calculation?.facts, session.screening?.facts]) for (const k of theirs) if (facts) delete (facts as Record<string, unknown>)[k];
        session.groups = beside;
      } else if (u.reading.groups.length) session.groups = u.reading.groups;
      else if (recounted) {
        // (不对，大姐是2个: that group's count; the others' stand.)
        session.groups = recounted;
        delete (u.reading.values as Record<string, unknown>).people;
      }
      else if ("people" in u.reading.values && u.reading.values.people !== session.groups.reduce((n, g) => n + g.people, 0)) session.groups = [];
      for (const k of Object.keys(u.reading.values)) delete session.ranges[k];
      for (const r of u.reading.approximate) session.ranges[r.slot] = rangeOf(r);
      const listed = session.screening?.listed.flatMap((l) => {
        const rule = ruleById(l.rule);
        return rule ? [{ rule, ...(l.named ? { named: l.named } : {}) }] : [];
      });
      const known = Object.keys(session.pending).length > 0 || session.calculation !== null || session.groups.length > 0;
      const offered = session.offered.flatMap((id) => ruleById(id) ?? []);
      session.offered = [];
      const state: ConversationState = { active, topic: session.topic, topicRule, confirming: session.unplaced !== null, screening: listed ?? null, known, offered, lookedUp: session.lastLookup !== null, had: hadSubsidy(session) };
      const where: Where = {
        uncovered: scope.open && scope.uncovered.length > 0,
        restartOnly: startOver && question === "",
        placesNamed: namedPlace ? scope.places.length : 0,
        beyond: u.yearWritten && u.period !== null && u.period.from > (lastDateOf(scope, u.names[0]?.meaning) ?? "9999"),
      };
      let d = decide(u, state, where);
      let answered = answer(d, session, u, scope, today, namedPlace);
      // Facts that point to no policy to go through: the message is what it would be without the screening's words.
      if (!answered) answered = answer((d = decide({ ...u, screens: false }, { ...state, screening: null }, where)), session, u, scope, today, namedPlace)!;
      const reply = gone && leansOnEarlier(d, u) ? earlierGone(d, answered, history as "had" | "unknown") : answered;
      if (reply.citations.length) session.cited = reply.citations.map((c) => ({ docId: c.docId, clause: c.clause }));
      await turn.save(session);
      return AnswerSchema.parse(reply);
    },
  };
}

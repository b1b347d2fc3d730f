// The one core every channel talks to: a message in, an Answer out.
import { rulesNamed } from "../calculators/registry.js";
import type { Corpus } from "../knowledge/corpus.js";
import { jurisdictionsOf } from "../knowledge/documents.js";
import type { SearchHit } from "../knowledge/search.js";
import { normalize } from "../knowledge/text.js";
import { chinaDate } from "../knowledge/validity.js";
import { AnswerSchema, type Answer } from "./answer.js";
import { calculationTurn } from "./calculate.js";
import { confident, lookupAnswer, searchScope } from "./lookup.js";
import { openScope, scopeOf, type Scope } from "./scope.js";
import { emptySession, MemorySessionStore, type SessionStore } from "./sessions.js";
import { helpAnswer, isHelpRequest, isThanks, statesOnlyPlace, thanksAnswer, unknownAnswer } from "./smalltalk.js";

// 重新算 / 换个问题: the calculation in progress is forgotten.
const START_OVER = /重新算|重新计算|重来|换个问题|清空|从头开始/g;

/** Longer messages get a polite request to shorten them: no question needs more. */
export const MAX_MESSAGE_CHARS = 1000;

export interface BotOptions {
  corpus: Corpus;
  /** Today's date comes from here, so tests and replays are stable. */
  clock?: () => Date;
  sessions?: SessionStore;
}

export interface ReplyContext {
  /** The region the user is known to be in (profile, deployment default). */
  region?: string | null;
}

export interface Bot {
  reply(sessionId: string, text: string, context?: ReplyContext): Promise<Answer>;
}

/**
 * Answers from the documents, or says they have nothing. When the user's region has nothing on it
 * but another region's documents do — or the question names a policy only other regions have — that
 * rule is shown and marked as not the user's.
 */
function lookupOrUnknown(corpus: Corpus, question: string, scope: Scope, today: string, namedPlace: boolean): Answer {
  const region = scope.places[0]?.name ?? null;
  const scoped = searchScope(corpus, question, scope);
  const elsewhere = policyElsewhere(corpus, question, scope, scoped);
  if (!elsewhere) {
    if (confident(corpus, question, scoped)) return lookupAnswer(corpus, question, scope, scoped, today);
    if (scope.open || namedPlace) return unknownAnswer(corpus, region);
  }
  const other = elsewhere ?? openScope(corpus.documents);
  const hits = searchScope(corpus, question, other);
  if (!confident(corpus, question, hits)) return unknownAnswer(corpus, region);
  const answer = lookupAnswer(corpus, question, other, hits, today, false);
  return { ...answer, region, text: `${region}适用的文件中没有相关规定。以下是其他地区的规定，不适用于${region}，仅供参考：\n${answer.text}` };
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
  if (!rules.length || rules.some((r) => r.regions.some((g) => here.has(g)))) return null;
  const names = corpus.terms.terms.filter((t) => named.includes(t.term)).flatMap((t) => [t.term, ...t.aliases]);
  const top = hits[0]?.clause.text ?? "";
  if (names.some((n) => top.includes(n))) return null;
  const theirs = new Set(rules.flatMap((r) => r.regions));
  return openScope(corpus.documents.filter((d) => theirs.has(d.jurisdiction)));
}

export function createBot({ corpus, clock = () => new Date(), sessions = new MemorySessionStore() }: BotOptions): Bot {
  return {
    async reply(sessionId, text, context = {}) {
      if (text.length > MAX_MESSAGE_CHARS) {
        const tooLong = `您的消息有${text.length}字，超过了${MAX_MESSAGE_CHARS}字。请只写问题和相关情况（地区、人数、金额等），我再为您解答。`;
        return { intent: "error", region: null, text: tooLong, citations: [], calculation: null };
      }
      const session = (await sessions.get(sessionId)) ?? emptySession();
      let question = normalize(text).trim();
      // 重新算 / 换个问题: forget the calculation in progress, then read the rest as a new message.
      const rest = question.replace(START_OVER, "");
      const startOver = rest !== question;
      if (startOver) {
        session.calculation = null;
        session.pending = {};
        question = rest.replace(/^[，,。.!！\s]+/, "");
      }
      const today = chinaDate(clock());
      const scope = scopeOf(corpus, question, session.region ?? context.region);
      // Whether the region came from the question itself, or only from what is known of the user.
      const named = scope.selectors.length + scope.mentioned.length > 0;
      if (!scope.open && scope.places.length === 1) session.region = scope.places[0]!.name;
      const region = scope.places[0]?.name ?? null;

      const help = isHelpRequest(question);
      const placeOnly = statesOnlyPlace(question, [...scope.selectors, ...scope.mentioned]);
      const turn = help ? null : calculationTurn(corpus, question, scope, session, today, placeOnly);
      if (turn) {
        session.calculation = turn.state;
        session.pending = turn.pending;
      }

      let answer: Answer;
      if (scope.open && scope.uncovered.length && !help) {
        answer = unknownAnswer(corpus, null, scope.uncovered.map((p) => p.name));
      } else if (turn?.answer) answer = turn.answer;
      else if (help) answer = helpAnswer(corpus, region, startOver ? "restart" : "greet");
      else if (isThanks(question)) answer = thanksAnswer(region);
      else if (placeOnly) answer = helpAnswer(corpus, region, "region");
      else answer = lookupOrUnknown(corpus, question, scope, today, named);
      await sessions.set(sessionId, session);
      return AnswerSchema.parse(answer);
    },
  };
}

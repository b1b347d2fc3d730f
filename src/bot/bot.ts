// The one core every channel talks to: a message in, an Answer out.
import type { Corpus } from "../knowledge/corpus.js";
import { normalize } from "../knowledge/text.js";
import { chinaDate } from "../knowledge/validity.js";
import { AnswerSchema, type Answer } from "./answer.js";
import { calculationTurn, START_OVER } from "./calculate.js";
import { confident, lookupAnswer, searchScope } from "./lookup.js";
import { scopeOf } from "./scope.js";
import { emptySession, MemorySessionStore, type SessionStore } from "./sessions.js";
import { helpAnswer, isHelpRequest, statesOnlyPlace, unknownAnswer } from "./smalltalk.js";

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

export function createBot({ corpus, clock = () => new Date(), sessions = new MemorySessionStore() }: BotOptions): Bot {
  return {
    async reply(sessionId, text, context = {}) {
      const session = (await sessions.get(sessionId)) ?? emptySession();
      let question = normalize(text).trim();
      // 重新算 / 换个问题: forget the calculation in progress, then read the rest as a new message.
      const startOver = question.replace(START_OVER, "") !== question;
      if (startOver) {
        session.calculation = null;
        question = question.replace(START_OVER, "").replace(/^[，,。.!！\s]+/, "");
      }
      const today = chinaDate(clock());
      const scope = scopeOf(corpus, question, session.region ?? context.region);
      if (!scope.open && scope.places.length === 1) session.region = scope.places[0]!.name;
      const region = scope.places[0]?.name ?? null;

      const placeOnly = statesOnlyPlace(question, [...scope.selectors, ...scope.mentioned]);
      const calculation = isHelpRequest(question) ? null : calculationTurn(corpus, question, scope, session, today, placeOnly);

      let answer: Answer;
      if (scope.open && scope.uncovered.length && !isHelpRequest(question)) {
        answer = unknownAnswer(corpus, null, scope.uncovered.map((p) => p.name));
      } else if (calculation) {
        answer = calculation.answer;
        session.calculation = calculation.state;
      } else if (isHelpRequest(question)) answer = helpAnswer(corpus, region, startOver ? "restart" : "greet");
      else if (placeOnly) answer = helpAnswer(corpus, region, "region");
      else {
        const hits = searchScope(corpus, question, scope);
        answer = confident(corpus, question, hits) ? lookupAnswer(corpus, question, scope, hits, today) : unknownAnswer(corpus, region);
      }
      await sessions.set(sessionId, session);
      return AnswerSchema.parse(answer);
    },
  };
}

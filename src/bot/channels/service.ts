// The core as every channel uses it: one bot, answers logged (channel, intent, latency — never the
// text at info level), limits applied, errors turned into a polite answer, in-flight replies counted
// for shutdown, each answer noted for the staff's gap queue. It owns the process's Redis connection,
// shared by conversations, limits and deliveries, and the gap queue's database.
import type { Logger } from "pino";
import { GapQueue } from "../../gaps/queue.js";
import { RecentAnswers } from "../../gaps/recent.js";
import { loadCorpus, type Corpus } from "../../knowledge/corpus.js";
import { normalize } from "../../knowledge/text.js";
import { openDatabase } from "../../storage/open.js";
import type { Answer } from "../answer.js";
import { createBot, type Bot, type History } from "../bot.js";
import { RedisSessionStore } from "../redis-sessions.js";
import { connectRedis } from "../redis.js";
import { MemorySessionStore, SessionUnavailableError, type SessionStore } from "../sessions.js";
import { unhelpfulAnswer } from "../smalltalk.js";
import { vocabularyOf } from "../understand/vocabulary.js";
import { ConfigError, type Config } from "./config.js";
import { createLogger } from "./logger.js";
import { Once } from "./once.js";
import { createLimits, type Limits } from "./rate-limit.js";

/** Why a message was not answered, and when to send it again. */
export interface Refusal {
  /** rate-limited: over a limit (HTTP 429); unavailable: the session store cannot be reached (HTTP 503). */
  reason: "rate-limited" | "unavailable";
  retryAfterSeconds: number;
}

/** An answer and its id (for a 👎 on it); when the message was refused instead, why. */
export type Reply = Answer & { refused?: Refusal; answerId?: string };

export interface AnswerOptions {
  /** The region the user is known to be in; the deployment's default otherwise. */
  region?: string | null;
  /**
   * What is known of the conversation's past: the web API knows ("none" for an id it has just
   * created, "had" for one it issued before); a platform's user in a chat (Slack, WeChat) may be
   * writing for the first time ("unknown", the default).
   */
  history?: History;
}

export interface Readiness {
  ready: boolean;
  corpus: "ok" | "down";
  /** Only when REDIS_URL is set. */
  redis?: "ok" | "down";
  /** The gap queue's database: reported, not required — citizens are answered without it. */
  database: "ok" | "down";
}

export interface Service {
  readonly config: Config;
  readonly corpus: Corpus;
  readonly log: Logger;
  readonly defaultRegion: string | null;
  /** Today comes from here (the documents' validity is read on its date). */
  readonly clock: () => Date;
  readonly limits: Limits;
  /** Deliveries already taken (Slack events, WeChat messages), so that each is answered once. */
  readonly once: Once;
  /** What the bot could not answer well, for the staff desk. */
  readonly gaps: GapQueue;
  /** Answers one message of a conversation, unless it is over the conversation's rate limit. */
  answer(channel: string, sessionId: string, text: string, options?: AnswerOptions): Promise<Reply>;
  /** Whether this replica can serve: the corpus loaded and, when used, Redis answering. */
  ready(): Promise<Readiness>;
  /** Resolves when every reply under way has been sent. */
  drain(): Promise<void>;
  /** Releases the Redis connection and the database. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  corpus?: Corpus;
  sessions?: SessionStore;
  clock?: () => Date;
  log?: Logger;
}

/** How long a client waits before sending a message again that the session store could not take. */
const UNAVAILABLE_RETRY_SECONDS = 5;

const errorAnswer = (text: string): Answer => ({ intent: "error", region: null, text, citations: [], calculation: null });

/** The reply to a message over a rate limit (of its conversation, or of the client's address). */
export function overLimit(retryAfterSeconds: number): Reply & { refused: Refusal } {
  return { ...errorAnswer(`您提问太频繁了，请${retryAfterSeconds}秒后再试。`), refused: { reason: "rate-limited", retryAfterSeconds } };
}

export function createService(config: Config, options: ServiceOptions = {}): Service {
  const corpus = options.corpus ?? loadCorpus();
  const log = options.log ?? createLogger(config);
  const defaultRegion = config.DEFAULT_REGION ?? null;
  if (defaultRegion && !corpus.places.resolve(defaultRegion)) {
    throw new ConfigError(`DEFAULT_REGION=${defaultRegion} is not a place in corpus/regions.yaml`);
  }
  const redis = config.REDIS_URL ? connectRedis(config.REDIS_URL) : undefined;
  const ttlMs = config.SESSION_TTL_MINUTES * 60_000;
  const sessions: SessionStore =
    options.sessions ?? (redis ? new RedisSessionStore(redis, { ttlMs }) : new MemorySessionStore({ ttlMs, maxSessions: config.MAX_SESSIONS }));
  const bot: Bot = createBot({ corpus, sessions, ...(options.clock ? { clock: options.clock } : {}) });
  const limits = createLimits(config, redis);
  const inflight = new Set<Promise<unknown>>();
  const gaps = new GapQueue({
    corpus,
    database: openDatabase(config),
    recent: new RecentAnswers(ttlMs, redis),
    retentionDays: config.GAP_RETENTION_DAYS,
    log,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const vocab = vocabularyOf(corpus);

  async function respond(channel: string, sessionId: string, text: string, { region, history = "unknown" }: AnswerOptions): Promise<Reply> {
    const wait = await limits.conversation.take(sessionId);
    if (wait > 0) {
      log.info({ channel, intent: "rate-limited", retryAfterSeconds: wait }, "answered");
      return overLimit(wait);
    }
    const known = region ?? defaultRegion;
    // 没帮上忙: said of the last answer, which goes to the staff; it is no question to answer.
    if (vocab.patterns.onlyUnhelpful.test(normalize(text).trim())) {
      const kept = await gaps.unhelpful(sessionId);
      log.info({ channel, intent: "unhelpful", kept }, "answered");
      return unhelpfulAnswer(known, kept);
    }
    const started = performance.now();
    let answer: Answer;
    try {
      answer = await bot.reply(sessionId, text, { region: known, history });
      log.info({ channel, intent: answer.intent, ms: Math.round(performance.now() - started) }, "answered");
      log.debug({ channel, text }, "question");
    } catch (err) {
      if (err instanceof SessionUnavailableError) {
        log.warn({ channel, err: err.message }, "session store unavailable");
        const refused: Refusal = { reason: "unavailable", retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS };
        return { ...errorAnswer("抱歉，系统繁忙，这条消息没有处理，请稍后重试。"), refused };
      }
      log.error({ channel, err: String(err) }, "reply failed");
      return errorAnswer("抱歉，系统暂时无法回答，请稍后重试，或拨打12333咨询。");
    }
    // The user has the answer whatever becomes of the queue.
    const answerId = await gaps.answered({ channel, conversation: sessionId, question: text, region: known }, answer).catch((err: unknown) => {
      log.warn({ channel, err: String(err) }, "gap queue: answer not noted");
      return undefined;
    });
    return answerId ? { ...answer, answerId } : answer;
  }

  return {
    config,
    corpus,
    log,
    defaultRegion,
    clock: options.clock ?? (() => new Date()),
    limits,
    once: new Once(redis),
    gaps,
    answer(channel, sessionId, text, options = {}) {
      // In flight from the start, so that drain() also waits for a reply still at its limit check.
      const work = respond(channel, sessionId, text, options);
      inflight.add(work);
      const settled = () => inflight.delete(work);
      work.then(settled, settled);
      return work;
    },
    async ready() {
      const corpusUp = corpus.documents.length > 0 && corpus.index.size > 0;
      const redisUp = redis && (await redis.ping().then(() => true, () => false));
      const databaseUp = await gaps.healthy();
      const readiness: Readiness = { ready: corpusUp && redisUp !== false, corpus: corpusUp ? "ok" : "down", database: databaseUp ? "ok" : "down" };
      if (redis) readiness.redis = redisUp ? "ok" : "down";
      return readiness;
    },
    async drain() {
      while (inflight.size) await Promise.allSettled([...inflight]);
    },
    async close() {
      redis?.disconnect();
      await gaps.close();
    },
  };
}

/**
 * On SIGTERM/SIGINT: stop taking messages, finish the replies under way, then exit — within
 * SHUTDOWN_TIMEOUT_SECONDS: a reply (or a client holding a request open) that takes longer does not
 * keep the process from exiting (code 1, logged), so that the orchestrator's restart is not stuck.
 */
export function onShutdown(service: Service, stop: () => Promise<void>): void {
  let stopping = false;
  const seconds = service.config.SHUTDOWN_TIMEOUT_SECONDS;
  const handler = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    service.log.info({ signal, deadlineSeconds: seconds }, "shutting down");
    const deadline = setTimeout(() => {
      service.log.error({ seconds }, "shutdown deadline passed with replies still under way: exiting without them");
      process.exit(1);
    }, seconds * 1000);
    try {
      await stop();
      await service.drain();
      await service.close();
    } finally {
      clearTimeout(deadline);
      process.exit(0);
    }
  };
  process.once("SIGTERM", () => void handler("SIGTERM"));
  process.once("SIGINT", () => void handler("SIGINT"));
}

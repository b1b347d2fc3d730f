// The core as every channel uses it: one bot, answers logged (channel, intent, latency — never the
// text at info level), errors turned into a polite answer, in-flight replies counted for shutdown.
import pino, { type Logger } from "pino";
import { loadCorpus, type Corpus } from "../../knowledge/corpus.js";
import type { Answer } from "../answer.js";
import { createBot, type Bot } from "../bot.js";
import { RedisSessionStore } from "../redis-sessions.js";
import { MemorySessionStore, SessionUnavailableError, type SessionStore } from "../sessions.js";
import type { Config } from "./config.js";
import { RateLimiter } from "./rate-limit.js";
import { redact } from "./redact.js";

/** An answer; when the user is over their rate limit, also how long to wait. */
export type Reply = Answer & { retryAfterSeconds?: number };

export interface Service {
  readonly corpus: Corpus;
  readonly log: Logger;
  readonly defaultRegion: string | null;
  answer(channel: string, sessionId: string, text: string, region?: string | null): Promise<Reply>;
  /** Resolves when every reply under way has been sent. */
  drain(): Promise<void>;
  /** Releases the session store's connections. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  corpus?: Corpus;
  sessions?: SessionStore;
  clock?: () => Date;
  log?: Logger;
}

const errorAnswer = (text: string): Answer => ({ intent: "error", region: null, text, citations: [], calculation: null });

export function createLogger(config: Pick<Config, "LOG_LEVEL">): Logger {
  return pino({ level: config.LOG_LEVEL, base: undefined }, pino.destination(2));
}

export function createService(config: Config, options: ServiceOptions = {}): Service {
  const corpus = options.corpus ?? loadCorpus();
  const log = options.log ?? createLogger(config);
  const defaultRegion = config.DEFAULT_REGION ?? null;
  if (defaultRegion && !corpus.places.resolve(defaultRegion)) {
    throw new Error(`DEFAULT_REGION=${defaultRegion} is not a place in corpus/regions.yaml`);
  }
  const ttlMs = config.SESSION_TTL_MINUTES * 60_000;
  const sessions: SessionStore =
    options.sessions ??
    (config.REDIS_URL ? new RedisSessionStore(config.REDIS_URL, { ttlMs }) : new MemorySessionStore({ ttlMs, maxSessions: config.MAX_SESSIONS }));
  const bot: Bot = createBot({ corpus, sessions, ...(options.clock ? { clock: options.clock } : {}) });
  const inflight = new Set<Promise<unknown>>();
  const limiter = new RateLimiter(config.RATE_LIMIT_PER_MINUTE, config.RATE_LIMIT_BURST, config.MAX_SESSIONS);

  return {
    corpus,
    log,
    defaultRegion,
    async answer(channel, sessionId, text, region) {
      const wait = limiter.take(sessionId);
      if (wait > 0) {
        log.info({ channel, intent: "rate-limited", retryAfterSeconds: wait }, "answered");
        return { ...errorAnswer(`您提问太频繁了，请${wait}秒后再试。`), retryAfterSeconds: wait };
      }
      const started = performance.now();
      const work = bot.reply(sessionId, text, { region: region ?? defaultRegion });
      inflight.add(work);
      try {
        const answer = await work;
        log.info({ channel, intent: answer.intent, ms: Math.round(performance.now() - started) }, "answered");
        log.debug({ channel, text: redact(text) }, "question");
        return answer;
      } catch (err) {
        if (err instanceof SessionUnavailableError) {
          log.warn({ channel, err: err.message }, "session store unavailable");
          return errorAnswer("抱歉，系统繁忙，这条消息没有处理，请稍后重试。");
        }
        log.error({ channel, err: redact(String(err)) }, "reply failed");
        return errorAnswer("抱歉，系统暂时无法回答，请稍后重试，或拨打12333咨询。");
      } finally {
        inflight.delete(work);
      }
    },
    async drain() {
      while (inflight.size) await Promise.allSettled([...inflight]);
    },
    async close() {
      await sessions.close?.();
    },
  };
}

/** On SIGTERM/SIGINT: stop taking messages, finish the replies under way, then exit. */
export function onShutdown(service: Service, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    service.log.info({ signal }, "shutting down");
    try {
      await stop();
      await service.drain();
      await service.close();
    } finally {
      process.exit(0);
    }
  };
  process.once("SIGTERM", () => void handler("SIGTERM"));
  process.once("SIGINT", () => void handler("SIGINT"));
}

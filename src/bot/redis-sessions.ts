// Conversations in Redis, so that several bot processes behind a load balancer share them:
// consecutive turns may land on different replicas. Each session expires after inactivity.
//
// Two turns of one conversation may arrive on two replicas at once; read-change-write would let
// one overwrite the other's facts. So a turn holds a short lock on its conversation (SET NX PX with
// a token of its own) from reading the session to writing it back, and the write happens only
// while the lock is still its own.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { SessionSchema, SessionUnavailableError, type Session, type SessionStore, type Turn } from "./sessions.js";

export interface RedisStoreOptions {
  ttlMs: number;
  /** Keys are `${prefix}${sessionId}`, locks `${prefix}lock:${sessionId}`. */
  prefix?: string;
}

/** A turn holds its lock at most this long: a replica that dies mid-turn blocks its conversation no longer. */
const LOCK_MS = 5000;
/** A turn waits at most this long for the conversation's previous turn before it is refused. */
const WAIT_MS = 3000;

// KEYS: lock, session; ARGV: token, lock ms. The lock taken, the session is read in the same step.
const BEGIN = `if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {1, redis.call('get', KEYS[2])}
end
return {0}`;
// KEYS: lock, session; ARGV: token, session json, ttl ms. Written only by the lock's holder.
const SAVE = `if redis.call('get', KEYS[1]) == ARGV[1] then
  redis.call('set', KEYS[2], ARGV[2], 'PX', ARGV[3])
  redis.call('del', KEYS[1])
  return 1
end
return 0`;
// KEYS: lock; ARGV: token. Compare-and-delete: never another turn's lock.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`;

const BeginReply = z.union([z.tuple([z.literal(1), z.string().nullable()]), z.tuple([z.literal(0)])]);

export class RedisSessionStore implements SessionStore {
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisStoreOptions,
  ) {
    this.prefix = options.prefix ?? "policy-hotline:session:";
  }

  async begin(id: string): Promise<Turn> {
    const keys = [`${this.prefix}lock:${id}`, this.prefix + id] as const;
    const token = randomUUID();
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const reply = BeginReply.parse(await this.run(() => this.redis.eval(BEGIN, 2, ...keys, token, LOCK_MS)));
      if (reply[0] === 1) return this.turn(keys, token, reply[1]);
      if (Date.now() > deadline) throw new SessionUnavailableError(`conversation busy for over ${WAIT_MS} ms`);
      // Another turn of this conversation is under way: it takes milliseconds; poll again soon, jittered.
      await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8));
    }
  }

  private turn(keys: readonly [string, string], token: string, raw: string | null): Turn {
    let ended = false;
    return {
      stored: this.parse(raw),
      save: async (session: Session) => {
        ended = true;
        const saved = await this.run(() => this.redis.eval(SAVE, 2, ...keys, token, JSON.stringify(session), this.options.ttlMs));
        // Held past its lock (a pause of seconds): another turn may have run meanwhile, so this one is refused.
        if (saved !== 1) throw new SessionUnavailableError("the turn outlasted its lock");
      },
      [Symbol.asyncDispose]: async () => {
        if (ended) return;
        ended = true;
        // Unreachable now, the lock still expires on its own after LOCK_MS.
        await this.redis.eval(RELEASE, 1, keys[0], token).catch(() => {});
      },
    };
  }

  private parse(raw: string | null): Session | undefined {
    if (raw === null) return undefined;
    const parsed = SessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (err) {
      throw new SessionUnavailableError(err instanceof Error ? err.message : String(err));
    }
  }
}

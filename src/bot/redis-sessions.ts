// Conversations in Redis, so that several bot processes behind a load balancer share them:
// consecutive turns may land on different replicas. Each session expires after inactivity.
import { Redis } from "ioredis";
import { SessionSchema, SessionUnavailableError, type Session, type SessionStore } from "./sessions.js";

export interface RedisStoreOptions {
  ttlMs: number;
  /** Keys are `${prefix}${sessionId}`. */
  prefix?: string;
  /** A command waits at most this long (while Redis reconnects) before the turn is refused. */
  commandTimeoutMs?: number;
}

export class RedisSessionStore implements SessionStore {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(
    url: string,
    private readonly options: RedisStoreOptions,
  ) {
    this.prefix = options.prefix ?? "policy-hotline:session:";
    this.redis = new Redis(url, {
      // Fail a turn quickly rather than hang it; reconnect in the background.
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 1000,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 100, 1000),
    });
    // Errors surface on the commands that fail; the connection's own error events are expected while Redis is away.
    this.redis.on("error", () => {});
  }

  async get(id: string): Promise<Session | undefined> {
    const raw = await this.run(() => this.redis.get(this.prefix + id));
    if (raw === null) return undefined;
    const parsed = SessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  }

  async set(id: string, session: Session): Promise<void> {
    await this.run(() => this.redis.set(this.prefix + id, JSON.stringify(session), "PX", this.options.ttlMs));
  }

  async delete(id: string): Promise<void> {
    await this.run(() => this.redis.del(this.prefix + id));
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (err) {
      throw new SessionUnavailableError(err instanceof Error ? err.message : String(err));
    }
  }
}

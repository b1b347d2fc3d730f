// Wrong passwords, counted per address and account name (in Redis when the replicas share one):
// each attempt after the first waits longer before it is checked, and past STAFF_LOGIN_ATTEMPTS in
// 15 minutes attempts are refused until the window ends. A successful login clears the count.
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

const WINDOW_SECONDS = 15 * 60;
/** The second attempt waits this long, each later one twice the one before, up to MAX_DELAY_MS. */
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 4000;

export type Attempt = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

export class LoginThrottle {
  private readonly limiter: RateLimiterAbstract;

  constructor(attempts: number, redis?: Redis) {
    const options = { keyPrefix: "policy-hotline:staff-login", points: attempts, duration: WINDOW_SECONDS };
    const memory = new RateLimiterMemory(options);
    this.limiter = redis ? new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory }) : memory;
  }

  /** Counts an attempt before its password is checked, so that parallel guesses count too. */
  async attempt(address: string, name: string): Promise<Attempt> {
    try {
      const res = await this.limiter.consume(keyOf(address, name));
      const earlier = res.consumedPoints - 1;
      return { allowed: true, delayMs: earlier ? Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (earlier - 1)) : 0 };
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refused.msBeforeNext / 1000)) };
    }
  }

  async succeeded(address: string, name: string): Promise<void> {
    await this.limiter.delete(keyOf(address, name)).catch(() => false);
  }
}

const keyOf = (address: string, name: string) => `${address}|${name.toLowerCase()}`;

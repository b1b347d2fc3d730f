// Rate limits, counted in Redis when the replicas share one (so N replicas allow the limit, not N
// times it), else in process memory. While Redis is away each replica counts on its own.
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { LoginThrottle } from "../../desk/login-throttle.js";
import type { Config } from "./config.js";

/** One limit: so many per window, per key. */
export class Limit {
  private readonly limiter: RateLimiterAbstract;

  constructor(name: string, points: number, seconds: number, redis?: Redis) {
    const options = { keyPrefix: `policy-hotline:limit:${name}`, points, duration: seconds };
    const memory = new RateLimiterMemory(options);
    // Not ready (Redis away, reconnecting): counted in this process's memory at once, rather than
    // after the command's timeout. (While connecting at start /readyz keeps traffic away.)
    this.limiter = redis ? new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory }) : memory;
  }

  /** Takes one for `key`: 0 when allowed, else the seconds to wait. */
  async take(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
    }
  }
}

export interface Limits {
  /** Each conversation (a user in a chat): RATE_LIMIT_BURST messages per window, RATE_LIMIT_PER_MINUTE a minute on average. */
  conversation: Limit;
  /** Each client address of the web API, whatever conversation ids it sends. */
  address: Limit;
  /** Conversations each client address may start in an hour. */
  newConversations: Limit;
  /** Staff desk logins, per address and account name: slower after each wrong password, then refused. */
  staffLogin: LoginThrottle;
}

export function createLimits(config: Config, redis?: Redis): Limits {
  // A window long enough for the burst at the per-minute rate: 10 at 20 a minute → 10 per 30 s.
  const window = Math.max(1, Math.round((config.RATE_LIMIT_BURST * 60) / config.RATE_LIMIT_PER_MINUTE));
  return {
    conversation: new Limit("conversation", config.RATE_LIMIT_BURST, window, redis),
    address: new Limit("address", config.RATE_LIMIT_PER_ADDRESS_PER_MINUTE, 60, redis),
    newConversations: new Limit("new", config.NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR, 3600, redis),
    staffLogin: new LoginThrottle(config.STAFF_LOGIN_ATTEMPTS, redis),
  };
}

// Each message answered once: platforms deliver some twice (Slack retries a slow delivery and may
// send an event again; a signed request can be replayed; a WeChat puppet may re-emit a message).
// The first delivery of a key claims it — in Redis (SET NX with expiry) when the replicas share
// one, so a retry landing on another replica is recognised too; else in a bounded memory set.
import type { Redis } from "ioredis";

/** How long a delivery is remembered: past Slack's retries (up to ~5 min) and its 5-minute replay window. */
const REMEMBER_SECONDS = 60 * 60;
/** In memory, at most this many deliveries are remembered; the oldest go first. */
const MAX_REMEMBERED = 50_000;

export class Once {
  /** Key → when it was claimed (ms); Map order is claim order. */
  private readonly claimed = new Map<string, number>();

  constructor(private readonly redis?: Redis) {}

  /** True for the first delivery of `key` (on any replica): the one to answer. */
  async claim(key: string): Promise<boolean> {
    if (this.redis) {
      try {
        return (await this.redis.set(`policy-hotline:once:${key}`, "1", "EX", REMEMBER_SECONDS, "NX")) === "OK";
      } catch {
        // Redis away: remembered here instead — a retry on another replica may then be answered again,
        // which beats a message not answered at all.
      }
    }
    return this.claimHere(key);
  }

  private claimHere(key: string): boolean {
    const now = Date.now();
    for (const [k, at] of this.claimed) {
      if (now - at < REMEMBER_SECONDS * 1000 && this.claimed.size < MAX_REMEMBERED) break;
      this.claimed.delete(k);
    }
    if (this.claimed.has(key)) return false;
    this.claimed.set(key, now);
    return true;
  }
}

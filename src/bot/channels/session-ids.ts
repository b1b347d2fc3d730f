// Conversation ids the server issues to web clients: 128 random bits and an HMAC of them under the
// server's secret. Any replica with the secret tells an id it issued from one a client made up,
// without a look-up; a client cannot choose (or guess) another user's conversation.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const RANDOM_BYTES = 16;
/** The HMAC-SHA256 cut to 128 bits: forging one is still a 2^128 guess. */
const MAC_BYTES = 16;
const SHAPE = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/;

/**
 * Ids are made this many at a time. Between answers an HMAC costs ~30 µs (its code gone cold from
 * the CPU's caches), in a row ~3 µs; so is drawing random bytes, one system call per batch.
 */
const BATCH = 256;

export class SessionIds {
  private ready: string[] = [];

  constructor(private readonly secret: Buffer) {}

  issue(): string {
    if (!this.ready.length) {
      const random = randomBytes(BATCH * RANDOM_BYTES);
      for (let at = 0; at < random.length; at += RANDOM_BYTES) {
        const part = random.toString("base64url", at, at + RANDOM_BYTES);
        this.ready.push(`${part}.${this.mac(part)}`);
      }
    }
    return this.ready.pop()!;
  }

  /** True for an id this server (or a replica sharing its secret) issued. */
  issued(id: string): boolean {
    if (!SHAPE.test(id)) return false;
    const [random, mac] = id.split(".") as [string, string];
    // Compared as text, so that only the one spelling of the MAC is accepted.
    return timingSafeEqual(Buffer.from(mac), Buffer.from(this.mac(random)));
  }

  private mac(random: string): string {
    return createHmac("sha256", this.secret).update(random).digest().subarray(0, MAC_BYTES).toString("base64url");
  }
}

// The staff desk's login, kept in a cookie: the account's name and an expiry, signed with an HMAC
// under the server's secret (as conversation ids are), so any replica with the secret checks it
// without a look-up, and no one can make one up or stretch its expiry.
import { createHmac, timingSafeEqual } from "node:crypto";

export const STAFF_COOKIE = "hotline_staff";

export class StaffSessions {
  private readonly key: Buffer;

  constructor(
    secret: Buffer,
    private readonly ttlMs: number,
    private readonly clock: () => Date = () => new Date(),
  ) {
    // A key of its own, so that nothing else signed with the secret (a conversation id) passes as a login.
    this.key = createHmac("sha256", secret).update("policy-hotline staff session").digest();
  }

  issue(name: string): string {
    const body = `${Buffer.from(name).toString("base64url")}.${Math.floor((this.clock().getTime() + this.ttlMs) / 1000)}`;
    return `${body}.${this.mac(body)}`;
  }

  /** The name a token was issued to, while it has not expired; null for anything else. */
  check(token: string | undefined): string | null {
    const match = token?.match(/^([A-Za-z0-9_-]{1,200})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/);
    if (!match) return null;
    const [, name, expires, mac] = match as unknown as [string, string, string, string];
    const expected = this.mac(`${name}.${expires}`);
    if (!timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) return null;
    if (Number(expires) * 1000 <= this.clock().getTime()) return null;
    return Buffer.from(name, "base64url").toString("utf8");
  }

  get maxAgeSeconds(): number {
    return Math.floor(this.ttlMs / 1000);
  }

  private mac(body: string): string {
    return createHmac("sha256", this.key).update(body).digest("base64url");
  }
}

// The access_token cache of the official-account channel, on a clock the test moves.
import { describe, expect, it } from "vitest";
import { AccessToken } from "../../src/bot/channels/official/access-token.js";

function issuer() {
  let issued = 0;
  let release: () => void = () => {};
  const fetchToken = async () => {
    issued++;
    await new Promise<void>((r) => (release = r));
    return { value: `token-${issued}`, expiresInSeconds: 7200 };
  };
  return { fetchToken, issued: () => issued, release: () => release() };
}

describe("the access_token", () => {
  it("is fetched once for calls at the same time, and kept until shortly before it expires", async () => {
    let now = 0;
    const source = issuer();
    const tokens = new AccessToken(source.fetchToken, () => now);
    const waiting = [tokens.get(), tokens.get(), tokens.get()];
    source.release();
    expect(await Promise.all(waiting)).toEqual(["token-1", "token-1", "token-1"]);
    now = 6800_000;
    expect(await tokens.get()).toBe("token-1");
    expect(source.issued()).toBe(1);
    // Five minutes before the platform's 7200 s: a new one.
    now = 6901_000;
    const next = tokens.get();
    source.release();
    expect(await next).toBe("token-2");
    expect(source.issued()).toBe(2);
  });

  it("is fetched again when the platform refuses it, but not when an older one is refused", async () => {
    const source = issuer();
    const tokens = new AccessToken(source.fetchToken, () => 0);
    const first = tokens.get();
    source.release();
    expect(await first).toBe("token-1");
    tokens.expire("token-1");
    const second = tokens.get();
    source.release();
    expect(await second).toBe("token-2");
    // A call still holding token-1 learns it is refused: token-2 stays.
    tokens.expire("token-1");
    expect(await tokens.get()).toBe("token-2");
    expect(source.issued()).toBe(2);
  });
});

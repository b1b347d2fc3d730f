// Staff accounts from the settings, their hashed passwords, the command that makes an entry, and
// the signed login cookie.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { authenticate, StaffAccountsSchema } from "../../src/desk/accounts.js";
import { hashPassword, parseHash, verifyPassword } from "../../src/desk/passwords.js";
import { LoginThrottle } from "../../src/desk/login-throttle.js";
import { StaffSessions } from "../../src/desk/staff-session.js";
import { repoRoot } from "../../src/repo.js";

describe("staff accounts", () => {
  it("keep a salted scrypt hash, never the password, and check it", async () => {
    const [a, b] = [await hashPassword("s3cret password"), await hashPassword("s3cret password")];
    expect(a).toMatch(/^scrypt:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("s3cret");
    expect(await verifyPassword("s3cret password", parseHash(a)!)).toBe(true);
    expect(await verifyPassword("s3cret passwordx", parseHash(a)!)).toBe(false);
  });

  it("are read from STAFF_ACCOUNTS, and a malformed or repeated entry is refused with how to make one", async () => {
    const entry = `王芳:${await hashPassword("one password")}`;
    const accounts = StaffAccountsSchema.parse(`${entry}, li:${await hashPassword("two password")}`);
    expect(accounts.map((a) => a.name)).toEqual(["王芳", "li"]);
    expect(await authenticate(accounts, "王芳", "one password")).toMatchObject({ name: "王芳" });
    expect(await authenticate(accounts, "王芳", "two password")).toBeNull();
    expect(await authenticate(accounts, "nobody", "one password")).toBeNull();
    expect(StaffAccountsSchema.parse("")).toEqual([]);
    expect(StaffAccountsSchema.safeParse("li:plaintext").error?.issues[0]?.message).toMatch(/npm run staff-password/);
    expect(StaffAccountsSchema.safeParse(`${entry} ${entry}`).error?.issues[0]?.message).toMatch(/listed twice/);
  });

  it("get their entry from npm run staff-password, the password read from stdin", async () => {
    const run = spawnSync(process.execPath, ["dist/src/desk/hash-password.js", "zhang"], { cwd: repoRoot(), input: "a long enough password\n", encoding: "utf8" });
    expect(run.status).toBe(0);
    const accounts = StaffAccountsSchema.parse(run.stdout.trim());
    expect(await authenticate(accounts, "zhang", "a long enough password")).not.toBeNull();
    expect(spawnSync(process.execPath, ["dist/src/desk/hash-password.js", "zhang"], { cwd: repoRoot(), input: "short\n" }).status).toBe(1);
  });
});

describe("the login cookie", () => {
  it("names its account until it expires, and nothing once changed", () => {
    let now = new Date("2026-11-22T08:00:00Z");
    const sessions = new StaffSessions(Buffer.from("a-test-secret-of-at-least-32-characters"), 3_600_000, () => now);
    const token = sessions.issue("王芳");
    expect(sessions.check(token)).toBe("王芳");
    // A later expiry, written by hand: the signature no longer matches.
    const [name, expires, mac] = token.split(".");
    expect(sessions.check(`${name}.${Number(expires) + 3600}.${mac}`)).toBeNull();
    expect(sessions.check(undefined)).toBeNull();
    expect(sessions.check("garbage")).toBeNull();
    now = new Date("2026-11-22T09:00:01Z");
    expect(sessions.check(token)).toBeNull();
  });
});

describe("the login throttle", () => {
  it("makes each attempt after the first wait twice as long, refuses past the limit, and forgets on success", async () => {
    const throttle = new LoginThrottle(5);
    const delays = [];
    for (let i = 0; i < 5; i++) delays.push(await throttle.attempt("198.51.100.1", "Li"));
    expect(delays).toEqual([0, 250, 500, 1000, 2000].map((delayMs) => ({ allowed: true, delayMs })));
    const refused = await throttle.attempt("198.51.100.1", "li");
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Another address, or the same after a successful login, starts from nothing.
    expect(await throttle.attempt("198.51.100.2", "li")).toEqual({ allowed: true, delayMs: 0 });
    await throttle.succeeded("198.51.100.1", "li");
    expect(await throttle.attempt("198.51.100.1", "li")).toEqual({ allowed: true, delayMs: 0 });
  });
});

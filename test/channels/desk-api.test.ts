// The staff desk over HTTP: login and its limits, the gap queue filled from the web API (redacted,
// grouped, 👎), resolved and exported; kept in the SQLite file across a restart, and shared by two
// instances on one PostgreSQL database.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/bot/channels/http/app.js";
import type { Service } from "../../src/bot/channels/service.js";
import { hashPassword } from "../../src/desk/passwords.js";
import { StaffSessions } from "../../src/desk/staff-session.js";
import { hasPostgres, startPostgres, type PostgresServer } from "../storage/postgres-server.js";
import { testService } from "../helpers.js";

type App = ReturnType<typeof createHttpApp>;
const SECRET = "a-test-secret-of-at-least-32-characters";
const PASSWORD = "correct horse battery";
let STAFF = "";
beforeAll(async () => {
  STAFF = `li:${await hashPassword(PASSWORD)},wang:${await hashPassword("another password")}`;
});

const folder = mkdtempSync(join(tmpdir(), "ph-desk-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const services: Service[] = [];
afterAll(async () => {
  for (const s of services) await s.close();
});
function desk(env: Record<string, string> = {}): { app: App; service: Service } {
  const service = testService({ STAFF_ACCOUNTS: STAFF, SESSION_SECRET: SECRET, STAFF_LOGIN_ATTEMPTS: "3", TRUSTED_PROXY_HEADER: "X-Forwarded-For", ...env });
  services.push(service);
  return { app: createHttpApp(service), service };
}

const login = (app: App, name: string, password: string, address = "198.51.100.7") =>
  app.request("/staff/login", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address },
    body: new URLSearchParams({ name, password }).toString(),
  });

/** Logs in as li; the cookie to send. */
async function staffCookie(app: App): Promise<string> {
  const res = await login(app, "li", PASSWORD);
  expect(res.status).toBe(303);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

const ask = (app: App, question: string, cookie?: string) =>
  app.request("/api/ask", { method: "POST", headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ question }) });

interface Group {
  key: string;
  label: string;
  count: number;
  unknown: number;
  unhelpful: number;
  open: boolean;
  entries: Array<{ question: string; source: string | null }>;
  resolution: { kind: string; note: string; by: string; source: string | null } | null;
}
const groups = async (app: App, cookie: string, status = "all"): Promise<Group[]> => {
  const res = await app.request(`/staff/api/gaps?status=${status}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { groups: Group[] }).groups;
};

const ID_NUMBER = "110101199003076512";
const MOBILE = "13812345678";

describe("staff login", () => {
  it("redirects the page to the login and refuses the API without one", async () => {
    const { app } = desk();
    const page = await app.request("/staff");
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/staff/login");
    expect((await app.request("/staff/api/gaps")).status).toBe(401);
    expect((await app.request("/staff/api/gaps.csv")).status).toBe(401);
    expect((await app.request("/staff/login")).status).toBe(200);
  });

  it("sets a signed HttpOnly, SameSite=Strict cookie for /staff on the right password, and nothing on a wrong one", async () => {
    const { app } = desk();
    const wrong = await login(app, "li", "wrong password");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    expect(await wrong.text()).toContain("用户名或密码错误");
    expect((await login(app, "nobody", PASSWORD)).status).toBe(401);
    const ok = await login(app, "li", PASSWORD);
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/staff");
    const cookie = ok.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^hotline_staff=[^;]+; Path=\/staff; HttpOnly; SameSite=Strict; Max-Age=43200/);
    const value = cookie.split(";")[0]!;
    expect((await app.request("/staff", { headers: { cookie: value } })).status).toBe(200);
    expect(await (await app.request("/staff/api/me", { headers: { cookie: value } })).json()).toMatchObject({ name: "li" });
    // One letter of the signature changed, or signed with another key: not a login.
    const tampered = value.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    expect((await app.request("/staff/api/me", { headers: { cookie: tampered } })).status).toBe(401);
    const forged = `hotline_staff=${new StaffSessions(Buffer.from("another-secret-of-at-least-32-chars!"), 3_600_000).issue("li")}`;
    expect((await app.request("/staff/api/me", { headers: { cookie: forged } })).status).toBe(401);
  });

  it("slows each wrong password more, then refuses with Retry-After; another address is not held up", async () => {
    const { app } = desk();
    const timed = async (password: string, address?: string) => {
      const started = performance.now();
      const res = await login(app, "wang", password, address);
      return { status: res.status, ms: performance.now() - started, retry: res.headers.get("retry-after") };
    };
    const first = await timed("guess 1");
    const second = await timed("guess 2");
    const third = await timed("guess 3");
    expect([first.status, second.status, third.status]).toEqual([401, 401, 401]);
    // 0, 250 and 500 ms before the password is checked (test/desk/accounts.test.ts): no answer can
    // come sooner, however fast the machine (a check alone takes ~50 ms).
    expect(second.ms).toBeGreaterThanOrEqual(250);
    expect(third.ms).toBeGreaterThanOrEqual(500);
    const refused = await timed("another password");
    expect(refused.status).toBe(429);
    expect(Number(refused.retry)).toBeGreaterThan(60);
    expect((await timed("another password", "203.0.113.5")).status).toBe(303);
  });
});

describe("the gap queue over the API", () => {
  it("holds an unknown web question redacted, grouped with a similar one; takes a 👎; resolves; exports CSV", async () => {
    const { app } = desk();
    const cookie = await staffCookie(app);
    const first = await (await ask(app, `创业担保贷款利率是多少？我身份证${ID_NUMBER}，电话${MOBILE}`)).json();
    expect(first.intent).toBe("unknown");
    expect((await (await ask(app, "创业担保贷款利息怎么算")).json()).intent).toBe("unknown");
    // A confident answer is not in the queue until its user says it did not help.
    const chat = await ask(app, "平凉稳岗返还的条件是什么");
    const good = await chat.json();
    expect(good.intent).toBe("lookup");
    const userCookie = chat.headers.get("set-cookie")!.split(";")[0]!;
    const before = await groups(app, cookie);
    expect(before.map((g) => [g.label, g.count])).toEqual([["创业担保贷款", 2]]);
    const [loans] = before;
    // (Asked at the same moment of the test's clock: in either order.)
    expect(loans!.entries.map((e) => e.question).sort()).toEqual(["创业担保贷款利息怎么算", "创业担保贷款利率是多少？我身份证[身份证号]，电话[手机号]"].sort());
    expect(JSON.stringify(before)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(before)).not.toContain(MOBILE);

    // 👎 from another browser (not its conversation): refused. From its own: kept.
    const feedback = (body: object, cookieHeader?: string) =>
      app.request("/api/feedback", { method: "POST", headers: { "content-type": "application/json", ...(cookieHeader ? { cookie: cookieHeader } : {}) }, body: JSON.stringify(body) });
    expect((await feedback({ answerId: good.answerId, helpful: false })).status).toBe(404);
    expect((await feedback({ answerId: good.answerId, helpful: true }, userCookie)).status).toBe(204);
    expect((await groups(app, cookie)).length).toBe(1);
    expect((await feedback({ answerId: good.answerId, helpful: false }, userCookie)).status).toBe(204);
    expect((await feedback({ answerId: "made-up", helpful: false }, userCookie)).status).toBe(404);
    expect((await feedback({ helpful: "no" }, userCookie)).status).toBe(400);
    const after = await groups(app, cookie);
    const retention = after.find((g) => g.label === "稳岗返还")!;
    expect(retention).toMatchObject({ count: 1, unknown: 0, unhelpful: 1 });
    expect(retention.entries[0]!.source).toContain("平政办发〔2023〕75号");

    const resolve = (body: object) => app.request("/staff/api/gaps/resolve", { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
    expect((await resolve({ group: loans!.key, kind: "clause", docId: "xinganmeng-2023-04", clause: "99、" })).status).toBe(400);
    expect((await resolve({ group: "policy:none", kind: "outside" })).status).toBe(404);
    expect((await resolve({ group: loans!.key, kind: "clause", docId: "xinganmeng-2023-04", clause: "6、", note: "利率按国家规定，见第6条" })).status).toBe(200);
    expect((await resolve({ group: retention.key, kind: "outside", note: "请转人工" })).status).toBe(200);
    expect(await groups(app, cookie, "open")).toEqual([]);
    const resolved = (await groups(app, cookie, "resolved")).find((g) => g.key === loans!.key)!;
    expect(resolved.resolution).toMatchObject({ kind: "clause", note: "利率按国家规定，见第6条", by: "li" });
    expect(resolved.resolution!.source).toContain("兴就工发〔2023〕4号");

    const csv = await app.request("/staff/api/gaps.csv", { headers: { cookie } });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="gap-queue-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await csv.text();
    const rows = text.trim().split("\r\n");
    expect(rows).toHaveLength(4);
    expect(text).toContain("创业担保贷款利率是多少？我身份证[身份证号]，电话[手机号]");
    expect(text).toContain("由条款解答：《关于贯彻实施稳就业政策若干措施全力促发展惠民生的通知》（兴就工发〔2023〕4号）第6条");
    expect(text).toContain("文件未涉及");
    expect(text).not.toContain(ID_NUMBER);
  });

  it("keeps the queue in the SQLite file across a restart, and nothing of the ID or mobile number in it", async () => {
    const file = join(folder, "queue.sqlite");
    const first = desk({ DATABASE_FILE: file });
    await ask(first.app, `个税怎么算？我手机${MOBILE}`);
    await first.service.close();
    services.splice(services.indexOf(first.service), 1);
    expect(readFileSync(file).includes(MOBILE)).toBe(false);
    expect(readFileSync(file).includes("个税怎么算")).toBe(true);

    const second = desk({ DATABASE_FILE: file });
    const cookie = await staffCookie(second.app);
    expect((await groups(second.app, cookie)).map((g) => g.entries.map((e) => e.question))).toEqual([["个税怎么算？我手机[手机号]"]]);
  });
});

describe.skipIf(!hasPostgres)("two instances on one PostgreSQL database", () => {
  let postgres: PostgresServer;
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 30_000);
  afterAll(async () => {
    for (const s of services.splice(0)) await s.close();
    await postgres?.stop();
  });

  it("share the queue: asked on one, listed and resolved on the other, seen resolved on the first", async () => {
    const [a, b] = [desk({ DATABASE_URL: postgres.url }), desk({ DATABASE_URL: postgres.url })];
    await Promise.all([a.service.gaps.ready(), b.service.gaps.ready()]);
    const [cookieA, cookieB] = [await staffCookie(a.app), await staffCookie(b.app)];
    await ask(a.app, "房贷利率多少");
    await ask(b.app, "房贷能提前还吗");
    const seen = await groups(b.app, cookieB);
    expect(seen.map((g) => [g.label, g.count])).toEqual([["房贷（文件未涉及的话题）", 2]]);
    const res = await b.app.request("/staff/api/gaps/resolve", {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookieB },
      body: JSON.stringify({ group: seen[0]!.key, kind: "outside", note: "房贷不属稳就业政策" }),
    });
    expect(res.status).toBe(200);
    const [onA] = await groups(a.app, cookieA);
    expect(onA).toMatchObject({ open: false, resolution: { kind: "outside", note: "房贷不属稳就业政策" } });
  });
});

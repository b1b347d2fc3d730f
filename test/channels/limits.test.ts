import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_MESSAGE_CHARS } from "../../src/bot/bot.js";
import { createHttpApp } from "../../src/bot/channels/http/app.js";
import { Limit } from "../../src/bot/channels/rate-limit.js";
import { redact } from "../../src/bot/channels/redact.js";
import { MemorySessionStore } from "../../src/bot/sessions.js";
import { testBot, testService } from "../helpers.js";

type App = ReturnType<typeof createHttpApp>;

/** POST /api/ask from `address` as the proxy saw it (after an entry the client made up), with a session id or none. */
async function ask(app: App, address: string, sessionId?: string) {
  const res = await app.request("/api/ask", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `6.6.6.6, ${address}` },
    body: JSON.stringify({ question: "你好", ...(sessionId !== undefined ? { sessionId } : {}) }),
  });
  return { status: res.status, retryAfter: Number(res.headers.get("retry-after")), body: (await res.json()) as { sessionId?: string; text: string } };
}

/** An app whose client addresses come from X-Forwarded-For (a proxy in front), over a store the test can count. */
function behindProxy(env: Record<string, string>) {
  const sessions = new MemorySessionStore();
  const app = createHttpApp(testService({ TRUSTED_PROXY_HEADER: "X-Forwarded-For", ...env }, { sessions }));
  return { app, sessions };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("a limit", () => {
  it("lets its points through in a window, then says how long to wait, then lets them through again", async () => {
    vi.useFakeTimers();
    const limit = new Limit("test", 3, 10); // three every 10 s
    expect([await limit.take("u"), await limit.take("u"), await limit.take("u")]).toEqual([0, 0, 0]);
    expect(await limit.take("u")).toBe(10);
    expect(await limit.take("other")).toBe(0);
    vi.advanceTimersByTime(10_001);
    expect(await limit.take("u")).toBe(0);
  });
});

describe("limits per client address on the HTTP API", () => {
  it("counts an address's messages whether it leaves the id out or rotates made-up ids: 429 with Retry-After", async () => {
    const { app } = behindProxy({ RATE_LIMIT_PER_ADDRESS_PER_MINUTE: "5", NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR: "1000" });
    for (let i = 0; i < 5; i++) expect((await ask(app, "203.0.113.5")).status).toBe(200);
    const limited = await ask(app, "203.0.113.5");
    expect(limited.status).toBe(429);
    expect(limited.retryAfter).toBeGreaterThan(0);
    expect(limited.retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body.text).toContain("秒后再试");
    for (const made of ["a", "b", `${Math.random()}`]) expect((await ask(app, "203.0.113.5", made)).status).toBe(429);
    // Another address has its own count; an IPv6 client is counted by its /64, however it rotates the rest.
    expect((await ask(app, "203.0.113.6")).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await ask(app, `2001:db8:1:2::${i + 1}`)).status).toBe(200);
    expect((await ask(app, "2001:db8:1:2:ffff::9")).status).toBe(429);
  });

  it("answers nothing and keeps no conversation for a request over the limit", async () => {
    const { app, sessions } = behindProxy({ RATE_LIMIT_PER_ADDRESS_PER_MINUTE: "2" });
    await ask(app, "198.51.100.1");
    await ask(app, "198.51.100.1");
    expect(sessions.size).toBe(2);
    expect((await ask(app, "198.51.100.1")).status).toBe(429);
    expect(sessions.size).toBe(2);
  });

  it("caps the conversations one address starts in an hour, and still continues the ones it has", async () => {
    const { app, sessions } = behindProxy({ NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR: "3" });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await ask(app, "192.0.2.44")).body.sessionId!);
    const capped = await ask(app, "192.0.2.44", "made-up");
    expect(capped.status).toBe(429);
    expect(capped.retryAfter).toBeGreaterThan(60);
    expect(capped.retryAfter).toBeLessThanOrEqual(3600);
    expect(sessions.size).toBe(3);
    expect((await ask(app, "192.0.2.44", ids[0])).status).toBe(200);
    expect((await ask(app, "192.0.2.45")).status).toBe(200);
  });

  it("ignores X-Forwarded-For unless TRUSTED_PROXY_HEADER names it: the socket's address is counted", async () => {
    const server = serve({ fetch: createHttpApp(testService({ RATE_LIMIT_PER_ADDRESS_PER_MINUTE: "3" })).fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((r) => server.once("listening", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/ask`;
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const res = await fetch(url, { method: "POST", headers: { "x-forwarded-for": `10.9.9.${i}` }, body: JSON.stringify({ question: "你好" }) });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe("limits per conversation, on every channel's path", () => {
  it("answers 429 with Retry-After once a conversation is over its limit on the HTTP API", async () => {
    const app = createHttpApp(testService({ RATE_LIMIT_PER_MINUTE: "2", RATE_LIMIT_BURST: "2" }));
    const post = (sessionId?: string) => app.request("/api/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionId, question: "你好" }) });
    const first = await post();
    expect(first.status).toBe(200);
    const { sessionId } = await first.json();
    expect((await post(sessionId)).status).toBe(200);
    const limited = await post(sessionId);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).text).toContain("秒后再试");
  });

  it("limits the service every channel uses, per conversation", async () => {
    const service = testService({ RATE_LIMIT_PER_MINUTE: "1", RATE_LIMIT_BURST: "1" });
    expect((await service.answer("wechat", "wechat:u1", "你好")).intent).toBe("help");
    const second = await service.answer("wechat", "wechat:u1", "你好");
    expect(second.intent).toBe("error");
    expect(second.refused).toMatchObject({ reason: "rate-limited" });
    expect(second.refused!.retryAfterSeconds).toBeGreaterThan(0);
    expect((await service.answer("wechat", "wechat:u2", "你好")).intent).toBe("help");
  });

  it("asks politely to shorten an over-long message, and keeps the conversation", async () => {
    const bot = testBot();
    await bot.reply("u", "兴安盟，招了2个应届生，签了1年合同，吸纳就业补贴多少");
    const long = await bot.reply("u", "稳".repeat(MAX_MESSAGE_CHARS + 1));
    expect(long.intent).toBe("error");
    expect(long.text).toContain(`${MAX_MESSAGE_CHARS}字`);
    expect((await bot.reply("u", "是3个人")).calculation?.amount).toBe(4500);
  });

  it("keeps a bounded number of conversations in memory", async () => {
    const sessions = new MemorySessionStore({ maxSessions: 3 });
    const bot = testBot({ sessions });
    for (const id of ["a", "b", "c", "d", "e"]) await bot.reply(id, "你好");
    expect(sessions.size).toBe(3);
  });
});

describe("turns of one conversation in one process", () => {
  it("run one after another, so that concurrent turns lose no fact", async () => {
    const sessions = new MemorySessionStore();
    const bot = testBot({ sessions });
    await Promise.all(["参保50人", "去年裁员2人", "我们是小微企业"].map((fact) => bot.reply("same", fact)));
    await using turn = await sessions.begin("same");
    // Noted, or the facts of the calculation they started (参保 and 裁员 are 稳岗返还's).
    expect(Object.keys({ ...turn.stored!.pending, ...turn.stored!.calculation?.facts }).sort()).toEqual(["enterpriseKind", "insuredCount", "layoffs"]);
  });
});

describe("redaction", () => {
  it("removes ID-card and mobile numbers, and leaves other figures", () => {
    expect(redact("身份证11010519491231002X，电话13912345678，参保50人，缴费100000元")).toBe("身份证[身份证号]，电话[手机号]，参保50人，缴费100000元");
    expect(redact("+86 13812345678")).toBe("[手机号]");
  });
});

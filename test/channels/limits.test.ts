import { describe, expect, it } from "vitest";
import { MAX_MESSAGE_CHARS } from "../../src/bot/bot.js";
import { createHttpApp } from "../../src/bot/channels/http/app.js";
import { RateLimiter } from "../../src/bot/channels/rate-limit.js";
import { redact } from "../../src/bot/channels/redact.js";
import { MemorySessionStore } from "../../src/bot/sessions.js";
import { testBot, testService } from "../helpers.js";

describe("the rate limiter", () => {
  it("lets a burst through, then says how long to wait, then refills", () => {
    let now = 0;
    const limiter = new RateLimiter(6, 3, 100, () => now); // one every 10 s, three at once
    expect([limiter.take("u"), limiter.take("u"), limiter.take("u")]).toEqual([0, 0, 0]);
    expect(limiter.take("u")).toBe(10);
    expect(limiter.take("other")).toBe(0);
    now += 10_000;
    expect(limiter.take("u")).toBe(0);
  });

  it("remembers a bounded number of users", () => {
    const limiter = new RateLimiter(1, 1, 2);
    limiter.take("a");
    limiter.take("b");
    limiter.take("c"); // "a" is forgotten: it starts again with a full bucket
    expect(limiter.take("a")).toBe(0);
  });
});

describe("limits on every channel's path", () => {
  it("answers 429 with Retry-After once a user is over the limit on the HTTP API", async () => {
    const app = createHttpApp(testService({ RATE_LIMIT_PER_MINUTE: "2", RATE_LIMIT_BURST: "2" }));
    const ask = () => app.request("/api/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionId: "busy", question: "你好" }) });
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(200);
    const limited = await ask();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).text).toContain("秒后再试");
  });

  it("limits the service every channel uses, per user", async () => {
    const service = testService({ RATE_LIMIT_PER_MINUTE: "1", RATE_LIMIT_BURST: "1" });
    expect((await service.answer("wechat", "wechat:u1", "你好")).intent).toBe("help");
    const second = await service.answer("wechat", "wechat:u1", "你好");
    expect(second.intent).toBe("error");
    expect(second.retryAfterSeconds).toBeGreaterThan(0);
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

describe("redaction", () => {
  it("removes ID-card and mobile numbers, and leaves other figures", () => {
    expect(redact("身份证11010519491231002X，电话13912345678，参保50人，缴费100000元")).toBe("身份证[身份证号]，电话[手机号]，参保50人，缴费100000元");
    expect(redact("+86 13812345678")).toBe("[手机号]");
  });
});

import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { ConfigError, ConfigSchema, loadConfig, requireSettings } from "../../src/bot/channels/config.js";
import { createService } from "../../src/bot/channels/service.js";
import { on, repoCorpus, TODAY } from "../helpers.js";

describe("settings", () => {
  it("has defaults that need nothing set", () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, SLACK_MODE: "http", SLACK_COMMAND: "/policy", SESSION_TTL_MINUTES: 30 });
  });

  it("has defaults for the limits, the cookie and the shutdown deadline", () => {
    expect(loadConfig({})).toMatchObject({
      RATE_LIMIT_PER_MINUTE: 20,
      RATE_LIMIT_BURST: 10,
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: 60,
      NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR: 60,
      SESSION_COOKIE_SECURE: false,
      SHUTDOWN_TIMEOUT_SECONDS: 10,
    });
    expect(loadConfig({}).SESSION_SECRET).toBeUndefined();
    expect(loadConfig({ TRUSTED_PROXY_HEADER: "X-Forwarded-For", SESSION_COOKIE_SECURE: "true" })).toMatchObject({ TRUSTED_PROXY_HEADER: "x-forwarded-for", SESSION_COOKIE_SECURE: true });
  });

  it("refuses a session secret too short to sign with, and a proxy header that is not a header name", () => {
    expect(() => loadConfig({ SESSION_SECRET: "short" })).toThrow(/SESSION_SECRET: at least 32 characters/);
    expect(() => loadConfig({ TRUSTED_PROXY_HEADER: "X-Forwarded-For: 1.2.3.4" })).toThrow(/TRUSTED_PROXY_HEADER/);
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "abc" })).toThrow(/PORT/);
    expect(() => loadConfig({ SLACK_MODE: "carrier-pigeon" })).toThrow(/SLACK_MODE/);
    expect(() => loadConfig({ SLACK_COMMAND: "policy" })).toThrow(ConfigError);
  });

  it("says where to get a missing token", () => {
    expect(() => requireSettings(loadConfig({}), ["SLACK_SIGNING_SECRET"])).toThrow(/SLACK_SIGNING_SECRET is not set — get it from Slack app → Basic Information/);
    expect(requireSettings(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1" }), ["SLACK_BOT_TOKEN"])).toEqual({ SLACK_BOT_TOKEN: "xoxb-1" });
  });

  it("refuses a default region that is not a known place", () => {
    expect(() => createService(ConfigSchema.parse({ DATABASE_FILE: ":memory:", DEFAULT_REGION: "火星" }), { corpus: repoCorpus(), log: pino({ level: "silent" }) })).toThrow(/DEFAULT_REGION/);
  });
});

describe("the answering service", () => {
  function capture() {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({ write: (chunk, _, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    return { lines, log: pino({ level: "info" }, stream) };
  }

  it("logs one line per answer with channel, intent and latency, but not the message", async () => {
    const { lines, log } = capture();
    const service = createService(ConfigSchema.parse({ DATABASE_FILE: ":memory:" }), { corpus: repoCorpus(), clock: on(TODAY), log });
    await service.answer("test", "s1", "王科长热线是干什么的？我的电话13912345678");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ channel: "test", intent: "lookup", msg: "answered" });
    expect(typeof lines[0]!.ms).toBe("number");
    expect(JSON.stringify(lines)).not.toContain("王科长");
    expect(JSON.stringify(lines)).not.toContain("13912345678");
  });

  it("applies the deployment's default region", async () => {
    const service = createService(ConfigSchema.parse({ DATABASE_FILE: ":memory:", DEFAULT_REGION: "平凉" }), { corpus: repoCorpus(), log: pino({ level: "silent" }) });
    const a = await service.answer("test", "s", "见习补贴是多少？");
    expect(a.citations[0]?.docId).toBe("pingliang-2023-75");
  });

  it("waits for replies under way before shutting down", async () => {
    const service = createService(ConfigSchema.parse({ DATABASE_FILE: ":memory:" }), { corpus: repoCorpus(), log: pino({ level: "silent" }) });
    let done = 0;
    const replies = ["你好", "稳岗返还能返多少钱？", "王科长热线是干什么的？"].map((q, i) => service.answer("t", `s${i}`, q).then(() => done++));
    await service.drain();
    expect(done).toBe(3);
    await Promise.all(replies);
  });
});

// The 公众号 and WeCom callbacks end to end: the channel runs on a loopback port, a fake WeChat
// (fake-wechat.ts) signs, seals and posts messages to it by the protocol and opens its replies, and
// a local fake of the platforms' APIs hands out tokens and records what the channel sends there.
import { execFile, spawn } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FULL_TEXT_HINT } from "../../src/bot/brief.js";
import { loadConfig } from "../../src/bot/channels/config.js";
import { officialAccounts } from "../../src/bot/channels/official/accounts.js";
import { createOfficialApp, type OfficialApp } from "../../src/bot/channels/official/app.js";
import { MAX_MESSAGE_BYTES } from "../../src/bot/channels/official/text.js";
import { MemorySessionStore, type SessionStore, type Turn } from "../../src/bot/sessions.js";
import { repoRoot } from "../../src/repo.js";
import { freePort, testService } from "../helpers.js";
import { FakeWechat, type FakeAccount } from "./fake-wechat.js";

const MP = { token: "hotline-mp-token", aesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", appId: "wx1234567890abcdef", secret: "mp-secret" };
const WECOM = { token: "hotline-wecom-token", aesKey: "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG", corpId: "ww0123456789abcdef", agentId: "1000002", secret: "wecom-secret" };

/** A session store that counts turns and can be slow (as Redis under load). */
class CountingStore implements SessionStore {
  turns = 0;
  delayMs = 0;
  private readonly inner = new MemorySessionStore();
  async begin(id: string): Promise<Turn> {
    this.turns++;
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    return this.inner.begin(id);
  }
}

/** The platforms' token and message endpoints: tokens numbered as issued; `refuse` names tokens answered with an error code. */
const api = {
  tokens: { mp: 0, wecom: 0 },
  /** Every message post: the path, the token it carried, and its body. */
  posts: [] as Array<{ path: string; token: string; body: Record<string, unknown> }>,
  refuse: new Map<string, number>(),
  url: "",
};
let apiServer: Server;

const readJson = (req: IncomingMessage) =>
  new Promise<Record<string, unknown>>((resolve) => {
    let raw = "";
    req.on("data", (d) => (raw += d));
    req.on("end", () => resolve(raw ? JSON.parse(raw) : {}));
  });

interface Running {
  official: OfficialApp;
  store: CountingStore;
  server: ServerType;
  mp: FakeWechat;
  wecom: FakeWechat;
}
const running: Running[] = [];

/** The channel over a test service with these settings (both accounts, APIs at the fake), on a loopback port. */
async function startOfficial(env: Record<string, string>): Promise<Running> {
  const store = new CountingStore();
  const service = testService(
    {
      DEFAULT_REGION: "兴安盟",
      OFFICIAL_ACCOUNTS: "mp,wecom",
      MP_APP_ID: MP.appId,
      MP_APP_SECRET: MP.secret,
      MP_TOKEN: MP.token,
      WECOM_CORP_ID: WECOM.corpId,
      WECOM_AGENT_ID: WECOM.agentId,
      WECOM_SECRET: WECOM.secret,
      WECOM_TOKEN: WECOM.token,
      WECOM_ENCODING_AES_KEY: WECOM.aesKey,
      MP_API_URL: api.url,
      WECOM_API_URL: api.url,
      ...env,
    },
    { sessions: store },
  );
  const official = createOfficialApp(service, officialAccounts(service.config), { replyWithinMs: service.config.OFFICIAL_REPLY_MS });
  const server = serve({ fetch: official.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const account = (a: Omit<FakeAccount, "url">, path: string) => new FakeWechat({ ...a, url: `${base}${path}` });
  const channel = {
    official,
    store,
    server,
    mp: account({ kind: "mp", token: MP.token, aesKey: service.config.MP_ENCODING_AES_KEY, receiverId: MP.appId }, "/mp"),
    wecom: account({ kind: "wecom", token: WECOM.token, aesKey: WECOM.aesKey, receiverId: WECOM.corpId }, "/wecom"),
  };
  running.push(channel);
  return channel;
}

let safe: Running;
let plain: Running;

beforeAll(async () => {
  apiServer = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const token = url.searchParams.get("access_token") ?? "";
    const body = await readJson(req);
    res.setHeader("content-type", "application/json");
    if (url.pathname === "/cgi-bin/token" && url.searchParams.get("appid") === MP.appId && url.searchParams.get("secret") === MP.secret) {
      return res.end(JSON.stringify({ access_token: `mp-token-${++api.tokens.mp}`, expires_in: 7200 }));
    }
    if (url.pathname === "/cgi-bin/gettoken" && url.searchParams.get("corpid") === WECOM.corpId && url.searchParams.get("corpsecret") === WECOM.secret) {
      return res.end(JSON.stringify({ errcode: 0, errmsg: "ok", access_token: `wecom-token-${++api.tokens.wecom}`, expires_in: 7200 }));
    }
    if (url.pathname === "/cgi-bin/message/custom/send" || url.pathname === "/cgi-bin/message/send") {
      api.posts.push({ path: url.pathname, token, body });
      const refused = api.refuse.get(token);
      return res.end(JSON.stringify(refused ? { errcode: refused, errmsg: "invalid credential" } : { errcode: 0, errmsg: "ok" }));
    }
    res.end(JSON.stringify({ errcode: 40013, errmsg: "invalid appid" }));
  });
  await new Promise<void>((r) => apiServer.listen(0, "127.0.0.1", () => r()));
  api.url = `http://127.0.0.1:${(apiServer.address() as AddressInfo).port}`;
  safe = await startOfficial({ MP_ENCODING_AES_KEY: MP.aesKey });
  plain = await startOfficial({});
});

afterAll(async () => {
  for (const { server } of running) server.close();
  apiServer?.close();
});

describe("server verification", () => {
  it("公众号: the SHA-1 of the sorted token, timestamp and nonce must match, then echostr comes back", async () => {
    for (const { mp } of [safe, plain]) {
      expect(await mp.verify("8134782398472394")).toEqual({ status: 200, body: "8134782398472394" });
      const forged = await mp.verify("8134782398472394", { badSignature: true });
      expect(forged.status).toBe(403);
      expect(forged.body).not.toContain("8134782398472394");
      expect((await mp.verify("1", { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(403);
    }
  });

  it("WeCom: msg_signature over the sealed echostr, which is opened and returned in plain", async () => {
    expect(await safe.wecom.verify("5927496165281931")).toEqual({ status: 200, body: "5927496165281931" });
    expect((await safe.wecom.verify("5927496165281931", { badSignature: true })).status).toBe(403);
    expect((await safe.wecom.verify("5927496165281931", { receiverId: "wwSomeOtherCorp" })).status).toBe(403);
  });

  it("WeCom: the request in WeCom's own sample (WXBizMsgCrypt, 2014) verifies, on the day it was made", async () => {
    const service = testService({ OFFICIAL_ACCOUNTS: "wecom", WECOM_CORP_ID: "wx5823bf96d3bd56c7", WECOM_AGENT_ID: "1", WECOM_SECRET: "s", WECOM_TOKEN: "QDG6eK", WECOM_ENCODING_AES_KEY: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C" });
    const app = createOfficialApp(service, officialAccounts(service.config), { replyWithinMs: 4000, now: () => 1409659589_000 });
    const query = new URLSearchParams({
      msg_signature: "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3",
      timestamp: "1409659589",
      nonce: "263014780",
      echostr: "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==",
    });
    const res = await app.fetch(new Request(`http://x/wecom?${query}`));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("1616140317555161061");
  });
});

describe("messages in safe mode", () => {
  it("answers a question as the encrypted passive reply, in the phone's short form, with the source", async () => {
    const { reply, body } = await safe.mp.post(safe.mp.text("oOpenIdLookup", "公益性岗位补贴最长能享受几年？"));
    expect(body).not.toContain("公益性岗位");
    expect(reply).toMatchObject({ ToUserName: "oOpenIdLookup", FromUserName: "gh_hotline", MsgType: "text" });
    expect(reply!.Content).toContain("3年");
    expect(reply!.Content).toMatch(/\n出处：《[^》]+》（兴就工发〔2023〕4号）/);
  });

  it("keeps a two-turn calculation per OpenID and computes the amount", async () => {
    const first = await safe.mp.post(safe.mp.text("oOpenIdCalc", "稳岗返还能返多少？我们是小微企业，参保25人"));
    expect(first.reply!.Content).toContain("还需要知道");
    // Another user's message in between is another conversation.
    const other = await safe.mp.post(safe.mp.text("oOpenIdOther", "去年裁了4个人，缴了失业保险3万元"));
    expect(other.reply!.Content).not.toContain("18000");
    const second = await safe.mp.post(safe.mp.text("oOpenIdCalc", "去年裁了4个人，缴了失业保险3万元"));
    expect(second.reply!.Content).toContain("18000");
    expect(second.reply!.Content).toContain(FULL_TEXT_HINT);
  });

  it("keeps a long answer (three regions' clauses in full) within one WeChat message, saying where the rest is", async () => {
    await safe.mp.post(safe.mp.text("oOpenIdFull", "各地的稳岗返还比例分别是多少"));
    const full = (await safe.mp.post(safe.mp.text("oOpenIdFull", "原文"))).reply!.Content!;
    expect(full).toContain("《");
    expect(Buffer.byteLength(full)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expect(Buffer.byteLength(full)).toBeGreaterThan(MAX_MESSAGE_BYTES - 100);
    expect(full.endsWith("…（内容较长，请咨询12333获取完整条文）")).toBe(true);
  });

  it("answers a WeCom app's members by UserID, sealed with the CorpID", async () => {
    const first = await safe.wecom.post(safe.wecom.text("zhangsan", "稳岗返还能返多少？我们是小微企业，参保25人"));
    expect(first.reply).toMatchObject({ ToUserName: "zhangsan", FromUserName: WECOM.corpId });
    expect(first.reply!.Content).toContain("还需要知道");
    const second = await safe.wecom.post(safe.wecom.text("zhangsan", "去年裁了4个人，缴了失业保险3万元"));
    expect(second.reply!.Content).toContain("18000");
  });

  it("answers a message WeChat delivers three times once, with one turn", async () => {
    const message = safe.mp.text("oOpenIdRetry", "公益性岗位补贴最长能享受几年？");
    const turns = safe.store.turns;
    const deliveries = await Promise.all([safe.mp.post(message), safe.mp.post(message), safe.mp.post(message)]);
    expect(deliveries.filter((d) => d.reply?.Content?.includes("3年"))).toHaveLength(1);
    expect(deliveries.filter((d) => d.body === "success")).toHaveLength(2);
    expect((await safe.mp.post(message)).body).toBe("success");
    expect(safe.store.turns).toBe(turns + 1);
  });
});

describe("requests that are not WeChat's", () => {
  it("refuses a bad signature, another AppID's seal and an old or future timestamp, answering nothing", async () => {
    const message = safe.mp.text("oOpenIdForged", "公益性岗位补贴最长能享受几年？");
    const turns = safe.store.turns;
    const posts = api.posts.length;
    const now = Math.floor(Date.now() / 1000);
    for (const options of [{ badSignature: true }, { receiverId: "wxAnotherAppId000" }, { timestamp: now - 600 }, { timestamp: now + 600 }]) {
      const refused = await safe.mp.post(message, options);
      expect(refused.status).toBe(403);
      expect(refused.reply).toBeUndefined();
    }
    expect((await safe.wecom.post(safe.wecom.text("zhangsan", "你好"), { receiverId: "wwAnotherCorp" })).status).toBe(403);
    expect((await plain.mp.post(plain.mp.text("oOpenIdForged", "你好"), { badSignature: true })).status).toBe(403);
    expect(safe.store.turns).toBe(turns);
    expect(api.posts.length).toBe(posts);
    // None of them took the message's MsgId: WeChat's own delivery of it is answered.
    expect((await safe.mp.post(message)).reply!.Content).toContain("3年");
  });

  it("refuses a body that is not a message", async () => {
    expect((await plain.mp.post("<xml><MsgType>text</MsgType></xml>")).status).toBe(400);
    expect((await plain.mp.post("not xml")).status).toBe(400);
    // A safe-mode account takes no plaintext message, however it is signed.
    const res = await fetch(`${safe.mp.account.url}?signature=x&timestamp=1&nonce=1`, { method: "POST", body: safe.mp.text("o1", "你好") });
    expect(res.status).toBe(400);
  });
});

describe("events and messages that are not text", () => {
  it("welcomes a new follower with the help answer", async () => {
    const turns = safe.store.turns;
    const { reply } = await safe.mp.post(safe.mp.message({ FromUserName: "oOpenIdNew", MsgType: "event", Event: "subscribe" }));
    expect(reply!.Content).toContain("您好！我是稳就业政策咨询助手");
    expect(reply!.Content).toContain("兴安盟");
    expect(safe.store.turns).toBe(turns);
  });

  it("asks for text when sent a picture, a voice message or a location", async () => {
    for (const MsgType of ["image", "voice", "location"]) {
      const { reply } = await safe.mp.post(safe.mp.message({ FromUserName: "oOpenIdMedia", MsgType, MediaId: "m1", MsgId: `${Date.now()}${MsgType.length}` }));
      expect(reply!.Content).toContain("请用文字提问");
    }
  });

  it("says nothing to other events", async () => {
    expect((await safe.mp.post(safe.mp.message({ FromUserName: "oOpenIdNew", MsgType: "event", Event: "unsubscribe" }))).body).toBe("success");
  });
});

describe("plain mode (明文模式, as a 测试号 has)", () => {
  it("answers in plain XML, signed requests only", async () => {
    const { reply, body } = await plain.mp.post(plain.mp.text("oOpenIdPlain", "公益性岗位补贴最长能享受几年？"));
    expect(body).toContain("<Content><![CDATA[");
    expect(reply).toMatchObject({ ToUserName: "oOpenIdPlain", FromUserName: "gh_hotline", MsgType: "text" });
    expect(reply!.Content).toContain("3年");
  });
});

describe("an answer too late for the passive reply", () => {
  let slow: Running;
  beforeAll(async () => {
    slow = await startOfficial({ MP_ENCODING_AES_KEY: MP.aesKey, OFFICIAL_REPLY_MS: "50" });
    slow.store.delayMs = 250;
  });

  async function lateAnswer(fake: FakeWechat, user: string, question: string) {
    const delivered = await fake.post(fake.text(user, question));
    expect(delivered.body).toBe("success");
    await slow.official.drain();
  }

  it("goes through the 公众号 customer-service API, with the token cached, and a 40001 refreshes it once", async () => {
    await lateAnswer(slow.mp, "oOpenIdSlow", "公益性岗位补贴最长能享受几年？");
    expect(api.tokens.mp).toBe(1);
    expect(api.posts.at(-1)).toMatchObject({ path: "/cgi-bin/message/custom/send", token: "mp-token-1", body: { touser: "oOpenIdSlow", msgtype: "text" } });
    expect((api.posts.at(-1)!.body.text as { content: string }).content).toContain("3年");

    await lateAnswer(slow.mp, "oOpenIdSlow", "兴安盟低保户就业后收入超过低保标准了，渐退期最长多少个月？");
    expect(api.tokens.mp).toBe(1);
    expect(api.posts.at(-1)!.token).toBe("mp-token-1");

    // The platform stops taking the token (another server fetched a new one).
    api.refuse.set("mp-token-1", 40001);
    const before = api.posts.length;
    await lateAnswer(slow.mp, "oOpenIdSlow", "公益性岗位补贴最长能享受几年？");
    expect(api.tokens.mp).toBe(2);
    expect(api.posts.slice(before).map((p) => p.token)).toEqual(["mp-token-1", "mp-token-2"]);
  });

  it("goes through the WeCom app-message API to the UserID, and a 42001 (expired) refreshes the token once", async () => {
    await lateAnswer(slow.wecom, "lisi", "公益性岗位补贴最长能享受几年？");
    expect(api.posts.at(-1)).toMatchObject({ path: "/cgi-bin/message/send", token: "wecom-token-1", body: { touser: "lisi", agentid: 1000002, msgtype: "text" } });
    api.refuse.set("wecom-token-1", 42001);
    const before = api.posts.length;
    await lateAnswer(slow.wecom, "lisi", "公益性岗位补贴最长能享受几年？");
    expect(api.tokens.wecom).toBe(2);
    expect(api.posts.slice(before).map((p) => p.token)).toEqual(["wecom-token-1", "wecom-token-2"]);
  });
});

describe("settings", () => {
  it("names each missing setting and where it is in the admin console", () => {
    expect(() => officialAccounts(loadConfig({}))).toThrow(/MP_APP_ID is not set — get it from mp\.weixin\.qq\.com → 设置与开发 → 基本配置 → 开发者ID\(AppID\)/);
    let message = "";
    try {
      officialAccounts(loadConfig({ OFFICIAL_ACCOUNTS: "mp,wecom", MP_APP_ID: "wx1", MP_TOKEN: "t" }));
    } catch (err) {
      message = String(err);
    }
    for (const name of ["MP_APP_SECRET", "WECOM_CORP_ID", "WECOM_AGENT_ID", "WECOM_SECRET", "WECOM_TOKEN", "WECOM_ENCODING_AES_KEY"]) expect(message).toContain(`${name} is not set`);
    expect(message).toContain("接收消息 → 设置API接收 → EncodingAESKey");
    expect(message).not.toContain("MP_APP_ID");
  });

  it("refuses an EncodingAESKey that is not 43 letters and digits, and an unknown account kind", () => {
    expect(() => loadConfig({ MP_ENCODING_AES_KEY: MP.aesKey.slice(1) })).toThrow(/MP_ENCODING_AES_KEY: 43 letters and digits/);
    expect(() => loadConfig({ OFFICIAL_ACCOUNTS: "mp,qq" })).toThrow(/OFFICIAL_ACCOUNTS/);
  });
});

describe("npm run official", () => {
  const ENTRY = "dist/src/bot/channels/official/main.js";
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(MP|WECOM|OFFICIAL)_/.test(k)));

  it("stops with the missing settings named, exit code 2", async () => {
    const failed = await promisify(execFile)(process.execPath, [ENTRY], { cwd: repoRoot(), env, timeout: 15_000 }).then(
      () => null,
      (err: { code?: unknown; stderr?: unknown }) => err,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/^MP_APP_ID is not set/);
  });

  it("serves the 公众号 callback on OFFICIAL_PORT and exits cleanly on SIGTERM", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [ENTRY], { cwd: repoRoot(), env: { ...env, DATABASE_FILE: ":memory:", OFFICIAL_PORT: String(port), MP_APP_ID: MP.appId, MP_APP_SECRET: "s", MP_TOKEN: MP.token }, stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    child.stderr.on("data", (d) => (log += d));
    const exited = new Promise<number | null>((r) => child.once("exit", r));
    for (let i = 0; i < 100 && !log.includes("listening"); i++) await new Promise((r) => setTimeout(r, 100));
    const mp = new FakeWechat({ kind: "mp", token: MP.token, receiverId: MP.appId, url: `http://127.0.0.1:${port}/mp` });
    expect(await mp.verify("42")).toEqual({ status: 200, body: "42" });
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 30_000);
});

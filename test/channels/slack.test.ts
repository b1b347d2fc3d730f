// The Slack channel end to end: the real Bolt HTTP receiver, correctly signed requests, and a local
// fake of the Slack Web API that records what the app posts.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigSchema } from "../../src/bot/channels/config.js";
import { createSlackApp } from "../../src/bot/channels/slack/app.js";
import { escapeMrkdwn, slackMessage } from "../../src/bot/channels/slack/blocks.js";
import { testBot, testService } from "../helpers.js";

const SECRET = "test-signing-secret";
const posted: Array<Record<string, string>> = [];
let fakeApi: Server;
let app: App;
let appUrl: string;

const listen = (server: Server) => new Promise<number>((r) => server.listen(0, "127.0.0.1", () => r((server.address() as AddressInfo).port)));

function sign(body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };
}

async function send(body: string, contentType: string, headers: Record<string, string> = sign(body)) {
  return fetch(`${appUrl}/slack/events`, { method: "POST", headers: { "content-type": contentType, ...headers }, body });
}

const event = (e: Record<string, unknown>) =>
  JSON.stringify({ type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: `Ev${Math.random()}`, event_time: 1, event: e });

async function nextPost(count: number): Promise<Record<string, string>> {
  for (let i = 0; i < 200 && posted.length < count; i++) await new Promise((r) => setTimeout(r, 25));
  expect(posted.length).toBe(count);
  return posted[count - 1]!;
}

beforeAll(async () => {
  fakeApi = createServer((req, res) => {
    let raw = "";
    req.on("data", (d) => (raw += d));
    req.on("end", () => {
      const fields = req.headers["content-type"]?.includes("json") ? JSON.parse(raw || "{}") : Object.fromEntries(new URLSearchParams(raw));
      res.setHeader("content-type", "application/json");
      if (req.url?.endsWith("/auth.test")) return res.end(JSON.stringify({ ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1" }));
      if (req.url?.endsWith("/chat.postMessage")) posted.push(fields);
      res.end(JSON.stringify({ ok: true, ts: "9.9" }));
    });
  });
  const apiPort = await listen(fakeApi);
  const config = ConfigSchema.parse({ DATABASE_FILE: ":memory:", SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `http://127.0.0.1:${apiPort}/api/` });
  app = createSlackApp(testService(), config);
  const server = (await app.start(0)) as Server;
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 30_000);

afterAll(async () => {
  await app?.stop();
  fakeApi?.close();
});

describe("the Slack app", () => {
  it("answers a direct message with blocks and a text fallback", async () => {
    const res = await send(event({ type: "message", channel: "D1", channel_type: "im", user: "U1", text: "王科长热线是干什么的？", ts: "1.1" }), "application/json");
    expect(res.status).toBe(200);
    const msg = await nextPost(1);
    expect(msg.channel).toBe("D1");
    expect(msg.text).toContain("王科长热线");
    const blocks = JSON.parse(msg.blocks!);
    expect(blocks[0].type).toBe("section");
    expect(JSON.stringify(blocks)).toContain("黑政办规〔2023〕2号");
  });

  it("answers a mention in its thread, with the amount as a field and a validity warning", async () => {
    const text = "<@UBOT> 我们是平凉的小微企业，参保职工50人，上年度裁员2人，去年缴了失业保险费10万元，稳岗返还能拿多少？";
    await send(event({ type: "app_mention", channel: "C1", user: "U2", text, ts: "2.2" }), "application/json");
    const msg = await nextPost(2);
    expect(msg.channel).toBe("C1");
    expect(msg.thread_ts).toBe("2.2");
    const blocks = JSON.parse(msg.blocks!);
    const fields = blocks.find((b: { fields?: unknown[] }) => b.fields);
    expect(JSON.stringify(fields)).toContain("60000");
    expect(JSON.stringify(blocks)).toMatch(/:warning: 该政策已于2023-12-31到期，最新政策请咨询当地人社部门或拨打12333/);
    // The policy's end is said once; the clause's words have a block of their own.
    expect((JSON.stringify(blocks).match(/到期/g) ?? []).length).toBe(1);
    expect(blocks.some((b: { type: string; elements?: Array<{ text: string }> }) => b.type === "context" && b.elements?.[0]?.text.startsWith("原文："))).toBe(true);
    expect(msg.text).toContain("60000");
  });

  it("keeps a two-turn calculation per user in a direct message", async () => {
    await send(event({ type: "message", channel: "D2", channel_type: "im", user: "U3", text: "稳岗返还能返多少钱？", ts: "3.1" }), "application/json");
    await nextPost(3);
    await send(event({ type: "message", channel: "D2", channel_type: "im", user: "U3", text: "平凉的小微企业，参保20人，去年没裁员，缴了失业保险4万元", ts: "3.2" }), "application/json");
    expect((await nextPost(4)).text).toContain("24000");
  });

  it("lays regions side by side as fields, a section per region, each figure with its clause", async () => {
    const { blocks } = slackMessage(await testBot().reply("c", "黑龙江和兴安盟的稳岗返还有什么不同"));
    type Section = { type: string; text?: { text: string }; fields?: Array<{ text: string }> };
    const regions = (blocks as Section[]).filter((b) => b.type === "section" && b.fields);
    expect(regions.map((b) => b.text?.text)).toEqual(["*黑龙江省*", "*兴安盟*"]);
    for (const b of regions) for (const f of b.fields!) expect(f.text).toMatch(/^\*.+\*\n.+（第.+条）$/s);
    // The differences are said in the answer's own section, the rows only as fields.
    expect((blocks[0] as Section).text!.text).toContain("不同之处");
    expect((blocks[0] as Section).text!.text).not.toContain("【兴安盟】");
  });

  it("answers the slash command ephemerally", async () => {
    const form = new URLSearchParams({ command: "/policy", text: "兴安盟公益性岗位补贴最长能享受几年？", user_id: "U4", channel_id: "C1", team_id: "T1", response_url: "http://127.0.0.1:1/none", trigger_id: "t" }).toString();
    const res = await send(form, "application/x-www-form-urlencoded");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toContain("3年");
    expect(body.blocks.length).toBeGreaterThan(0);
  });

  it("refuses a request with a bad signature and never answers it", async () => {
    const before = posted.length;
    const body = event({ type: "message", channel: "D9", channel_type: "im", user: "U9", text: "你好", ts: "9.1" });
    const res = await send(body, "application/json", sign(`${body} tampered`));
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(posted.length).toBe(before);
  });

  it("ignores its own and edited messages", async () => {
    const before = posted.length;
    await send(event({ type: "message", subtype: "message_changed", channel: "D1", channel_type: "im", ts: "5.1" }), "application/json");
    await send(event({ type: "message", channel: "D1", channel_type: "im", bot_id: "BBOT", user: "UBOT", text: "x", ts: "5.2" }), "application/json");
    await new Promise((r) => setTimeout(r, 200));
    expect(posted.length).toBe(before);
  });

  it("answers an event once, however often it is delivered: a replay, a retry (X-Slack-Retry-Num), the same event_id again", async () => {
    const before = posted.length;
    const body = JSON.stringify({ type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: "EvOnce1", event_time: 1, event: { type: "message", channel: "D7", channel_type: "im", user: "U7", text: "王科长热线是干什么的？", ts: "7.1" } });
    const headers = sign(body);
    expect((await send(body, "application/json", headers)).status).toBe(200);
    await nextPost(before + 1);
    // The same signed request replayed, then Slack's own retry of it.
    expect((await send(body, "application/json", headers)).status).toBe(200);
    expect((await send(body, "application/json", { ...sign(body), "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" })).status).toBe(200);
    // Another delivery of the same event (another request, same event_id).
    const again = body.replace('"ts":"7.1"', '"ts":"7.2"');
    expect((await send(again, "application/json")).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(posted.length).toBe(before + 1);
  });

  it("answers a slash command once when its request is replayed", async () => {
    const form = new URLSearchParams({ command: "/policy", text: "兴安盟公益性岗位补贴最长能享受几年？", user_id: "U8", channel_id: "C1", team_id: "T1", response_url: "http://127.0.0.1:1/none", trigger_id: "trigger-once" }).toString();
    const headers = sign(form);
    const first = await send(form, "application/x-www-form-urlencoded", headers);
    expect((await first.json()).text).toContain("3年");
    const replayed = await send(form, "application/x-www-form-urlencoded", headers);
    expect(replayed.status).toBe(200);
    expect(await replayed.text()).toBe("");
  });

  it("escapes Slack markup in text it shows", () => {
    expect(escapeMrkdwn("<@U1> & <!channel>")).toBe("&lt;@U1&gt; &amp; &lt;!channel&gt;");
  });
});

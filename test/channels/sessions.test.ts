// Web conversations belong to the client the server issued them to: an id is the server's (random,
// HMAC-signed), kept by the page in an HttpOnly cookie; a made-up, guessed or forged id starts a new
// conversation — never someone else's, never an error.
import { describe, expect, it } from "vitest";
import { createHttpApp, SESSION_COOKIE } from "../../src/bot/channels/http/app.js";
import { MemorySessionStore } from "../../src/bot/sessions.js";
import { MANY_USERS, testService } from "../helpers.js";

const SECRET = "a-test-secret-of-at-least-32-characters";
type App = ReturnType<typeof createHttpApp>;
type Reply = { sessionId: string; intent: string; text: string; calculation: { amount: number | null } | null };

/** A browser: keeps the cookie the server sets, like the page does. */
function browser(app: App) {
  let cookie: string | undefined;
  return {
    get cookie() {
      return cookie;
    },
    async ask(body: Record<string, unknown>, headers: Record<string, string> = {}) {
      const res = await app.request("/api/ask", {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}), ...headers },
        body: JSON.stringify(body),
      });
      const set = res.headers.get("set-cookie");
      if (set) cookie = set.split(";")[0];
      return { status: res.status, setCookie: set, body: (await res.json()) as Reply };
    },
  };
}

const newApp = (env: Record<string, string> = {}) => createHttpApp(testService({ SESSION_SECRET: SECRET, ...MANY_USERS, ...env }));
const HIRES = "兴安盟，招了2个应届生，签了1年合同，吸纳就业补贴多少";

describe("conversations the server issues", () => {
  it("gives a second client that reuses another's id a conversation of its own: it can neither see nor wipe the first's facts", async () => {
    const app = newApp();
    const owner = browser(app);
    const first = await owner.ask({ sessionId: "1", question: HIRES });
    expect(first.body.calculation?.amount).toBe(3000);
    expect(first.body.sessionId).not.toBe("1");

    const other = browser(app);
    const seen = await other.ask({ sessionId: "1", question: "是3个人" });
    expect(seen.status).toBe(200);
    expect(seen.body.calculation).toBeNull();
    expect(seen.body.sessionId).not.toBe(first.body.sessionId);
    await other.ask({ sessionId: "1", question: "重新算" });

    // The owner's conversation is untouched: the correction applies to its own facts.
    expect((await owner.ask({ sessionId: "1", question: "是3个人" })).body.calculation?.amount).toBe(4500);
  });

  it("starts a new conversation for a forged, malformed or unsigned id, in the body or the cookie, never with an error", async () => {
    const app = newApp();
    const owner = browser(app);
    const issued = (await owner.ask({ question: HIRES })).body.sessionId;
    const [random, mac] = issued.split(".") as [string, string];
    const flipped = `${random}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`;
    const elsewhere = (await browser(newApp({ SESSION_SECRET: "another-secret-of-at-least-32-characters" })).ask({ question: "你好" })).body.sessionId;
    const forged = ["1", "../etc", "x".repeat(500), `${random}.${"A".repeat(22)}`, random, flipped, elsewhere, `${issued}x`, ""];
    for (const id of forged) {
      for (const via of ["body", "cookie"] as const) {
        const res = await browser(app).ask(via === "body" ? { sessionId: id, question: "是3个人" } : { question: "是3个人" }, via === "cookie" ? { cookie: `${SESSION_COOKIE}=${id}` } : {});
        expect(res.status, `${via}: ${id}`).toBe(200);
        expect(res.body.sessionId).not.toBe(id);
        expect(res.body.sessionId).not.toBe(issued);
        expect(res.body.calculation, `${via}: ${id}`).toBeNull();
      }
    }
    // A number where the id goes is not an error either.
    expect((await browser(app).ask({ sessionId: 7, question: "你好" })).status).toBe(200);
    expect((await owner.ask({ question: "是3个人" })).body.calculation?.amount).toBe(4500);
  });

  it("continues a conversation by the id it issued, from the cookie or the body, on any replica with the same secret", async () => {
    const a = newApp();
    const page = browser(a);
    const issued = (await page.ask({ question: HIRES })).body.sessionId;
    expect(issued).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
    expect(page.cookie).toBe(`${SESSION_COOKIE}=${issued}`);
    expect((await page.ask({ question: "是3个人" })).body.calculation?.amount).toBe(4500);
    // An API client without cookies sends the id in the body.
    expect((await browser(a).ask({ sessionId: issued, question: "是4个人" })).body.calculation?.amount).toBe(6000);
    // Another replica (its own memory) accepts the id: the conversation keeps it.
    expect((await browser(newApp()).ask({ sessionId: issued, question: "你好" })).body.sessionId).toBe(issued);
  });

  it("keeps the id in an HttpOnly, SameSite=Lax cookie for the whole site, Secure over https or when the setting says so", async () => {
    const plain = (await browser(newApp()).ask({ question: "你好" })).setCookie!;
    expect(plain).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_.-]+;`));
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).toMatch(/Path=\//);
    expect(plain).not.toMatch(/Secure/);
    const https = await newApp().request("https://hotline.example/api/ask", { method: "POST", body: JSON.stringify({ question: "你好" }) });
    expect(https.headers.get("set-cookie")).toMatch(/Secure/);
    expect((await browser(newApp({ SESSION_COOKIE_SECURE: "true" })).ask({ question: "你好" })).setCookie).toMatch(/Secure/);
  });
});

describe("a conversation whose state is gone", () => {
  it("says the earlier conversation expired when a bare answer can only be read with it, and answers a question that stands on its own", async () => {
    let now = 0;
    const sessions = new MemorySessionStore({ ttlMs: 30 * 60_000, now: () => now });
    const app = createHttpApp(testService({ SESSION_SECRET: SECRET }, { sessions }));
    const page = browser(app);
    expect((await page.ask({ question: "稳岗返还能返多少钱？我们是平凉的小微企业" })).body.intent).toBe("clarify");
    for (const bare of ["参保50人", "6个月", "是的"]) {
      now += 31 * 60_000;
      const reply = (await page.ask({ question: bare })).body;
      expect(reply.intent, bare).toBe("clarify");
      expect(reply.text, bare).toContain("之前的对话已过期");
      expect(reply.text, bare).toMatch(/请把您的情况和想了解的政策一起再说一遍|请问您想了解哪项补贴或政策/);
    }
    now += 31 * 60_000;
    const standalone = (await page.ask({ question: "兴安盟公益性岗位补贴最长能享受几年？" })).body;
    expect(standalone.intent).toBe("lookup");
    expect(standalone.text).not.toContain("之前的对话");
    // A new visitor's first bare message is not told of a conversation it never had.
    expect((await browser(app).ask({ question: "6个月" })).body.text).not.toContain("之前的对话");
    expect((await browser(app).ask({ question: "6个月" })).body.text).not.toContain("先前说的情况");
  });

  it("on a platform channel, where the user may be writing for the first time, says the state may have expired, not that it did", async () => {
    const service = testService({ SESSION_SECRET: SECRET });
    const first = await service.answer("slack", "slack:T1:C1:U1", "参保50人");
    expect(first.text).toContain("如果之前问过，对话可能已过期");
    expect(first.text).not.toContain("之前的对话已过期");
    // A question that stands on its own is answered without the note.
    expect((await service.answer("slack", "slack:T1:C1:U2", "兴安盟公益性岗位补贴最长能享受几年？")).text).not.toContain("先前说的情况");
  });
});

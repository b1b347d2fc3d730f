import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../src/bot/answer.js";
import { createHttpApp, MAX_BODY_BYTES } from "../../src/bot/channels/http/app.js";
import { testService } from "../helpers.js";

const app = createHttpApp(testService());
const ask = (body: unknown, raw?: string) =>
  app.request("/api/ask", { method: "POST", headers: { "content-type": "application/json" }, body: raw ?? JSON.stringify(body) });

describe("POST /api/ask", () => {
  it("answers with the answer object and a session id", async () => {
    const res = await ask({ question: "王科长热线是干什么的？" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.sessionId).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
    expect(() => AnswerSchema.parse(body)).not.toThrow();
    expect(body.citations[0].docId).toBe("heilongjiang-2023-02");
  });

  it("keeps a conversation by session id across requests", async () => {
    const { sessionId } = await (await ask({ question: "稳岗返还能返多少钱？" })).json();
    const res = await ask({ sessionId, question: "平凉的小微企业，参保20人，去年没裁员，缴了失业保险4万元" });
    const body = await res.json();
    expect(body.calculation).toMatchObject({ amount: 24000, eligible: true });
  });

  it("uses the region given with the request", async () => {
    const body = await (await ask({ question: "公益性岗位补贴最长能享受几年？", region: "兴安盟" })).json();
    expect(body.citations[0].docId).toBe("xinganmeng-2023-04");
  });

  it("refuses bad input with 400 and a clear message", async () => {
    const notJson = await ask(null, "{not json");
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toContain("JSON");
    const empty = await ask({ question: "  " });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toContain("question");
  });

  it("refuses a body over the size limit with 413", async () => {
    const res = await ask({ question: "稳".repeat(MAX_BODY_BYTES) });
    expect(res.status).toBe(413);
  });
});

describe("GET endpoints", () => {
  it("reports liveness, readiness and the regions for the picker", async () => {
    expect(await (await app.request("/healthz")).json()).toMatchObject({ status: "ok", documents: 6 });
    const ready = await app.request("/readyz");
    expect(ready.status).toBe(200);
    // Sessions in memory: nothing else to depend on.
    expect(await ready.json()).toEqual({ ready: true, corpus: "ok", database: "ok" });
    expect((await (await app.request("/api/regions")).json()).regions).toContain("平凉市");
  });

  it("serves the chat page", async () => {
    const res = await app.request("/");
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("稳就业政策咨询");
  });
});

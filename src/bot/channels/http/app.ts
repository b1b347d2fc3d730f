// The HTTP API and the web chat: POST /api/ask, POST /api/feedback (👍/👎), GET /api/search (the
// clauses, for integrations), GET /api/regions, GET /healthz (liveness), GET /readyz (readiness),
// GET / (the page); the staff desk under /staff (desk.ts).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import type { HttpBindings } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { parse as parseCookies } from "hono/utils/cookie";
import { z } from "zod";
import { jurisdictionsOf } from "../../../knowledge/documents.js";
import { repoPath } from "../../../repo.js";
import { StorageError } from "../../../storage/database.js";
import { overLimit, type Refusal, type Reply, type Service } from "../service.js";
import { SessionIds } from "../session-ids.js";
import { clientAddress } from "./client-address.js";
import { DESK_PAGE, deskRoutes, LOGIN_PAGE, searchResponse } from "./desk.js";
import { securityHeaders } from "./headers.js";

export const MAX_BODY_BYTES = 16 * 1024;
export const MAX_QUESTION_CHARS = 2000;

export const AskRequestSchema = z.object({
  /** An id the server issued earlier; anything else, or none, starts a new conversation (never another's). */
  sessionId: z.string().optional().catch(undefined),
  question: z.string().trim().min(1, "question must not be empty").max(MAX_QUESTION_CHARS, `question: at most ${MAX_QUESTION_CHARS} characters`),
  region: z.string().max(50).nullable().optional(),
});

export const FeedbackRequestSchema = z.object({
  /** The answerId /api/ask returned with the answer. */
  answerId: z.string().min(1).max(100),
  helpful: z.boolean(),
  sessionId: z.string().optional().catch(undefined),
});

/** The cookie that holds the web page's conversation id. */
export const SESSION_COOKIE = "hotline_session";

const PAGE = readFileSync(repoPath("src", "bot", "channels", "http", "page.html"), "utf8");

const TOO_LARGE = Symbol("too large");

/**
 * The request body as text, at most `limit` bytes. On Node the raw request stream is read directly
 * (building a web Request for it costs more than answering); elsewhere (tests) the standard body.
 */
async function readBody(incoming: IncomingMessage | undefined, standard: () => Promise<string>, limit: number): Promise<string | typeof TOO_LARGE> {
  if (!incoming) {
    const text = await standard();
    return Buffer.byteLength(text) > limit ? TOO_LARGE : text;
  }
  if (Number(incoming.headers["content-length"] ?? 0) > limit) return TOO_LARGE;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return TOO_LARGE;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

type HttpContext = Context<{ Bindings: Partial<HttpBindings> }>;

/** A request header: on Node from the parsed request itself (a web Headers object costs more than the look-up). */
function requestHeader(c: HttpContext, name: string): string | undefined {
  const incoming = c.env?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function sessionCookie(c: HttpContext): string | undefined {
  const cookies = requestHeader(c, "cookie");
  return cookies ? parseCookies(cookies, SESSION_COOKIE)[SESSION_COOKIE] : undefined;
}

/** The cookie as written (an issued id needs no escaping): HttpOnly, so no script on the page reads it. */
function sessionCookieHeader(id: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** A message not answered: 429 over a limit, 503 when the session store is away; both say when to retry. */
function refuse(c: HttpContext, { refused, ...answer }: Reply & { refused: Refusal }) {
  c.header("Retry-After", String(refused.retryAfterSeconds));
  return c.json({ ...answer, error: answer.text }, refused.reason === "rate-limited" ? 429 : 503);
}

export function createHttpApp(service: Service): Hono<{ Bindings: Partial<HttpBindings> }> {
  const app = new Hono<{ Bindings: Partial<HttpBindings> }>();
  const chatHeaders = securityHeaders(PAGE);
  const deskHeaders = securityHeaders(DESK_PAGE, LOGIN_PAGE);
  app.use((c, next) => (c.req.path === "/staff" || c.req.path.startsWith("/staff/") ? deskHeaders : chatHeaders)(c, next));
  const regions = [...jurisdictionsOf(service.corpus.documents)];
  // Who publishes what the answers rest on, and when: the page's footer.
  const documents = service.corpus.documents.map((d) => ({ title: d.title, docNumber: d.docNumber, issuer: d.issuer, issued: d.issued, jurisdiction: d.jurisdiction }));
  const { config } = service;
  if (!config.SESSION_SECRET) {
    service.log.warn("SESSION_SECRET is not set: conversation ids and staff logins are signed with a key made at start, so they do not survive a restart and other replicas do not accept them");
  }
  const secret = config.SESSION_SECRET ? Buffer.from(config.SESSION_SECRET) : randomBytes(32);
  const sessionIds = new SessionIds(secret);
  const addressOf = (c: HttpContext) => clientAddress(c.env?.incoming?.socket.remoteAddress, config.TRUSTED_PROXY_HEADER && requestHeader(c, config.TRUSTED_PROXY_HEADER));
  /** A body read as JSON: its value, or the response refusing it. */
  const jsonBody = async (c: HttpContext, shape: string): Promise<{ json: unknown } | { refused: Response }> => {
    const body = await readBody(c.env?.incoming, () => c.req.text(), MAX_BODY_BYTES);
    if (body === TOO_LARGE) return { refused: c.json({ error: `request body larger than ${MAX_BODY_BYTES} bytes` }, 413) };
    try {
      return { json: JSON.parse(body) };
    } catch {
      return { refused: c.json({ error: `body must be JSON: ${shape}` }, 400) };
    }
  };

  app.get("/", (c) => c.html(PAGE));
  // Liveness: the process runs. Whether it can serve is /readyz.
  app.get("/healthz", (c) =>
    c.json({ status: "ok", documents: service.corpus.documents.length, clauses: service.corpus.index.size }),
  );
  app.get("/readyz", async (c) => {
    const readiness = await service.ready();
    return c.json(readiness, readiness.ready ? 200 : 503);
  });
  app.get("/api/regions", (c) => c.json({ regions, defaultRegion: service.defaultRegion, documents }));
  app.post("/api/ask", async (c) => {
    // Per address first: whatever ids a client sends (or leaves out), its messages count here.
    const address = addressOf(c);
    const addressWait = await service.limits.address.take(address);
    if (addressWait) return refuse(c, overLimit(addressWait));
    const body = await jsonBody(c, '{"question": "…", "sessionId"?: "…", "region"?: "…"}');
    if ("refused" in body) return body.refused;
    const parsed = AskRequestSchema.safeParse(body.json);
    if (!parsed.success) return c.json({ error: parsed.error.issues.map((i) => i.message).join("; ") }, 400);
    const { question, region } = parsed.data;
    const cookie = sessionCookie(c);
    // Only an id the server issued continues a conversation: from the cookie (the page) or the body (API clients).
    const presented = [parsed.data.sessionId, cookie].find((id) => id !== undefined && sessionIds.issued(id));
    if (!presented) {
      const wait = await service.limits.newConversations.take(address);
      if (wait) return refuse(c, overLimit(wait));
    }
    const sessionId = presented ?? sessionIds.issue();
    const { refused, ...answer } = await service.answer("http", `http:${sessionId}`, question, { region, history: presented === undefined ? "none" : "had" });
    if (refused) return refuse(c, { ...answer, refused });
    if (cookie !== sessionId) {
      const secure = config.SESSION_COOKIE_SECURE || c.req.url.startsWith("https:");
      c.header("Set-Cookie", sessionCookieHeader(sessionId, secure));
    }
    return c.json({ sessionId, ...answer });
  });
  // 👍 / 👎 under an answer of this conversation: a 👎 puts its question in the staff's gap queue.
  app.post("/api/feedback", async (c) => {
    const wait = await service.limits.address.take(addressOf(c));
    if (wait) return refuse(c, overLimit(wait));
    const body = await jsonBody(c, '{"answerId": "…", "helpful": true | false}');
    if ("refused" in body) return body.refused;
    const parsed = FeedbackRequestSchema.safeParse(body.json);
    if (!parsed.success) return c.json({ error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }, 400);
    const sessionId = [parsed.data.sessionId, sessionCookie(c)].find((id) => id !== undefined && sessionIds.issued(id));
    if (!sessionId) return c.json({ error: "no conversation: the answer is not this client's" }, 404);
    if (parsed.data.helpful) {
      service.log.info({ channel: "http", feedback: "helpful" }, "feedback");
      return c.body(null, 204);
    }
    const kept = await service.gaps.unhelpful(`http:${sessionId}`, parsed.data.answerId);
    service.log.info({ channel: "http", feedback: "unhelpful", kept }, "feedback");
    return kept ? c.body(null, 204) : c.json({ error: "this answer is no longer known (the conversation expired)" }, 404);
  });
  app.get("/api/search", async (c) => {
    const wait = await service.limits.address.take(addressOf(c));
    if (wait) return refuse(c, overLimit(wait));
    return searchResponse(service, c);
  });
  app.route("/staff", deskRoutes(service, { secret }));
  // Logged through the redacting logger (not printed as is), and answered without the details.
  app.onError((err, c) => {
    const storage = err instanceof StorageError;
    service.log.error({ path: c.req.path, err: String(err) }, storage ? "database unavailable" : "request failed");
    return c.json({ error: storage ? "the gap queue's database is unavailable" : "internal error" }, storage ? 503 : 500);
  });
  return app;
}

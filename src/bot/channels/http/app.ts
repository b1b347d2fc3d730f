// The HTTP API and the web chat: POST /api/ask, GET /api/regions, GET /healthz, GET / (the page).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import type { HttpBindings } from "@hono/node-server";
import { Hono } from "hono";
import { z } from "zod";
import { jurisdictionsOf } from "../../../knowledge/documents.js";
import { repoPath } from "../../../repo.js";
import type { Service } from "../service.js";

export const MAX_BODY_BYTES = 16 * 1024;
export const MAX_QUESTION_CHARS = 2000;

export const AskRequestSchema = z.object({
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "sessionId: 1–100 letters, digits, - or _").optional(),
  question: z.string().trim().min(1, "question must not be empty").max(MAX_QUESTION_CHARS, `question: at most ${MAX_QUESTION_CHARS} characters`),
  region: z.string().max(50).nullable().optional(),
});

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

export function createHttpApp(service: Service): Hono<{ Bindings: Partial<HttpBindings> }> {
  const app = new Hono<{ Bindings: Partial<HttpBindings> }>();
  const regions = [...jurisdictionsOf(service.corpus.documents)];
  // Who publishes what the answers rest on, and when: the page's footer.
  const documents = service.corpus.documents.map((d) => ({ title: d.title, docNumber: d.docNumber, issuer: d.issuer, issued: d.issued, jurisdiction: d.jurisdiction }));

  app.get("/", (c) => c.html(PAGE));
  app.get("/healthz", (c) =>
    c.json({ status: "ok", documents: service.corpus.documents.length, clauses: service.corpus.index.size }),
  );
  app.get("/api/regions", (c) => c.json({ regions, defaultRegion: service.defaultRegion, documents }));
  app.post("/api/ask", async (c) => {
    const body = await readBody(c.env?.incoming, () => c.req.text(), MAX_BODY_BYTES);
    if (body === TOO_LARGE) return c.json({ error: `request body larger than ${MAX_BODY_BYTES} bytes` }, 413);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return c.json({ error: "body must be JSON: {\"question\": \"…\", \"sessionId\"?: \"…\", \"region\"?: \"…\"}" }, 400);
    }
    const parsed = AskRequestSchema.safeParse(json);
    if (!parsed.success) return c.json({ error: parsed.error.issues.map((i) => i.message).join("; ") }, 400);
    const { question, region } = parsed.data;
    const sessionId = parsed.data.sessionId ?? randomUUID();
    const answer = await service.answer("http", `http:${sessionId}`, question, region);
    if (answer.retryAfterSeconds) {
      c.header("Retry-After", String(answer.retryAfterSeconds));
      return c.json({ sessionId, ...answer, error: answer.text }, 429);
    }
    return c.json({ sessionId, ...answer });
  });
  return app;
}

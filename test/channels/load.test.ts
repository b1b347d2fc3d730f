// Load without loss: 200 concurrent conversations of several turns over HTTP on loopback. Every
// conversation's final answer is the amount its own facts imply; none gets another's answer.
import type { ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANY_USERS, serveTestApp } from "../helpers.js";

const CONVERSATIONS = 200;
let server: ServerType;
let base: string;

beforeAll(async () => {
  // All the conversations come from one address (loopback): its limits raised out of the way.
  ({ server, base } = await serveTestApp(MANY_USERS));
});

afterAll(() => new Promise((r) => server.close(r)));

async function ask(sessionId: string | undefined, question: string) {
  const res = await fetch(`${base}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionId, question }) });
  expect(res.status).toBe(200);
  return res.json() as Promise<{ sessionId: string; intent: string; calculation: { amount: number | null } | null }>;
}

/** Conversation i: 兴安盟, first a wrong count, then the right one (i+1 hires → (i+1)×1500元). */
async function conversation(i: number): Promise<number | null> {
  // The server issues the conversation's id with its first answer.
  const id = (await ask(undefined, "吸纳就业补贴多少钱？")).sessionId;
  await ask(id, `我在兴安盟，招了${(i % 7) + 1}个应届高校毕业生，签了一年合同`);
  const last = await ask(id, `不对，是${i + 1}个人`);
  return last.calculation?.amount ?? null;
}

describe("load", () => {
  it(`keeps ${CONVERSATIONS} concurrent conversations apart and right`, async () => {
    const started = performance.now();
    const amounts = await Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => conversation(i)));
    expect(amounts).toEqual(Array.from({ length: CONVERSATIONS }, (_, i) => (i + 1) * 1500));
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);
});

// The official-account callback: WeChat's servers post each user's message here (a 公众号 at /mp, a
// WeCom self-built app at /wecom) and take the HTTP response as the reply. Transport only: every
// answer comes from the core, as in the other channels.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { helpAnswer } from "../../smalltalk.js";
import type { Service } from "../service.js";
import type { Account } from "./accounts.js";
import { readMessage, replyBody, verifyUrl } from "./callback.js";
import { officialText, TEXT_ONLY } from "./text.js";
import type { Inbound } from "./xml.js";

/** WeChat's messages are a few hundred bytes; a body far larger is not one. */
const MAX_BODY_BYTES = 64 * 1024;
/** The passive reply that says nothing: WeChat shows the user nothing and does not retry. */
const NOTHING = "success";
const LATE = Symbol("late");

export interface OfficialOptions {
  /** An answer not ready by then goes through the message API (OFFICIAL_REPLY_MS). */
  replyWithinMs: number;
  /** The time requests' timestamps are checked against. */
  now?: () => number;
}

export interface OfficialApp {
  fetch: Hono["fetch"];
  /** Resolves when every answer sent through a message API has been sent. */
  drain(): Promise<void>;
}

async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => (timer = setTimeout(() => resolve(LATE), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function createOfficialApp(service: Service, accounts: Account[], { replyWithinMs, now = Date.now }: OfficialOptions): OfficialApp {
  const app = new Hono();
  const sending = new Set<Promise<void>>();

  /** What to say to a message; null for nothing (a retry of one already taken, an event that needs no reply). */
  async function respond(account: Account, message: Inbound): Promise<string | null> {
    // WeChat retries a message with the same MsgId, an event with the same sender and time (its own advice for de-duplicating).
    const delivery = message.MsgId ?? `${message.FromUserName}:${message.CreateTime}`;
    if (!(await service.once.claim(`${account.conversations}:delivery:${delivery}`))) return null;
    if (message.MsgType === "text") {
      return officialText(await service.answer(account.kind, `${account.conversations}:${message.FromUserName}`, message.Content ?? ""));
    }
    service.log.info({ channel: account.kind, msgType: message.MsgType, event: message.Event }, "not a question");
    if (message.MsgType === "event") return message.Event === "subscribe" ? officialText(helpAnswer(service.corpus, service.defaultRegion)) : null;
    return TEXT_ONLY;
  }

  /** Sends the answer through the account's message API once it is ready; never rejects. */
  async function sendLater(account: Account, user: string, work: Promise<string | null>): Promise<void> {
    try {
      const text = await work;
      if (text === null) return;
      await account.send(user, text);
      service.log.info({ channel: account.kind }, "answered through the message API: too late for the passive reply");
    } catch (err) {
      service.log.error({ channel: account.kind, err: String(err) }, "message API send failed");
    }
  }

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const readiness = await service.ready();
    return c.json(readiness, readiness.ready ? 200 : 503);
  });

  for (const account of accounts) {
    app.get(account.path, (c) => {
      const checked = verifyUrl(account, c.req.query(), now());
      if ("echo" in checked) return c.text(checked.echo);
      service.log.warn({ channel: account.kind, reason: checked.reason }, "server verification refused");
      return c.text(checked.reason, checked.status);
    });

    app.post(account.path, bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text("too large", 413) }), async (c) => {
      const read = readMessage(account, c.req.query(), await c.req.text(), now());
      if (!("message" in read)) {
        service.log.warn({ channel: account.kind, reason: read.reason }, "callback refused");
        return c.text(read.reason, read.status);
      }
      const { message } = read;
      const work = respond(account, message);
      const text = await within(work, replyWithinMs);
      if (text === LATE) {
        const delivery = sendLater(account, message.FromUserName, work);
        sending.add(delivery);
        void delivery.finally(() => sending.delete(delivery));
        return c.text(NOTHING);
      }
      if (text === null) return c.text(NOTHING);
      return c.body(replyBody(account, message, text, now()), 200, { "content-type": "application/xml; charset=utf-8" });
    });
  }

  return {
    fetch: app.fetch,
    async drain() {
      while (sending.size) await Promise.allSettled([...sending]);
    },
  };
}

import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import pino from "pino";
import { createBot, type Bot, type BotOptions } from "../src/bot/bot.js";
import { ConfigSchema } from "../src/bot/channels/config.js";
import { createHttpApp } from "../src/bot/channels/http/app.js";
import { createService, type Service } from "../src/bot/channels/service.js";
import { loadCorpus, type Corpus } from "../src/knowledge/corpus.js";

let corpus: Corpus | null = null;
/** The repository's corpus, loaded once per test file. */
export function repoCorpus(): Corpus {
  corpus ??= loadCorpus();
  return corpus;
}

/** ../shared beside the repository (present in CI): the seeds the corpus was made from. */
export const SHARED = fileURLToPath(new URL("../../shared", import.meta.url));
export const hasShared = existsSync(SHARED);

/** A fixed clock: the documents are read as on this day. */
export const on = (isoDate: string) => () => new Date(`${isoDate}T12:00:00+08:00`);

/** The day the tests read the documents on, unless a test says otherwise. */
export const TODAY = "2026-11-22";

/** A bot over the repository corpus, on a fixed date; `options` replace the defaults. */
export function testBot(options: Partial<BotOptions> = {}): Bot {
  return createBot({ corpus: repoCorpus(), clock: on(TODAY), ...options });
}

/** A service over the repository corpus with default settings, quiet logs and a fixed date. */
export function testService(env: Record<string, string> = {}): Service {
  return createService(ConfigSchema.parse(env), { corpus: repoCorpus(), clock: on(TODAY), log: pino({ level: "silent" }) });
}

/** The HTTP app over a test service, served on a free loopback port. */
export async function serveTestApp(): Promise<{ server: ServerType; base: string }> {
  const server = serve({ fetch: createHttpApp(testService()).fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import pino from "pino";
import { afterAll } from "vitest";
import { createBot, type Bot, type BotOptions } from "../src/bot/bot.js";
import { ConfigSchema } from "../src/bot/channels/config.js";
import { createHttpApp } from "../src/bot/channels/http/app.js";
import { createService, type Service, type ServiceOptions } from "../src/bot/channels/service.js";
import { DEFAULT_CORPUS_DIR, loadCorpus, type Corpus } from "../src/knowledge/corpus.js";

let corpus: Corpus | null = null;
/** The repository's corpus, loaded once per test file. */
export function repoCorpus(): Corpus {
  corpus ??= loadCorpus();
  return corpus;
}

/**
 * Copies of the repository's corpus in temporary folders, for a test to change as an editor would;
 * removed after the test file. Call at the top of the file (it registers the clean-up).
 */
export function corpusCopies(): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), "ph-corpus-"));
    dirs.push(dir);
    cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
    return dir;
  };
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

/** A service over the repository corpus with these settings (defaults otherwise; its gap queue in memory), quiet logs and a fixed date. */
export function testService(env: Record<string, string> = {}, options: ServiceOptions = {}): Service {
  return createService(ConfigSchema.parse({ DATABASE_FILE: ":memory:", ...env }), { corpus: repoCorpus(), clock: on(TODAY), log: pino({ level: "silent" }), ...options });
}

/** The HTTP app over a test service with these settings, served on a free loopback port. */
export async function serveTestApp(env: Record<string, string> = {}): Promise<{ server: ServerType; base: string }> {
  const server = serve({ fetch: createHttpApp(testService(env)).fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Settings that raise the per-address limits out of the way, for tests that play many users from one address. */
export const MANY_USERS = { RATE_LIMIT_PER_ADDRESS_PER_MINUTE: "100000", NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR: "100000" };

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

export const REDIS_SERVER = "/usr/bin/redis-server";
/** CI installs redis-server, so there the Redis tests must run; elsewhere they are skipped when it is absent. */
export const hasRedis = existsSync(REDIS_SERVER) || !!process.env.CI;

/** A throwaway redis-server on `port`: nothing saved to disk. */
export async function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on("data", (d) => String(d).includes("Ready to accept connections") && resolve());
    proc.once("exit", (code) => reject(new Error(`redis-server exited ${code}`)));
  });
  return proc;
}

export const stopRedis = (proc: ChildProcess) => new Promise((r) => (proc.once("exit", r), proc.kill("SIGKILL")));

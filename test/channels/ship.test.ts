// The production setup without Docker (none runs here or in CI): compose.yaml's structure, and the
// image's command run as the image would run it — from a folder holding only what the Dockerfile's
// runtime stage copies, with its ENV.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

interface Instruction {
  name: string;
  args: string;
}

/** A Dockerfile's instructions, continuation lines joined, comments left out. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const [name = "", ...rest] = l.split(/\s+/);
      return { name: name.toUpperCase(), args: rest.join(" ") };
    });
}

const dockerfile = instructions(read("Dockerfile"));
const froms = dockerfile.flatMap((i, n) => (i.name === "FROM" ? [n] : []));
const buildStage = dockerfile.slice(froms[0], froms[1]);
const runtime = dockerfile.slice(froms.at(-1));
const all = (stage: Instruction[], name: string) => stage.filter((i) => i.name === name).map((i) => i.args);
const one = (stage: Instruction[], name: string) => {
  const [first, ...more] = all(stage, name);
  if (first === undefined || more.length) throw new Error(`expected one ${name} in the stage`);
  return first;
};
/** The exec form (a JSON array) of CMD or of HEALTHCHECK … CMD. */
const execForm = (args: string) => JSON.parse(args.slice(args.indexOf("["))) as string[];
const imageEnv: Record<string, string> = Object.fromEntries(
  all(runtime, "ENV").flatMap((a) => a.split(/\s+/).map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)])),
);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** A GET with a header of `bytes` bytes; resolves with the status. */
const getWithHeader = (port: number, bytes: number) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/healthz", headers: { "x-padding": "a".repeat(bytes) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });

describe("compose.yaml", () => {
  const compose = parse(read("compose.yaml")) as {
    services: Record<string, { image?: string; build?: unknown; profiles?: string[]; command?: string[]; deploy?: { replicas?: number }; environment?: Record<string, string>; ports?: string[]; volumes?: string[]; depends_on?: Record<string, { condition: string }>; healthcheck?: { test: string[] } }>;
  };
  const { redis, bot, proxy, official, postgres } = compose.services;
  const port = imageEnv.PORT;

  it("runs Redis, two replicas of the bot built from the Dockerfile, and a proxy on the web port", () => {
    expect(redis?.image).toMatch(/^redis:/);
    expect(bot?.build).toBe(".");
    expect(bot?.deploy?.replicas).toBe(2);
    // Only the proxy is reached from outside.
    expect(bot?.ports).toBeUndefined();
    expect(proxy?.ports).toEqual([expect.stringMatching(/:80$/)]);
    expect(bot?.depends_on?.redis?.condition).toBe("service_healthy");
    expect(proxy?.depends_on?.bot?.condition).toBe("service_healthy");
    expect(bot?.healthcheck?.test.join(" ")).toContain("/readyz");
  });

  it("starts the 公众号 / WeCom callback only with its profile, from the bot's image, sharing Redis, every setting it reads passed on", () => {
    expect(official?.profiles).toEqual(["official"]);
    expect(official?.image).toBe(bot?.image);
    expect(official?.command?.at(-1)).toBe("dist/src/bot/channels/official/main.js");
    expect(existsSync(join(ROOT, "src/bot/channels/official/main.ts"))).toBe(true);
    expect(official?.environment?.REDIS_URL).toBe(bot?.environment?.REDIS_URL);
    const settings = read("src/bot/channels/config.ts").match(/^\s+((?:MP|WECOM)_[A-Z_]+):/gm)!.map((m) => m.trim().slice(0, -1));
    for (const key of settings.filter((k) => !k.endsWith("_API_URL"))) expect(Object.keys(official?.environment ?? {}), key).toContain(key);
  });

  it("gives both replicas the same Redis, the session secret from the environment, and the proxy's client-address header", () => {
    const env = bot?.environment ?? {};
    expect(new URL(env.REDIS_URL ?? "").hostname).toBe("redis");
    expect(env.SESSION_SECRET).toMatch(/^\$\{SESSION_SECRET:\?/); // required: no default secret
    expect(env.TRUSTED_PROXY_HEADER).toBe("x-forwarded-for");
  });

  it("keeps the gap queue in one PostgreSQL for both replicas and the official callback, its password required, its data in a volume", () => {
    expect(postgres?.image).toMatch(/^postgres:/);
    expect(postgres?.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
    expect(postgres?.volumes?.[0]).toMatch(/^gap-queue:\/var\/lib\/postgresql\/data$/);
    expect(postgres?.healthcheck?.test.join(" ")).toContain("pg_isready");
    const url = new URL(bot?.environment?.DATABASE_URL ?? "");
    expect(url.protocol).toBe("postgres:");
    expect(url.hostname).toBe("postgres");
    expect(url.pathname.slice(1)).toBe(postgres?.environment?.POSTGRES_DB);
    expect(url.username).toBe(postgres?.environment?.POSTGRES_USER);
    expect(official?.environment?.DATABASE_URL).toBe(bot?.environment?.DATABASE_URL);
    for (const service of [bot, official]) expect(service?.depends_on?.postgres?.condition).toBe("service_healthy");
    expect(bot?.environment?.STAFF_ACCOUNTS).toBe("${STAFF_ACCOUNTS:-}");
  });

  it("has the proxy forward to every replica of the bot, on the image's port, setting the header the bot trusts", () => {
    const mount = proxy?.volumes?.find((v) => v.includes("/etc/nginx/"));
    const conf = read(mount!.split(":")[0]!);
    expect(conf).toMatch(new RegExp(`server\\s+bot:${port}\\s+resolve;`));
    const upstream = /upstream\s+(\S+)\s*\{/.exec(conf)?.[1];
    expect(conf).toContain(`proxy_pass http://${upstream};`);
    expect(conf).toMatch(/listen\s+80;/);
    // Overwritten, never appended to: a client cannot choose the address it is rate-limited by.
    expect(conf).toMatch(/proxy_set_header\s+X-Forwarded-For\s+\$remote_addr;/);
  });

  const compose2 = spawnSync("docker", ["compose", "version"], { stdio: "ignore" }).status === 0;
  it.skipIf(!compose2)("is valid for docker compose", () => {
    const config = spawnSync("docker", ["compose", "config", "--quiet"], { cwd: ROOT, env: { ...process.env, SESSION_SECRET: "s".repeat(32) }, encoding: "utf8" });
    expect(config.stderr).toBe("");
    expect(config.status).toBe(0);
  });
});

describe("the Dockerfile", () => {
  const workdir = one(runtime, "WORKDIR");
  const buildWorkdir = one(buildStage, "WORKDIR");
  const folder = mkdtempSync(join(tmpdir(), "policy-hotline-image-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("builds on Debian slim, runs as a non-root user and exposes the web port", () => {
    for (const from of all(dockerfile, "FROM")) expect(from).not.toMatch(/alpine/);
    expect(one(runtime, "USER")).not.toMatch(/^(root|0)$/);
    expect(one(runtime, "EXPOSE")).toBe(imageEnv.PORT);
    expect(imageEnv.HOST).toBe("0.0.0.0");
    expect(read(".dockerignore")).toMatch(/^node_modules\/$[\s\S]*^dist\/$/m);
  });

  it("runs its CMD, answers its HEALTHCHECK and stops on SIGTERM", async () => {
    // The runtime stage's files, at the paths the image has them (node_modules linked: it is large).
    for (const copy of all(runtime, "COPY")) {
      const [from, source, target] = copy.split(/\s+/);
      expect(from).toBe("--from=build");
      const inRepo = source!.slice(buildWorkdir.length + 1).replace(/\/$/, "");
      const dest = join(folder, target!.startsWith("/") ? target!.slice(workdir.length) : target!, target!.endsWith("/") && !source!.endsWith("/") ? basename(inRepo) : "");
      mkdirSync(dirname(dest), { recursive: true });
      if (inRepo === "node_modules") symlinkSync(join(ROOT, inRepo), dest.replace(/\/$/, ""));
      else cpSync(join(ROOT, inRepo), dest, { recursive: true });
    }
    const [command, ...args] = execForm(one(runtime, "CMD"));
    const port = await freePort();
    const env = { PATH: process.env.PATH ?? "", ...imageEnv, PORT: String(port) };
    const server = spawn(command!, args, { cwd: folder, env, stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    server.stderr.on("data", (d) => (log += d));
    const exited = new Promise<number | null>((r) => server.once("exit", (code) => r(code)));
    try {
      let status = 0;
      for (let i = 0; i < 80 && status !== 200 && server.exitCode === null; i++) {
        status = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status, () => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status, log).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);

      const healthcheck = one(runtime, "HEALTHCHECK");
      expect(healthcheck).toContain("/healthz");
      const [checkCommand, ...checkArgs] = execForm(healthcheck.slice(healthcheck.indexOf("CMD")));
      expect(spawnSync(checkCommand!, checkArgs, { env, timeout: 5000 }).status).toBe(0);

      // The server's own header limit (main.ts), not Node's default 16 KiB.
      expect(await getWithHeader(port, 4 * 1024)).toBe(200);
      expect(await getWithHeader(port, 12 * 1024)).toBe(431);
    } finally {
      server.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 20_000);
});

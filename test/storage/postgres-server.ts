// A throwaway PostgreSQL server for the tests: Debian's postgresql (installed by .ci/run), a new
// cluster in a temporary folder, on a free loopback port, durability off. PostgreSQL refuses to
// run as root, so under root (CI) it runs as `nobody`.
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../helpers.js";

const ROOT = "/usr/lib/postgresql";
/** The newest installed server's binaries. */
const BIN = existsSync(ROOT)
  ? readdirSync(ROOT)
      .filter((v) => existsSync(join(ROOT, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => join(ROOT, v, "bin"))[0]
  : undefined;

/** CI installs postgresql, so there the PostgreSQL tests must run; elsewhere they are skipped when it is absent. */
export const hasPostgres = BIN !== undefined || !!process.env.CI;

const NOBODY = 65534;

export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<PostgresServer> {
  if (!BIN) throw new Error(`no PostgreSQL server under ${ROOT} (apt-get install postgresql)`);
  const dir = mkdtempSync(join(tmpdir(), "ph-postgres-"));
  const asUser: SpawnOptions = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
  if (asUser.uid !== undefined) chownSync(dir, NOBODY, NOBODY);
  const data = join(dir, "data");
  const init = spawnSync(join(BIN, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"], { ...asUser, encoding: "utf8" });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const args = ["-D", data, "-k", dir, "-h", "127.0.0.1", "-p", String(port), "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
  const server = spawn(join(BIN, "postgres"), args, { ...asUser, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    server.stderr!.on("data", (d) => {
      log += d;
      if (log.includes("ready to accept connections")) resolve();
    });
    server.once("exit", (code) => reject(new Error(`postgres exited ${code}: ${log}`)));
  });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      // SIGINT: PostgreSQL's fast shutdown (sessions ended, no checkpoint wait).
      await new Promise((r) => (server.once("exit", r), server.kill("SIGINT")));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

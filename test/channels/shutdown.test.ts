// Graceful shutdown of a real process: `npm run serve` stops on SIGTERM with exit code 0 — and
// within SHUTDOWN_TIMEOUT_SECONDS even when a request does not finish.
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { freePort } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** `npm run serve` on a free port with these settings; resolves once it listens. */
async function startServer(env: Record<string, string> = {}) {
  const port = await freePort();
  const server = spawn(process.execPath, ["dist/src/bot/channels/http/main.js"], { cwd: ROOT, env: { ...process.env, PORT: String(port), LOG_LEVEL: "info", DATABASE_FILE: ":memory:", ...env }, stdio: ["ignore", "ignore", "pipe"] });
  const output = { log: "" };
  server.stderr.on("data", (d) => (output.log += d));
  for (let i = 0; i < 100 && !output.log.includes("web chat on"); i++) await new Promise((r) => setTimeout(r, 100));
  const exited = new Promise<number | null>((r) => server.once("exit", (code) => r(code)));
  return { port, server, output, exited };
}

describe("the web server process", () => {
  it("answers, then on SIGTERM stops taking requests and exits cleanly", async () => {
    const { port, server, output, exited } = await startServer();
    const res = await fetch(`http://127.0.0.1:${port}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "你好" }) });
    expect(res.status).toBe(200);
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output.log).toContain("shutting down");
  }, 30_000);

  it("exits anyway, with code 1 and a log line, when a request is still under way at the deadline", async () => {
    const { port, server, output, exited } = await startServer({ SHUTDOWN_TIMEOUT_SECONDS: "1" });
    // A request whose body never finishes arriving: the server waits for it.
    const socket = connect(port, "127.0.0.1");
    await new Promise((r) => socket.once("connect", r));
    socket.write("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
    socket.on("error", () => {});
    await new Promise((r) => setTimeout(r, 200));
    const signalled = Date.now();
    server.kill("SIGTERM");
    expect(await exited).toBe(1);
    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(output.log).toContain("shutdown deadline passed");
    socket.destroy();
  }, 30_000);
});

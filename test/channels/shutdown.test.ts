// Graceful shutdown of a real process: `npm run serve` stops on SIGTERM with exit code 0.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

describe("the web server process", () => {
  it("answers, then on SIGTERM stops taking requests and exits cleanly", async () => {
    const port = await freePort();
    const server = spawn(process.execPath, ["dist/src/bot/channels/http/main.js"], { cwd: ROOT, env: { ...process.env, PORT: String(port), LOG_LEVEL: "info" }, stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    server.stderr.on("data", (d) => (log += d));
    for (let i = 0; i < 100 && !log.includes("web chat on"); i++) await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`http://127.0.0.1:${port}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "你好" }) });
    expect(res.status).toBe(200);
    const exited = new Promise<number | null>((r) => server.once("exit", (code) => r(code)));
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(log).toContain("shutting down");
  }, 30_000);
});

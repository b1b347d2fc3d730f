// Sessions shared across replicas, against a real redis-server (installed by .ci/run).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigSchema } from "../../src/bot/channels/config.js";
import { createService, type Service } from "../../src/bot/channels/service.js";
import { on, repoCorpus, TODAY } from "../helpers.js";

const REDIS = "/usr/bin/redis-server";
const runnable = existsSync(REDIS) || !!process.env.CI;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn(REDIS, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on("data", (d) => String(d).includes("Ready to accept connections") && resolve());
    proc.once("exit", (code) => reject(new Error(`redis-server exited ${code}`)));
  });
  return proc;
}

const stopRedis = (proc: ChildProcess) => new Promise((r) => (proc.once("exit", r), proc.kill("SIGKILL")));

describe.skipIf(!runnable)("sessions in Redis", () => {
  let port: number;
  let redis: ChildProcess;
  let replicas: Service[];

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    const config = ConfigSchema.parse({ REDIS_URL: `redis://127.0.0.1:${port}` });
    replicas = [0, 1].map(() => createService(config, { corpus: repoCorpus(), clock: on(TODAY), log: pino({ level: "silent" }) }));
  }, 30_000);

  afterAll(async () => {
    for (const r of replicas ?? []) await r.close();
    if (redis && redis.exitCode === null) await stopRedis(redis);
  });

  it("continues a conversation whose turns alternate between two replicas", async () => {
    const [a, b] = replicas as [Service, Service];
    const first = await a.answer("http", "conv-1", "稳岗返还能返多少钱？");
    expect(first.intent).toBe("clarify");
    const second = await b.answer("http", "conv-1", "我们是平凉的小微企业，参保20人，去年没裁员");
    expect(second.intent).toBe("clarify");
    const third = await a.answer("http", "conv-1", "缴了失业保险4万元");
    expect(third.calculation).toMatchObject({ eligible: true, amount: 24000 });
    const fourth = await b.answer("http", "conv-1", "不对，缴了5万元");
    expect(fourth.calculation?.amount).toBe(30000);
  });

  it("asks to retry while Redis is away, and works again when it returns", async () => {
    const [a, b] = replicas as [Service, Service];
    await a.answer("http", "conv-2", "兴安盟，招了2个应届生，签了1年合同，吸纳就业补贴多少");
    await stopRedis(redis);
    const during = await b.answer("http", "conv-2", "不对，是3个人");
    expect(during.intent).toBe("error");
    expect(during.text).toContain("请稍后重试");
    redis = await startRedis(port);
    let after = await a.answer("http", "conv-3", "兴安盟，招了2个应届生，签了1年合同，吸纳就业补贴多少");
    for (let i = 0; i < 20 && after.intent === "error"; i++) {
      await new Promise((r) => setTimeout(r, 250));
      after = await a.answer("http", "conv-3", "兴安盟，招了2个应届生，签了1年合同，吸纳就业补贴多少");
    }
    expect(after.calculation?.amount).toBe(3000);
    expect((await b.answer("http", "conv-3", "是4个人")).calculation?.amount).toBe(6000);
  }, 30_000);
});

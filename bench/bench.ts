// `npm run bench [-- --json] [--full] [--skip-http]`: how fast the bot answers and how that grows with the corpus.
// Prints a table; with --json, one JSON object as the last line of stdout. Not a test: figures vary
// with the machine, so they are recorded in docs/benchmarks.md rather than asserted.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createBot } from "../src/bot/bot.js";
import { interpret } from "../src/bot/understand/interpret.js";
import { vocabularyOf } from "../src/bot/understand/vocabulary.js";
import { searchClauses } from "../src/desk/search.js";
import { corpusOf, DEFAULT_CORPUS_DIR, loadCorpus, type Corpus } from "../src/knowledge/corpus.js";
import type { PolicyDocument } from "../src/knowledge/documents.js";
import { Gazetteer } from "../src/knowledge/regions.js";
import { ClauseIndex } from "../src/knowledge/search.js";
import { normalize } from "../src/knowledge/text.js";
import { repoRoot } from "../src/repo.js";

const ROOT = repoRoot();
const { values: args } = parseArgs({
  options: { json: { type: "boolean" }, full: { type: "boolean" }, scale: { type: "string" }, "skip-http": { type: "boolean" } },
});

const QUESTIONS: Array<{ question: string; region?: string }> = readFileSync(new URL("./questions.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l));

const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;
function percentiles(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { p50: round(at(0.5)), p99: round(at(0.99)), n: s.length };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Answer latency, warm, in-process, over questions the bot has not seen. One corpus instance, as in
 * a serving process: warmed up on variants of the questions (other strings, the same code paths),
 * then each question asked once. The per-question caches never hold the measured questions.
 */
async function answerLatency(corpus: Corpus) {
  const bot = createBot({ corpus });
  for (const variant of ["请问", "您好，", "想咨询一下：", "你好，请问", "麻烦问下：", "咨询：", "问一下，", "再问："]) {
    for (const q of QUESTIONS) await bot.reply(`warm-${Math.random()}`, `${variant}${q.question}`, { region: q.region ?? null });
  }
  // Move the warm-up's garbage and the index out of the young generation before measuring.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const byKind: Record<"lookup" | "calculate", number[]> = { lookup: [], calculate: [] };
  for (const q of QUESTIONS) {
    const started = performance.now();
    const a = await bot.reply(`q-${Math.random()}`, q.question, { region: q.region ?? null });
    const ms = performance.now() - started;
    byKind[a.intent === "calculate" || a.intent === "clarify" ? "calculate" : "lookup"].push(ms);
  }
  return { lookup: percentiles(byKind.lookup), calculate: percentiles(byKind.calculate) };
}

/** What reading a message costs (quantities, slots, the dialogue's words), warm, per question. */
function readerLatency(corpus: Corpus) {
  const vocab = vocabularyOf(corpus);
  const read = (q: string) => interpret(corpus, vocab, normalize(q), {});
  for (const variant of ["请问", "您好，", "想咨询一下："]) for (const q of QUESTIONS) read(`${variant}${q.question}`);
  const ms: number[] = [];
  for (const q of QUESTIONS) {
    const started = performance.now();
    read(q.question);
    ms.push(performance.now() - started);
  }
  return percentiles(ms);
}

/** The real corpus `factor` times over, each copy under an invented region: what many prefectures publish. */
function syntheticCorpus(real: Corpus, factor: number): Corpus {
  const documents: PolicyDocument[] = [];
  const roots = [{ name: "虚构省", children: [] as Array<{ name: string }> }];
  for (let i = 0; i < factor; i++) {
    for (const d of real.documents) {
      const id = i === 0 ? d.id : `${d.id}-x${i}`;
      const jurisdiction = i === 0 ? d.jurisdiction : `虚构第${i}区`;
      if (i > 0 && !roots[0]!.children.some((c) => c.name === jurisdiction)) roots[0]!.children.push({ name: jurisdiction });
      documents.push({ ...d, id, jurisdiction, clauses: d.clauses.map((c) => ({ ...c, docId: id })) });
    }
  }
  const places = new Gazetteer([...Gazetteer.tree(DEFAULT_CORPUS_DIR), ...roots]);
  return corpusOf({ documents, places, terms: real.terms, index: new ClauseIndex(documents, real.terms), data: real.data, parameters: real.parameters, exclusions: real.exclusions, dir: real.dir });
}

/** One scale, measured in a process of its own so that memory figures are its own. */
async function scaleRun(factor: number) {
  const real = loadCorpus();
  const started = performance.now();
  const corpus = syntheticCorpus(real, factor);
  const buildMs = performance.now() - started;
  const latency = await answerLatency(corpus);
  return {
    factor,
    docs: corpus.documents.length,
    clauses: corpus.index.size,
    buildMs: Math.round(buildMs),
    p50Ms: round(Math.max(latency.lookup.p50, latency.calculate.p50)),
    p99Ms: round(Math.max(latency.lookup.p99, latency.calculate.p99)),
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
}

function runChild(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", ...argv], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${argv.join(" ")} exited ${code}`))));
  });
}

/** Process start to the first answer on stdout, as the CLI and a restarted replica see it (compiled code, index snapshot in place). */
async function coldStart(): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ["dist/src/bot/channels/ask.js", "--json", "稳岗返还需要什么条件"], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
      child.stdout.once("data", () => resolve());
      child.on("exit", (code) => code !== 0 && reject(new Error(`ask exited ${code}`)));
    });
    runs.push(performance.now() - started);
  }
  return Math.round(median(runs));
}

/** CPU time (ms) of one program answering the bench questions as one batch, startup included. */
function batchCpuMs(argv: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    // Node's own flags first, then the preload that reports the CPU time, then the script.
    const flags = argv.filter((a, i) => a.startsWith("--") && argv.slice(0, i).every((b) => b.startsWith("--")));
    const rest = argv.slice(flags.length);
    const child = spawn(process.execPath, [...flags, "--import", "./bench/cpu-at-exit.mjs", ...rest], { cwd: ROOT, stdio: ["pipe", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => {
      const cpu = err.match(/cpu-us (\d+)\s*$/);
      if (code !== 0 || !cpu) reject(new Error(`${argv.join(" ")} exited ${code}: ${err.slice(-300)}`));
      else resolve(Number(cpu[1]) / 1000);
    });
    child.stdin.end(readFileSync(new URL("./questions.jsonl", import.meta.url)));
  });
}

/** The batch command as `npm run ask` runs it (its node flags and script), without npm itself. */
function askCommand(): string[] {
  const script = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts.ask!;
  return [...script.replace(/^node\s+/, "").split(/\s+/), "--json", "--stdin"];
}

/**
 * The whole batch against plain BM25 over jieba (../shared/bench/bm25-baseline.mjs, same batch
 * contract), alternating, five runs each: the medians and their ratio hold on a noisy machine.
 */
async function againstBaseline() {
  const bot: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < 5; i++) {
    bot.push(await batchCpuMs(askCommand()));
    baseline.push(await batchCpuMs(["../shared/bench/bm25-baseline.mjs"]));
  }
  const [b, base] = [median(bot), median(baseline)];
  return { questions: QUESTIONS.length, botCpuMs: Math.round(b), baselineCpuMs: Math.round(base), ratio: round(b / base, 2) };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/**
 * The staff desk's clause search, as staff type: every prefix of every policy name and alias
 * (稳, 稳岗, 稳岗返 …), each a first-seen query, in one process as the server runs it.
 */
function staffSearchLatency(corpus: Corpus) {
  const today = "2026-11-22";
  const names = corpus.terms.terms.flatMap((t) => [t.term, ...t.aliases]);
  const times: number[] = [];
  for (const name of names) {
    for (let i = 1; i <= name.length; i++) {
      const started = performance.now();
      searchClauses(corpus, { q: name.slice(0, i) }, today);
      times.push(performance.now() - started);
    }
  }
  return { ...percentiles(times), max: round(Math.max(...times)) };
}

/** Answers per second and p99 over HTTP against `npm run serve`, 50 connections on loopback. */
async function httpLoad() {
  const port = await freePort();
  // The gap queue in a file of its own, as it is by default, removed afterwards.
  const data = mkdtempSync(join(tmpdir(), "ph-bench-"));
  const env = { PORT: String(port), DATABASE_FILE: join(data, "queue.sqlite"), LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "100000000", RATE_LIMIT_BURST: "100000000", RATE_LIMIT_PER_ADDRESS_PER_MINUTE: "100000000", NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR: "100000000" };
  const server = spawn(process.execPath, ["dist/src/bot/channels/http/main.js"], { cwd: ROOT, env: { ...process.env, ...env }, stdio: "ignore" });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
      } catch {
        if (i > 100) throw new Error("server did not start");
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    let next = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/api/ask`,
      connections: 50,
      duration: 10,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          setupRequest: (req) => {
            const q = QUESTIONS[next++ % QUESTIONS.length]!;
            return { ...req, body: JSON.stringify({ sessionId: `bench-${next}`, question: q.question, region: q.region }) };
          },
        },
      ],
    });
    return {
      answersPerSec: Math.round(result.requests.average),
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      connections: 50,
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    rmSync(data, { recursive: true, force: true });
  }
}

if (args.scale) {
  // Child mode: one scale, printed as JSON.
  process.stdout.write(`${JSON.stringify(await scaleRun(Number(args.scale)))}\n`);
  process.exit(0);
}

const log = (s: string) => (args.json ? process.stderr : process.stdout).write(`${s}\n`);
const corpus = loadCorpus();
log(`corpus: ${corpus.documents.length} documents, ${corpus.index.size} clauses; ${QUESTIONS.length} questions`);
const answerMs = await answerLatency(corpus);
log(`answer (in-process, warm, first time each question): lookup p50 ${answerMs.lookup.p50} ms p99 ${answerMs.lookup.p99} ms (n=${answerMs.lookup.n}); calculate p50 ${answerMs.calculate.p50} ms p99 ${answerMs.calculate.p99} ms (n=${answerMs.calculate.n})`);
const readerMs = readerLatency(corpus);
log(`reading a message (interpret: quantities, slots, dialogue; warm): p50 ${readerMs.p50} ms p99 ${readerMs.p99} ms`);
const staffSearchMs = staffSearchLatency(corpus);
log(`staff clause search (every prefix of every policy name and alias, first-seen): p50 ${staffSearchMs.p50} ms p99 ${staffSearchMs.p99} ms max ${staffSearchMs.max} ms (n=${staffSearchMs.n})`);
const coldStartMs = await coldStart();
log(`cold start (process start → first answer, median of 5): ${coldStartMs} ms`);
const baseline = existsSync(new URL("../../shared/bench/bm25-baseline.mjs", import.meta.url)) ? await againstBaseline() : null;
if (baseline) log(`batch of ${baseline.questions} questions, CPU time (median of 5): bot ${baseline.botCpuMs} ms, BM25 baseline ${baseline.baselineCpuMs} ms, ratio ${baseline.ratio}×`);
const scale = [];
for (const factor of args.full ? [1, 10, 100, 1000] : [1, 10, 100]) {
  const row = JSON.parse(await runChild(["bench/bench.ts", "--scale", String(factor)]));
  scale.push(row);
  log(`scale ×${factor}: ${row.docs} docs, ${row.clauses} clauses, build ${row.buildMs} ms, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, rss ${row.rssMb} MB`);
}
const http = args["skip-http"] ? null : await httpLoad();
if (http) log(`http (autocannon, 50 connections, 10 s): ${http.answersPerSec} answers/s, p99 ${http.p99Ms} ms, errors ${http.errors}`);
const summary = {
  corpus: { docs: corpus.documents.length, clauses: corpus.index.size },
  answerMs: { lookup: { p50: answerMs.lookup.p50, p99: answerMs.lookup.p99 }, calculate: { p50: answerMs.calculate.p50, p99: answerMs.calculate.p99 } },
  readerMs: { p50: readerMs.p50, p99: readerMs.p99 },
  staffSearchMs,
  coldStartMs,
  baseline,
  scale,
  http,
};
if (args.json) process.stdout.write(`${JSON.stringify(summary)}\n`);

// `npm run ask -- "问题"`: one answer; `--json` prints the answer object; `--json --stdin` is the batch contract.
// Arguments are read with node:util (no CLI library to load: the batch is timed from process start).
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { loadCorpus } from "../../knowledge/corpus.js";
import { createBot } from "../bot.js";
import { answerLine } from "./batch.js";
import { startChannel } from "./config.js";

const USAGE = `Usage: npm run ask -- [--json] [--region <region>] "问题"
       npm run --silent ask -- --json --stdin < questions.jsonl

Ask the policy hotline one question, or answer a batch of JSON lines from stdin.
  --json             print the answer object as JSON
  --stdin            read one JSON question per line from stdin (with --json)
  --region <region>  the region the user is in (e.g. 平凉市)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { json: { type: "boolean" }, stdin: { type: "boolean" }, region: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
} catch (e) {
  fail((e as Error).message);
}
const { values: opts, positionals } = parsed;
if (opts.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const question = positionals.join(" ").trim();
if (!opts.stdin && !question) fail('需要一个问题，例如：npm run ask -- "黑龙江的稳岗返还需要什么条件？"');

await startChannel(async () => {
  const bot = createBot({ corpus: loadCorpus() });
  if (opts.stdin) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const answer = await answerLine(bot, line);
      process.stdout.write(`${JSON.stringify(answer)}\n`);
    }
  } else {
    const answer = await bot.reply("cli", question, { region: opts.region ?? null });
    process.stdout.write(opts.json ? `${JSON.stringify(answer, null, 2)}\n` : `${answer.text}\n`);
  }
});

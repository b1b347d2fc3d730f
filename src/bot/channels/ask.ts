// `npm run ask -- "问题"`: one answer; `--json` prints the answer object; `--json --stdin` is the batch contract.
import { createInterface } from "node:readline";
import { Command } from "commander";
import { loadCorpus } from "../../knowledge/corpus.js";
import { createBot } from "../bot.js";
import { answerLine } from "./batch.js";

const program = new Command()
  .name("ask")
  .description("Ask the policy hotline one question, or answer a batch of JSON lines from stdin.")
  .argument("[question...]", "the question")
  .option("--json", "print the answer object as JSON")
  .option("--stdin", "read one JSON question per line from stdin (with --json)")
  .option("--region <region>", "the region the user is in (e.g. 平凉市)")
  .parse();

const opts = program.opts<{ json?: boolean; stdin?: boolean; region?: string }>();
const bot = createBot({ corpus: loadCorpus() });

if (opts.stdin) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const answer = await answerLine(bot, line);
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  }
} else {
  const question = program.args.join(" ").trim();
  if (!question) program.error('需要一个问题，例如：npm run ask -- "黑龙江的稳岗返还需要什么条件？"');
  const answer = await bot.reply("cli", question, { region: opts.region ?? null });
  process.stdout.write(opts.json ? `${JSON.stringify(answer, null, 2)}\n` : `${answer.text}\n`);
}

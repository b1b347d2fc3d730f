// `npm start`: a chat in the terminal, one conversation, no account needed.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { loadCorpus } from "../../knowledge/corpus.js";
import { createBot } from "../bot.js";
import { briefText } from "../brief.js";
import { startChannel } from "./config.js";

const USAGE = `Usage: npm start [-- --region <region>]

Chat with the policy hotline in the terminal.
  --region <region>  the region you are in (e.g. 黑龙江省, 大庆, 兴安盟, 平凉)`;

let opts: { region?: string | undefined; help?: boolean | undefined };
try {
  opts = parseArgs({ options: { region: { type: "string" }, help: { type: "boolean", short: "h" } } }).values;
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
  process.exit(1);
}
if (opts.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

await startChannel(async () => {
  const bot = createBot({ corpus: loadCorpus() });
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  console.log("稳就业政策咨询（输入问题后回车；输入“退出”或按 Ctrl+D 结束）");
  rl.setPrompt("> ");
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (/^(退出|再见|exit|quit)$/i.test(text)) break;
    if (text) console.log(`${briefText((await bot.reply("terminal", text, { region: opts.region ?? null })).text)}\n`);
    rl.prompt();
  }
  rl.close();
});

// `npm start`: a chat in the terminal, one conversation, no account needed.
import { createInterface } from "node:readline/promises";
import { Command } from "commander";
import { loadCorpus } from "../../knowledge/corpus.js";
import { createBot } from "../bot.js";

const opts = new Command()
  .name("policy-hotline")
  .description("Chat with the policy hotline in the terminal.")
  .option("--region <region>", "the region you are in (e.g. 黑龙江省, 大庆, 兴安盟, 平凉)")
  .parse()
  .opts<{ region?: string }>();

const bot = createBot({ corpus: loadCorpus() });
const rl = createInterface({ input: process.stdin, output: process.stdout });
console.log("稳就业政策咨询（输入问题后回车；输入“退出”或按 Ctrl+D 结束）");
rl.setPrompt("> ");
rl.prompt();
for await (const line of rl) {
  const text = line.trim();
  if (/^(退出|再见|exit|quit)$/i.test(text)) break;
  if (text) console.log(`${(await bot.reply("terminal", text, { region: opts.region ?? null })).text}\n`);
  rl.prompt();
}
rl.close();

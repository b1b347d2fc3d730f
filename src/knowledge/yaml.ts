// YAML files of the corpus, parsed. The parser is loaded on first use: a process that starts from
// the corpus snapshot (which holds the parsed files) never loads it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Parse = (text: string) => unknown;
let parser: Parse | null = null;

/** The YAML text parsed (the `yaml` package's `parse`). */
export function parseYamlText(text: string): unknown {
  parser ??= (createRequire(import.meta.url)("yaml") as { parse: Parse }).parse;
  return parser(text);
}

export function readYaml(path: string): unknown {
  return parseYamlText(readFileSync(path, "utf8"));
}

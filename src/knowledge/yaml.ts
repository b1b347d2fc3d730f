// YAML files of the corpus, parsed, and where in them a problem lies. The parser is loaded on first
// use: a process that starts from the corpus snapshot (which holds the parsed files) never loads it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type * as Yaml from "yaml";
import type { z } from "zod";
import { CorpusError } from "./errors.js";

let lib: typeof Yaml | null = null;
const yaml = () => (lib ??= createRequire(import.meta.url)("yaml") as typeof Yaml);

/** Where a YAML text comes from: its file, and the line of the file it starts on (front matter: 2). */
export interface YamlSource {
  file: string;
  firstLine?: number;
}

/** A YAML text parsed; bad YAML stops the load at its line. */
export function parseYamlText(text: string, source: YamlSource): unknown {
  try {
    return yaml().parse(text);
  } catch (err) {
    if (!(err instanceof yaml().YAMLError)) throw err;
    const at = err.linePos?.[0];
    // The parser's message ends with its own position and an excerpt, both relative to the text.
    const problem = err.message.replace(/ at line \d+, column \d+:[\s\S]*$/, "");
    throw new CorpusError({ file: source.file, line: at ? at.line + (source.firstLine ?? 1) - 1 : null }, `not valid YAML: ${problem}${at ? ` (column ${at.col})` : ""}`);
  }
}

/** A YAML file of a corpus folder, parsed; `file` is relative to the folder. */
export function readYaml(corpusDir: string, file: string): unknown {
  return parseYamlText(readFileSync(join(corpusDir, file), "utf8"), { file });
}

/** The line of the value at `path` in a YAML text, or of the nearest enclosing value (a missing field: its mapping). */
export function yamlLine(text: string, path: ReadonlyArray<PropertyKey>, firstLine = 1): number | null {
  const counter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: counter });
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line + firstLine - 1;
  }
  return null;
}

/** A problem at a path of a YAML file's data, as a CorpusError naming its line and field. */
export function yamlError(source: YamlSource, text: string, path: ReadonlyArray<PropertyKey>, problem: string): CorpusError {
  return new CorpusError({ file: source.file, line: yamlLine(text, path, source.firstLine), field: path.map(String).join(".") || null }, problem);
}

/**
 * A YAML file's data checked against its schema; the first problem stops the load at its line.
 * `text` is read only then: data restored from the snapshot has no text, and passed when it was made.
 */
export function checkYaml<T>(schema: z.ZodType<T>, data: unknown, source: YamlSource, text: () => string): T {
  const parsed = schema.safeParse(data, { error: (issue) => (issue.input === undefined ? "missing (a required field)" : undefined) });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw yamlError(source, text(), issue.path, issue.message);
}

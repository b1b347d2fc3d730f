// A corpus that does not hold stops the load with a CorpusError naming the file (relative to the
// corpus folder), the line and the field; the commands print that message alone and exit with 2.
// Each case breaks one file of a copy of the real corpus, as an editor might.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { vocabularyOf } from "../../src/bot/understand/vocabulary.js";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "../../src/knowledge/corpus.js";
import { CorpusError } from "../../src/knowledge/errors.js";
import { repoRoot } from "../../src/repo.js";
import { corpusCopies } from "../helpers.js";

const copyCorpus = corpusCopies();
const DOC = "documents/pingliang-2023-75.md";
const PARAMS = "parameters/pingliang-2023-75.yaml";

/** A copy of the corpus with `file` changed. */
function breaking(file: string, change: (text: string) => string): string {
  const dir = copyCorpus();
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
  return dir;
}

/** The line (1-based) of the first line of `file` in the real corpus that starts with `start`. */
function lineOf(dir: string, file: string, start: string): number {
  const at = readFileSync(join(dir, file), "utf8").split("\n").findIndex((l) => l.startsWith(start));
  if (at < 0) throw new Error(`${file} has no line starting ${start}`);
  return at + 1;
}

/** The message of the CorpusError the load of `dir` stops with. */
function loadError(dir: string): string {
  try {
    loadCorpus(dir, { cacheDir: null });
  } catch (err) {
    expect(err).toBeInstanceOf(CorpusError);
    return (err as CorpusError).message;
  }
  throw new Error("the corpus loaded");
}

// A mapping inside a compact mapping: the parser places the error on this very line.
const BAD_LINE = "broken: a: b";
const appended = (text: string) => `${text.replace(/\n?$/, "\n")}${BAD_LINE}\n`;
const linesOf = (text: string) => text.replace(/\n?$/, "\n").split("\n").length - 1;

describe("bad YAML", () => {
  it("in a document's front matter is reported at the file's line, not the front matter's", () => {
    const dir = copyCorpus();
    const line = lineOf(dir, DOC, "issuer:");
    writeFileSync(join(dir, DOC), readFileSync(join(dir, DOC), "utf8").replace("\nissuer:", `\n${BAD_LINE}\nissuer:`));
    expect(loadError(dir)).toBe(`${DOC}:${line}: not valid YAML: Nested mappings are not allowed in compact mappings (column 9)`);
  });

  it.each([
    ["terms.yaml", "Nested mappings are not allowed in compact mappings (column 9)"],
    ["slots.yaml", "Nested mappings are not allowed in compact mappings (column 9)"],
    ["dialogue.yaml", "Nested mappings are not allowed in compact mappings (column 9)"],
    [PARAMS, "Nested mappings are not allowed in compact mappings (column 9)"],
    // a list: a key after its last item is where it breaks
    ["regions.yaml", "Unexpected scalar at node end (column 1)"],
  ])("in %s names the file and line", (file, problem) => {
    const dir = copyCorpus();
    const line = linesOf(readFileSync(join(dir, file), "utf8")) + 1;
    writeFileSync(join(dir, file), appended(readFileSync(join(dir, file), "utf8")));
    expect(loadError(dir)).toBe(`${file}:${line}: not valid YAML: ${problem}`);
  });
});

describe("a document's front matter", () => {
  it("names a missing field, at the front matter's first line", () => {
    expect(loadError(breaking(DOC, (t) => t.replace(/\nissuer: .*\n/, "\n")))).toBe(`${DOC}:2: issuer: missing (a required field)`);
  });

  it("refuses a date the calendar does not have", () => {
    const dir = breaking(DOC, (t) => t.replace(/\nissued: .*\n/, '\nissued: "2023-13-45"\n'));
    expect(loadError(dir)).toBe(`${DOC}:${lineOf(dir, DOC, "issued:")}: issued: "2023-13-45" is not a real date`);
    const feb = breaking(DOC, (t) => t.replace(/\nissued: .*\n/, '\nissued: "2023-02-30"\n'));
    expect(loadError(feb)).toBe(`${DOC}:${lineOf(feb, DOC, "issued:")}: issued: "2023-02-30" is not a real date`);
  });

  it("refuses an id another document has, naming both files", () => {
    const dir = copyCorpus();
    copyFileSync(join(dir, DOC), join(dir, "documents", "zz-copy.md"));
    expect(loadError(dir)).toBe(`documents/zz-copy.md:${lineOf(dir, DOC, "id:")}: id: pingliang-2023-75 is already the id of ${DOC}`);
  });

  it("refuses a jurisdiction that is not in regions.yaml", () => {
    const dir = breaking(DOC, (t) => t.replace("\njurisdiction: 平凉市\n", "\njurisdiction: 凉平市\n"));
    expect(loadError(dir)).toBe(`${DOC}:${lineOf(dir, DOC, "jurisdiction:")}: jurisdiction: 凉平市 is not a place in regions.yaml`);
  });
});

describe("the data files", () => {
  it("name a missing field of regions.yaml with its path", () => {
    const dir = breaking("regions.yaml", (t) => t.replace("\n- name: 黑龙江省\n", "\n- nam: 黑龙江省\n"));
    expect(loadError(dir)).toBe(`regions.yaml:${lineOf(dir, "regions.yaml", "- nam: 黑龙江省")}: 0.name: missing (a required field)`);
  });

  it("refuse a parameter's date the calendar does not have, as a CorpusError like every parameter problem", () => {
    const dir = breaking(PARAMS, (t) => t.replace("{ clause: （一）, value: 60,", "{ clause: （一）, until: 2023-11-31, value: 60,"));
    const line = lineOf(dir, PARAMS, "  稳岗返还.中小微企业返还比例:");
    expect(loadError(dir)).toBe(`${PARAMS}:${line}: parameters.稳岗返还.中小微企业返还比例.until: "2023-11-31" is not a real date`);
    const clause = breaking(PARAMS, (t) => t.replace("{ clause: （一）, value: 60,", "{ clause: （九十九）, value: 60,"));
    expect(loadError(clause)).toBe(`${PARAMS}:${line}: parameters.稳岗返还.中小微企业返还比例.clause: pingliang-2023-75 has no clause （九十九）`);
  });
});

describe("the corpus folder", () => {
  it("refuses an empty folder, naming what it lacks", () => {
    const dir = mkdtempSync(join(tmpdir(), "ph-empty-"));
    try {
      expect(loadError(dir)).toBe(`${dir}: not a corpus folder: it has no documents/*.md, regions.yaml, terms.yaml, slots.yaml, dialogue.yaml`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the line (its first field) and the slot of a fact slots.yaml describes that the bot does not know", () => {
    const dir = breaking("slots.yaml", (t) => t.replace(/^slots:\n/m, "slots:\n  headcount:\n    label: 人数\n    type: count\n"));
    expect(() => vocabularyOf(loadCorpus(dir, { cacheDir: null }))).toThrow(new RegExp(`^slots\\.yaml:${lineOf(dir, "slots.yaml", "    label: 人数")}: slots\\.headcount: not a fact`));
  });

  it("names the line and field of a pair exclusions.yaml declares with a policy no rule computes, or a parameter no file defines", () => {
    const term = breaking("exclusions.yaml", (t) => t.replace("between: [扩岗补助, 吸纳就业补贴]", "between: [扩岗补贴, 吸纳就业补贴]"));
    expect(() => loadCorpus(term, { cacheDir: null })).toThrow(new RegExp(`^exclusions\.yaml:${lineOf(term, "exclusions.yaml", "  - between: [扩岗补贴")}: exclusions\.0\.between: 扩岗补贴 names no policy`));
    const parameter = breaking("exclusions.yaml", (t) => `${t}  - between: [技能提升补贴, 职业培训补贴]\n    of: 同一人\n    parameter: 鉴定补贴.不重复\n`);
    expect(() => loadCorpus(parameter, { cacheDir: null })).toThrow(
      new RegExp(`^exclusions\.yaml:${lineOf(parameter, "exclusions.yaml", "    parameter: 鉴定补贴.不重复")}: exclusions\.2\.parameter: no parameter file defines`),
    );
  });

  it("refuses a folder that does not exist", () => {
    expect(loadError(join(tmpdir(), "ph-no-such-corpus"))).toBe(`${join(tmpdir(), "ph-no-such-corpus")}: no such corpus folder`);
  });
});

describe("a command started on a broken corpus (CORPUS_DIR)", () => {
  const run = promisify(execFile);
  const dir = breaking(DOC, (t) => t.replace(/\nissued: .*\n/, '\nissued: "2023-13-45"\n'));
  const message = `${DOC}:${lineOf(dir, DOC, "issued:")}: issued: "2023-13-45" is not a real date`;

  // dist/ is built from the sources before the tests (test/global-setup.ts). Three processes: at once.
  it.concurrent.for<[string, string[]]>([
    ["ask", ["dist/src/bot/channels/ask.js", "稳岗返还"]],
    ["start", ["dist/src/bot/channels/terminal.js"]],
    ["serve", ["dist/src/bot/channels/http/main.js"]],
  ])("npm run %s prints the message alone and exits with 2", async ([, args], { expect }) => {
    const failed = await run(process.execPath, args, { cwd: repoRoot(), env: { ...process.env, CORPUS_DIR: dir }, timeout: 15_000 }).then(
      () => null,
      (err: { code?: unknown; stderr?: unknown }) => err,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toBe(`${message}\n`);
  });
});

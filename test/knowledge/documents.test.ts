import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../../src/knowledge/corpus.js";
import { parseDocument } from "../../src/knowledge/documents.js";
import { CorpusError } from "../../src/knowledge/errors.js";
import { squash } from "../../src/knowledge/text.js";
import { hasShared, repoCorpus } from "../helpers.js";

const FRONT = `---
id: test-doc
title: 测试文件
docNumber: "测发〔2023〕1号"
issuer: 测试机关
jurisdiction: 平凉市
issued: "2023-08-28"
source: test
---
`;

describe("parseDocument", () => {
  it("parses front matter and clauses", () => {
    const d = parseDocument("t.md", `${FRONT}（一）第一条。内容。\n`);
    expect(d.id).toBe("test-doc");
    expect(d.clauses.map((c) => c.label)).toEqual(["（一）"]);
  });

  it("names a missing metadata field", () => {
    expect(() => parseDocument("t.md", FRONT.replace("issuer: 测试机关\n", "") + "（一）内容。")).toThrow("t.md:2: issuer: missing (a required field)");
  });

  it("refuses a file without front matter, or without any text", () => {
    expect(() => parseDocument("t.md", "（一）内容。")).toThrow(CorpusError);
    expect(() => parseDocument("t.md", FRONT)).toThrow(/no clauses/);
  });

  const issued = (date: string) => () => parseDocument("t.md", FRONT.replace('"2023-08-28"', `"${date}"`) + "（一）内容。");

  it("refuses a badly formed date", () => {
    expect(issued("28.8.2023")).toThrow('t.md:7: issued: "28.8.2023" is not a date as YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it("refuses a date the calendar does not have, in each form it may be written", () => {
    for (const date of ["2023-02-30", "2023-13-45", "2023-00", "2023-04-31"]) expect(issued(date)).toThrow(`t.md:7: issued: "${date}" is not a real date`);
    for (const date of ["2024-02-29", "2000-02-29", "2023-12", "2023"]) expect(issued(date)().issued).toBe(date);
    expect(issued("1900-02-29")).toThrow("is not a real date");
  });
});

describe("every file in corpus/documents", () => {
  const dir = join(DEFAULT_CORPUS_DIR, "documents");
  const files = readdirSync(dir).filter((f) => f.endsWith(".md"));

  it.each(files)("%s parses into labelled, non-empty clauses with unique labels", (file) => {
    const doc = parseDocument(file, readFileSync(join(dir, file), "utf8"));
    expect(doc.clauses.length).toBeGreaterThan(5);
    expect(new Set(doc.clauses.map((c) => c.label)).size).toBe(doc.clauses.length);
    for (const c of doc.clauses) expect(c.text.trim()).not.toBe("");
    expect(repoCorpus().places.resolve(doc.jurisdiction)).not.toBeNull();
  });

  // Each paragraph of each clause stands in the seed (an annex's table rows are clauses of their own).
  it.skipIf(!hasShared).each(files)("%s quotes its seed verbatim (whitespace aside)", (file) => {
    const doc = parseDocument(file, readFileSync(join(dir, file), "utf8"));
    // `source` is relative to the repository root, where ../shared/seeds sits beside it.
    const seed = squash(readFileSync(join(DEFAULT_CORPUS_DIR, "..", doc.source), "utf8"));
    const missing = doc.clauses.flatMap((c) =>
      c.text.split("\n").filter((p) => !seed.includes(squash(p))).map((p) => `${c.label}: ${p.slice(0, 40)}`),
    );
    expect(missing).toEqual([]);
  });
});

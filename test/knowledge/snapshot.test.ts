import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "../../src/knowledge/corpus.js";

const top = (c: ReturnType<typeof loadCorpus>, q: string) => c.index.search(q).slice(0, 3).map((h) => `${h.doc.id} ${h.clause.label} ${h.score.toFixed(6)}`);

describe("the corpus snapshot", () => {
  it("answers exactly as a freshly built corpus", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "ph-cache-"));
    const built = loadCorpus(DEFAULT_CORPUS_DIR, { cacheDir });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".v8"))).toHaveLength(1);
    const restored = loadCorpus(DEFAULT_CORPUS_DIR, { cacheDir });
    expect(restored.index.size).toBe(built.index.size);
    for (const q of ["黑龙江的稳岗返还需要满足什么条件", "齐齐哈尔的目标任务", "穩崗返還", "今天天气怎么样"]) expect(top(restored, q)).toEqual(top(built, q));
    const clause = restored.documents[0]!.clauses[1]!;
    expect(restored.index.sentences(clause).length).toBeGreaterThan(0);
  });

  it("is rebuilt when a document changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "ph-corpus-"));
    cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
    const cacheDir = mkdtempSync(join(tmpdir(), "ph-cache-"));
    loadCorpus(dir, { cacheDir });
    const file = join(dir, "documents", "pingliang-2023-75.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("全市建成7个规范化零工市场", "全市建成8个规范化零工市场"));
    const changed = loadCorpus(dir, { cacheDir });
    expect(changed.index.search("平凉要建几个零工市场")[0]!.clause.text).toContain("全市建成8个规范化零工市场");
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".v8"))).toHaveLength(2);
  });
});

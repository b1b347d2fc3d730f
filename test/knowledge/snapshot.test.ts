import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtWith, DEFAULT_CORPUS_DIR, loadCorpus, snapshotKey } from "../../src/knowledge/corpus.js";
import { repoPath } from "../../src/repo.js";
import { corpusCopies } from "../helpers.js";

const top = (c: ReturnType<typeof loadCorpus>, q: string) => c.index.search(q).slice(0, 3).map((h) => `${h.doc.id} ${h.clause.label} ${h.score.toFixed(6)}`);
const snapshots = (cacheDir: string) => readdirSync(cacheDir).filter((f) => f.endsWith(".v8"));
const copyCorpus = corpusCopies();

describe("the corpus snapshot", () => {
  it("answers exactly as a freshly built corpus", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "ph-cache-"));
    const built = loadCorpus(DEFAULT_CORPUS_DIR, { cacheDir });
    expect(snapshots(cacheDir)).toHaveLength(1);
    const restored = loadCorpus(DEFAULT_CORPUS_DIR, { cacheDir });
    expect(restored.index.size).toBe(built.index.size);
    for (const q of ["黑龙江的稳岗返还需要满足什么条件", "齐齐哈尔的目标任务", "穩崗返還", "今天天气怎么样"]) expect(top(restored, q)).toEqual(top(built, q));
    const clause = restored.documents[0]!.clauses[1]!;
    expect(restored.index.sentences(clause).length).toBeGreaterThan(0);
  });

  it("is rebuilt when a document changes", () => {
    const dir = copyCorpus();
    const cacheDir = mkdtempSync(join(tmpdir(), "ph-cache-"));
    loadCorpus(dir, { cacheDir });
    const first = snapshots(cacheDir);
    const file = join(dir, "documents", "pingliang-2023-75.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("全市建成7个规范化零工市场", "全市建成8个规范化零工市场"));
    const changed = loadCorpus(dir, { cacheDir });
    expect(changed.index.search("平凉要建几个零工市场")[0]!.clause.text).toContain("全市建成8个规范化零工市场");
    expect(snapshots(cacheDir)).toHaveLength(2);
    expect(snapshots(cacheDir)).toEqual(expect.arrayContaining(first));
  });

  // An index cut by another jieba (or converted by another opencc-js) would not match the questions
  // the new one cuts; a V8 may not read another's serialisation.
  it("is keyed by the installed segmenter, converter, pinyin readings, V8 and Node", () => {
    const installed = builtWith();
    const version = (pkg: string) => (JSON.parse(readFileSync(repoPath("node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
    expect(installed).toEqual({ "@node-rs/jieba": version("@node-rs/jieba"), "opencc-js": version("opencc-js"), "pinyin-pro": version("pinyin-pro"), v8: process.versions.v8, node: process.versions.node });
    const key = snapshotKey(DEFAULT_CORPUS_DIR, installed);
    expect(snapshotKey(DEFAULT_CORPUS_DIR, builtWith())).toBe(key);
    for (const name of Object.keys(installed) as Array<keyof typeof installed>) {
      expect(snapshotKey(DEFAULT_CORPUS_DIR, { ...installed, [name]: `${installed[name]}-upgraded` }), name).not.toBe(key);
    }
  });

  it("keeps the newest few, removing older ones", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "ph-cache-"));
    for (let i = 0; i < 6; i++) loadCorpus(DEFAULT_CORPUS_DIR, { cacheDir, builtWith: { node: `v${i}` } });
    expect(snapshots(cacheDir)).toHaveLength(4);
  });

  it("is rebuilt, not restored, after an upgrade of the segmenter", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "ph-cache-"));
    loadCorpus(DEFAULT_CORPUS_DIR, { cacheDir });
    const first = snapshots(cacheDir);
    const upgraded = loadCorpus(DEFAULT_CORPUS_DIR, { cacheDir, builtWith: { "@node-rs/jieba": "99.0.0" } });
    expect(snapshots(cacheDir)).toHaveLength(2);
    expect(snapshots(cacheDir)).toEqual(expect.arrayContaining(first));
    expect(upgraded.index.search("平凉要建几个零工市场")[0]!.clause.text).toContain("零工市场");
  });
});

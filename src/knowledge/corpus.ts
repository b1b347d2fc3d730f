// Everything the bot knows about the documents, loaded once: documents, places, terms, the clause index.
// Building the index segments every clause; the result is kept as a snapshot on disk, keyed by the
// corpus files, this module's code and the versions of what cut and serialised the index, so a
// restarted process starts from it. A corpus that does not hold stops the load with a CorpusError.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { installedVersion, repoPath } from "../repo.js";
import { checkExclusionsDefined, EXCLUSIONS_FILE, readExclusions, type Exclusion } from "../calculators/exclusions.js";
import { PARAMETER_NAMES } from "../calculators/registry.js";
import type { Clause } from "./clauses.js";
import { loadDocuments, type PolicyDocument } from "./documents.js";
import { CorpusError } from "./errors.js";
import { ParameterBook, readParameterFiles, type ParameterFileInput } from "./parameters.js";
import { Gazetteer } from "./regions.js";
import { ClauseIndex, type IndexSnapshot } from "./search.js";
import { Terms } from "./terms.js";
import { addSegmenterWords, warmSegmenter } from "./text.js";
import { readYaml } from "./yaml.js";

export interface Corpus {
  documents: PolicyDocument[];
  places: Gazetteer;
  terms: Terms;
  index: ClauseIndex;
  /** The figures of the documents (corpus/parameters), checked against them. */
  parameters: ParameterBook;
  /** 不得重复享受: the pairs of policies one person or certificate may have only one of (corpus/exclusions.yaml). */
  exclusions: readonly Exclusion[];
  /** The corpus folder's YAML files, parsed (regions, terms, slots, dialogue): the bot reads its vocabulary here. */
  data: Readonly<Record<string, unknown>>;
  /** The folder it was loaded from: a problem in its data is reported at its file's line. */
  dir: string;
  document(id: string): PolicyDocument | undefined;
  /** A clause by its document's id and its label, with its document; null if either is unknown. */
  clause(docId: string, label: string): { doc: PolicyDocument; clause: Clause } | null;
}

/** The repository's own corpus folder. */
export const DEFAULT_CORPUS_DIR = repoPath("corpus");

/** The corpus the commands serve: the folder CORPUS_DIR names when set (a copy being edited), else the repository's. */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CORPUS_DIR ? resolve(env.CORPUS_DIR) : DEFAULT_CORPUS_DIR;
}

/** What an index depends on besides the corpus and the code: the segmenter and converter that cut it, the readings of its slips, the V8 that serialised it. */
export interface BuiltWith {
  "@node-rs/jieba": string;
  "opencc-js": string;
  "pinyin-pro": string;
  v8: string;
  node: string;
}

export function builtWith(): BuiltWith {
  return {
    "@node-rs/jieba": installedVersion("@node-rs/jieba"),
    "opencc-js": installedVersion("opencc-js"),
    "pinyin-pro": installedVersion("pinyin-pro"),
    v8: process.versions.v8,
    node: process.versions.node,
  };
}

export interface LoadOptions {
  /** Where snapshots are kept; null: build every time. */
  cacheDir?: string | null;
  /** In place of the installed versions (a test simulating an upgrade). */
  builtWith?: Partial<BuiltWith>;
}

interface Snapshot {
  documents: PolicyDocument[];
  index: IndexSnapshot;
  data: Record<string, unknown>;
  parameters: ParameterFileInput[];
}

/** Every YAML file of the corpus folder, parsed. */
function readData(dir: string): Record<string, unknown> {
  return Object.fromEntries(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => [f, readYaml(dir, f)]));
}

/** The data files the bot reads besides the documents (slots and dialogue by the bot's vocabulary). */
const DATA_FILES = ["regions.yaml", "terms.yaml", "slots.yaml", "dialogue.yaml"];

/** A folder without documents or a data file is a wrong CORPUS_DIR, not a corpus to serve. */
function checkFolder(dir: string): void {
  if (!existsSync(dir)) throw new CorpusError({ file: dir }, "no such corpus folder");
  const docs = join(dir, "documents");
  const missing = [
    ...(existsSync(docs) && readdirSync(docs).some((f) => f.endsWith(".md")) ? [] : ["documents/*.md"]),
    ...DATA_FILES.filter((f) => !existsSync(join(dir, f))),
  ];
  if (missing.length) throw new CorpusError({ file: dir }, `not a corpus folder: it has no ${missing.join(", ")}`);
}

export function loadCorpus(dir: string = corpusDir(), options: LoadOptions = {}): Corpus {
  checkFolder(dir);
  const cacheDir = options.cacheDir === undefined ? repoPath("node_modules", ".cache", "policy-hotline") : options.cacheDir;
  const file = cacheDir && join(cacheDir, `corpus-${snapshotKey(dir, { ...builtWith(), ...options.builtWith })}.v8`);
  let snapshot: Snapshot | null = null;
  if (file) {
    try {
      snapshot = deserialize(readFileSync(file)) as Snapshot;
    } catch {
      snapshot = null; // none yet, or unreadable: build it
    }
  }
  const data = snapshot?.data ?? readData(dir);
  const terms = Terms.load(dir, data["terms.yaml"]);
  addSegmenterWords(terms.segmenterWords());
  const places = Gazetteer.load(dir, data["regions.yaml"]);
  // A snapshot's documents passed these checks against the same regions.yaml (it is in the key).
  const documents = snapshot?.documents ?? loadDocuments(dir, (name) => places.resolve(name) !== null);
  const parameterFiles = snapshot?.parameters ?? readParameterFiles(dir);
  // Checked at every start (the rules' names may have changed); nothing is served from a corpus that fails.
  const exclusionsText = () => readFileSync(join(dir, EXCLUSIONS_FILE), "utf8");
  const exclusions = readExclusions(data[EXCLUSIONS_FILE], exclusionsText);
  const parameters = new ParameterBook(parameterFiles, documents, PARAMETER_NAMES, (region) => places.order(region), exclusions);
  checkExclusionsDefined(exclusions, parameters, exclusionsText);
  let index: ClauseIndex;
  if (snapshot) {
    index = ClauseIndex.restore(snapshot.index, terms);
    warmSegmenter(); // questions need it; a restored index did not
  } else {
    index = new ClauseIndex(documents, terms);
    if (file) save(file, { documents, index: index.snapshot(), data, parameters: parameterFiles });
  }
  return corpusOf({ documents, places, terms, index, data, parameters, exclusions, dir });
}

/** A corpus from its parts, with documents found by id. */
export function corpusOf(parts: Omit<Corpus, "document" | "clause">): Corpus {
  const byId = new Map(parts.documents.map((d) => [d.id, d]));
  return {
    ...parts,
    document: (id) => byId.get(id),
    clause(docId, label) {
      const doc = byId.get(docId);
      const clause = doc?.clauses.find((c) => c.label === label);
      return doc && clause ? { doc, clause } : null;
    },
  };
}

/** What the snapshot depends on: every corpus file, the code that builds from them, and what it is built with. */
export function snapshotKey(dir: string, versions: BuiltWith): string {
  const hash = createHash("sha256").update(JSON.stringify(versions));
  const code = dirname(fileURLToPath(import.meta.url));
  for (const folder of [dir, join(dir, "documents"), join(dir, "parameters"), code]) {
    for (const f of existsSync(folder) ? readdirSync(folder).sort() : []) {
      if (/\.(md|ya?ml|txt|ts|js)$/.test(f)) hash.update(f).update(readFileSync(join(folder, f)));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** Snapshots kept in the cache folder, newest first. */
const SNAPSHOTS_KEPT = 4;

function save(file: string, snapshot: Snapshot): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(snapshot));
    renameSync(tmp, file); // atomic: concurrent starts never read half a file
    // Snapshots of earlier corpora or code are not read again: the newest few are kept (the sources under
    // test and the built code have a key each), the rest removed (a process started on one holds it open).
    const dir = dirname(file);
    const stale = readdirSync(dir)
      .filter((f) => /^corpus-\w+\.v8$/.test(f))
      .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .slice(SNAPSHOTS_KEPT);
    for (const { f } of stale) rmSync(join(dir, f), { force: true });
  } catch {
    // A read-only install still works; it only builds at every start.
  }
}

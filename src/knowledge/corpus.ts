// Everything the bot knows about the documents, loaded once: documents, places, terms, the clause index.
// Building the index segments every clause; the result is kept as a snapshot on disk, keyed by the
// corpus files and this module's code, so a restarted process starts from it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { repoPath } from "../repo.js";
import { PARAMETER_NAMES } from "../calculators/registry.js";
import type { Clause } from "./clauses.js";
import { loadDocuments, type PolicyDocument } from "./documents.js";
import { ParameterBook, readParameterFiles, type ParameterFileInput } from "./parameters.js";
import { Gazetteer } from "./regions.js";
import { ClauseIndex, type IndexSnapshot } from "./search.js";
import { Terms } from "./terms.js";
import { addSegmenterWords, warmSegmenter } from "./text.js";
import { parseYamlText, readYaml } from "./yaml.js";

export interface Corpus {
  documents: PolicyDocument[];
  places: Gazetteer;
  terms: Terms;
  index: ClauseIndex;
  /** The figures of the documents (corpus/parameters), checked against them. */
  parameters: ParameterBook;
  /** The corpus folder's YAML files, parsed (regions, terms, slots, dialogue): the bot reads its vocabulary here. */
  data: Readonly<Record<string, unknown>>;
  document(id: string): PolicyDocument | undefined;
  /** A clause by its document's id and its label, with its document; null if either is unknown. */
  clause(docId: string, label: string): { doc: PolicyDocument; clause: Clause } | null;
}

/** The repository's own corpus folder. */
export const DEFAULT_CORPUS_DIR = repoPath("corpus");

export interface LoadOptions {
  /** Where snapshots are kept; null: build every time. */
  cacheDir?: string | null;
}

interface Snapshot {
  documents: PolicyDocument[];
  index: IndexSnapshot;
  data: Record<string, unknown>;
  parameters: ParameterFileInput[];
}

/** Every YAML file of the corpus folder, parsed. */
function readData(dir: string): Record<string, unknown> {
  return Object.fromEntries(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => [f, readYaml(join(dir, f))]));
}

export function loadCorpus(dir: string = DEFAULT_CORPUS_DIR, options: LoadOptions = {}): Corpus {
  const cacheDir = options.cacheDir === undefined ? repoPath("node_modules", ".cache", "policy-hotline") : options.cacheDir;
  const file = cacheDir && join(cacheDir, `corpus-${fingerprint(dir)}.v8`);
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
  const documents = snapshot?.documents ?? loadDocuments(dir);
  const parameterFiles = snapshot?.parameters ?? readParameterFiles(dir, parseYamlText);
  for (const d of documents) {
    if (!places.resolve(d.jurisdiction)) throw new Error(`${d.id}: jurisdiction ${d.jurisdiction} is not in regions.yaml`);
  }
  // Checked at every start (the rules' names may have changed); nothing is served from a corpus that fails.
  const parameters = new ParameterBook(parameterFiles, documents, PARAMETER_NAMES, (region) => places.order(region));
  let index: ClauseIndex;
  if (snapshot) {
    index = ClauseIndex.restore(snapshot.index, terms);
    warmSegmenter(); // questions need it; a restored index did not
  } else {
    index = new ClauseIndex(documents, terms);
    if (file) save(file, { documents, index: index.snapshot(), data, parameters: parameterFiles });
  }
  return corpusOf({ documents, places, terms, index, data, parameters });
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

/** What the snapshot depends on: every corpus file and the code that builds from them. */
function fingerprint(dir: string): string {
  const hash = createHash("sha256");
  const code = dirname(fileURLToPath(import.meta.url));
  for (const folder of [dir, join(dir, "documents"), join(dir, "parameters"), code]) {
    for (const f of existsSync(folder) ? readdirSync(folder).sort() : []) {
      if (/\.(md|ya?ml|txt|ts|js)$/.test(f)) hash.update(f).update(readFileSync(join(folder, f)));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

function save(file: string, snapshot: Snapshot): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(snapshot));
    renameSync(tmp, file); // atomic: concurrent starts never read half a file
  } catch {
    // A read-only install still works; it only builds at every start.
  }
}

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCorpus, type Corpus } from "../src/knowledge/corpus.js";

let corpus: Corpus | null = null;
/** The repository's corpus, loaded once per test file. */
export function repoCorpus(): Corpus {
  corpus ??= loadCorpus();
  return corpus;
}

/** ../shared beside the repository (present in CI): the seeds the corpus was made from. */
export const SHARED = fileURLToPath(new URL("../../shared", import.meta.url));
export const hasShared = existsSync(SHARED);

/** A fixed clock: the documents are read as on this day. */
export const on = (isoDate: string) => () => new Date(`${isoDate}T12:00:00+08:00`);

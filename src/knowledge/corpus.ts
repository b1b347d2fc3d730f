// Everything the bot knows about the documents, loaded once: documents, places, terms, the clause index.
import { fileURLToPath } from "node:url";
import { loadDocuments, type PolicyDocument } from "./documents.js";
import { Gazetteer } from "./regions.js";
import { ClauseIndex } from "./search.js";
import { Terms } from "./terms.js";
import { addSegmenterWords } from "./text.js";

export interface Corpus {
  documents: PolicyDocument[];
  places: Gazetteer;
  terms: Terms;
  index: ClauseIndex;
  document(id: string): PolicyDocument | undefined;
}

/** The repository's own corpus folder. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL("../../corpus", import.meta.url));

export function loadCorpus(dir: string = DEFAULT_CORPUS_DIR): Corpus {
  const terms = Terms.load(dir);
  addSegmenterWords(terms.segmenterWords());
  const documents = loadDocuments(dir);
  const places = Gazetteer.load(dir);
  for (const d of documents) {
    if (!places.resolve(d.jurisdiction)) throw new Error(`${d.id}: jurisdiction ${d.jurisdiction} is not in regions.yaml`);
  }
  const byId = new Map(documents.map((d) => [d.id, d]));
  return { documents, places, terms, index: new ClauseIndex(documents, terms), document: (id) => byId.get(id) };
}

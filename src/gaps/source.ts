// A clause the queue refers to (the one an answer gave, the one staff named), as a person reads it.
import { clauseName } from "../bot/compose.js";
import type { Corpus } from "../knowledge/corpus.js";

/** 《title》（文号）第（一）条; null when the document or clause is not (or no longer) in the corpus. */
export function clauseSource(corpus: Corpus, docId: string | null, label: string | null): string | null {
  const found = docId && label ? corpus.clause(docId, label) : null;
  if (!found) return null;
  return `《${found.doc.title}》${found.doc.docNumber ? `（${found.doc.docNumber}）` : ""}${clauseName(label!)}`;
}

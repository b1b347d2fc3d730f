// Finding a clause as staff type: every clause of the documents, filtered by region or document,
// each result with its source, its validity, the sentences that match (and the words in them), and
// the answer the bot would give from it — ready to paste into a chat.
import { z } from "zod";
import { clauseName, sourceLine, validitySentence, citationOf } from "../bot/compose.js";
import { lookupAnswer } from "../bot/lookup.js";
import { documentsFor, scopeOf, type Scope } from "../bot/scope.js";
import type { Corpus } from "../knowledge/corpus.js";
import type { SearchHit } from "../knowledge/search.js";
import { normalize } from "../knowledge/text.js";
import { validityOn, type ValidityStatus } from "../knowledge/validity.js";

const MAX_QUERY_CHARS = 200;

export const ClauseQuerySchema = z.object({
  q: z.string().trim().max(MAX_QUERY_CHARS, `q: at most ${MAX_QUERY_CHARS} characters`).default(""),
  /** The documents that apply there: its own and those of the places above it (大庆市 → 大庆市, 黑龙江省). */
  region: z.string().trim().max(50).optional().transform((v) => v || undefined),
  /** One document, by id. */
  doc: z.string().trim().max(80).optional().transform((v) => v || undefined),
});
export interface ClauseQuery {
  q: string;
  region?: string | undefined;
  doc?: string | undefined;
}

export interface Marked {
  text: string;
  /** True for a sentence that matches the query. */
  match: boolean;
  /** Where the query's words stand in it: [start, end) in UTF-16 units. */
  marks: Array<[number, number]>;
}

export interface ClauseResult {
  docId: string;
  docNumber: string | null;
  title: string;
  clause: string;
  /** The label as a person says it: 第（一）条. */
  place: string;
  source: string;
  jurisdiction: string;
  validity: { status: ValidityStatus; startsOn: string | null; endsOn: string | null; text: string };
  sentences: Marked[];
  /** The bot's answer from this clause: where it applies, the quoted sentence, the source, the validity. */
  answer: string;
}

export class QueryError extends Error {}

/** A sentence matching at least this share of the best one's coverage is highlighted too. */
const MATCH_SHARE = 0.5;

/** Where `words` occur in `text`, longest first, never overlapping. */
export function marksIn(text: string, words: readonly string[]): Array<[number, number]> {
  const taken: Array<[number, number]> = [];
  for (const w of [...new Set(words)].filter((w) => w.length > 1).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) {
      const end = at + w.length;
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}

function scopeFor(corpus: Corpus, query: ClauseQuery): Scope {
  // Places typed in the query choose documents as in a question (平凉 稳岗返还); the filters narrow them.
  const scope = scopeOf(corpus, query.q, query.region);
  let documents = scope.documents;
  if (query.region) {
    const place = corpus.places.resolve(query.region);
    if (!place) throw new QueryError(`region: ${query.region} is not a place in regions.yaml`);
    const there = new Set(documentsFor(corpus, place).map((d) => d.id));
    documents = documents.filter((d) => there.has(d.id));
  }
  if (query.doc) {
    if (!corpus.document(query.doc)) throw new QueryError(`doc: no document ${query.doc}`);
    documents = documents.filter((d) => d.id === query.doc);
  }
  const filtered = documents.length !== corpus.documents.length;
  return { ...scope, documents, open: scope.open && !filtered };
}

function resultOf(corpus: Corpus, query: string, scope: Scope, hit: SearchHit, today: string): ClauseResult {
  const { doc, clause } = hit;
  const { covered } = corpus.index.coverage(query, scope.mentioned);
  const words = corpus.index.queryTerms(query).filter((t) => !t.token.startsWith("§")).map((t) => t.token);
  const sentences = corpus.index.sentences(clause);
  const scores = sentences.map((s) => covered(s.norm));
  const best = Math.max(0, ...scores);
  const validity = validityOn(clause, today);
  const citation = citationOf(doc, clause, today);
  // Scoped to the hit's document alone, so that the answer quotes this clause as the bot would.
  const answer = lookupAnswer(corpus, query, { ...scope, open: false, documents: [doc] }, [hit], today);
  // The clause as the bot cites it, without its whole text (the sentences follow) or its dates (in validity).
  const { text: _text, endsOn: _endsOn, expired: _expired, ...cited } = citation;
  return {
    ...cited,
    source: sourceLine(citation),
    validity: { ...validity, text: validitySentence(doc, clause, today) },
    sentences: sentences.map((s, i) => {
      const match = best > 0 && scores[i]! >= best * MATCH_SHARE;
      // Marks on the text as written; normalising keeps its length, else a word is left unmarked.
      const marks = match && s.norm.length === s.text.length ? marksIn(s.norm, words) : [];
      return { text: s.text, match, marks };
    }),
    answer: answer.text,
  };
}

/** Results for one query. */
const LIMIT = 20;

/**
 * Clauses whose subject is the policy typed (named in their heading or first sentence: 继续实施失业保险
 * 稳岗返还政策) before those that only mention it, each kind in the index's order. (The bot's own
 * search puts the most local document first instead: it answers for one place, staff search them all.)
 */
function subjectFirst(corpus: Corpus, query: string, hits: SearchHit[]): SearchHit[] {
  const names = corpus.terms.namesOf(corpus.terms.policyNames(normalize(query)).map((r) => r.meaning));
  if (!names.length) return hits;
  const subject = (h: SearchHit) => names.some((n) => (h.clause.heading ?? h.clause.text.split("。")[0]!).includes(n));
  return [...hits.filter(subject), ...hits.filter((h) => !subject(h))];
}

/** The clauses for a query, best first (none for an empty one). Throws QueryError for an unknown region or document. */
export function searchClauses(corpus: Corpus, query: ClauseQuery, today: string): ClauseResult[] {
  const scope = scopeFor(corpus, query);
  if (!query.q || !scope.documents.length) return [];
  // Place names only chose the documents: as words they would match noise.
  const topical = scope.selectors.reduce((q, name) => q.replaceAll(name, " "), query.q);
  const hits = corpus.index.search(topical, { ...(scope.open ? {} : { docIds: new Set(scope.documents.map((d) => d.id)) }), notTopical: scope.mentioned, limit: LIMIT });
  return subjectFirst(corpus, topical, hits).map((hit) => resultOf(corpus, query.q, scope, hit, today));
}

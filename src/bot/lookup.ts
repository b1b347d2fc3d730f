// "What does the policy say": the clauses that answer a question, quoted, with source and validity.
import type { Corpus } from "../knowledge/corpus.js";
import type { SearchHit } from "../knowledge/search.js";
import { normalize } from "../knowledge/text.js";
import type { Answer } from "./answer.js";
import { citationOf, readRow, sourceLine, validitySentence } from "./compose.js";
import { regionOf, type Scope } from "./scope.js";

/** Below this share of its topical words found in a clause, a question is not answered from that clause. */
const FLOOR_ON_TOPIC = 0.3;
const FLOOR_OFF_TOPIC = 0.5;
/** Other regions' clauses scoring within this ratio of the best are the same rule in another place. */
const SAME_RULE_RATIO = 0.7;
const MAX_CITATIONS = 3;

export function searchScope(corpus: Corpus, question: string, scope: Scope): SearchHit[] {
  const topical = scope.selectors.reduce((q, name) => q.replaceAll(name, " "), question);
  return corpus.index.search(topical, {
    // An open scope is every document: no filter to apply.
    ...(scope.open ? {} : { docIds: new Set(scope.documents.map((d) => d.id)) }),
    notTopical: scope.mentioned,
    limit: 12,
  });
}

/** True when the best hit covers enough of the question to answer from it. */
export function confident(corpus: Corpus, question: string, hits: SearchHit[]): boolean {
  const top = hits[0];
  if (!top) return false;
  const onTopic = corpus.terms.isOnTopic(corpus.terms.fixTypos(normalize(question)));
  return top.coverage >= (onTopic ? FLOOR_ON_TOPIC : FLOOR_OFF_TOPIC);
}

/** The sentence of a clause that best answers the question (two when the best is only a heading). */
function quote(corpus: Corpus, question: string, hit: SearchHit): string {
  const row = readRow(hit.doc, hit.clause);
  if (row) return row;
  const query = corpus.index.queryTerms(question).filter((q) => !q.token.startsWith("§"));
  const asksQuantity = /多少|几|标准|比例|费率|多长|多久|最长|最高|上限/.test(question);
  const sentences = corpus.index.sentences(hit.clause);
  const scored = sentences.map(({ text, norm }, i) => {
    let score = query.reduce((sum, q) => sum + (norm.includes(q.token) ? q.weight * q.token.length : 0), 0);
    if (asksQuantity && /\d/.test(text)) score += 2;
    return { s: text, i, score };
  });
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a), scored[0]!);
  const next = sentences[best.i + 1];
  return best.s.length < 16 && next ? `${best.s}${next.text}` : best.s;
}

/** Hits to cite: the best, and where the region is unknown, the same rule in other regions. */
function pickHits(hits: SearchHit[], scope: Scope): SearchHit[] {
  const top = hits[0]!;
  if (!scope.open) return hits.slice(0, MAX_CITATIONS);
  const perRegion = new Map<string, SearchHit>();
  for (const h of hits) {
    if (h.score < top.score * SAME_RULE_RATIO) break;
    if (!perRegion.has(h.doc.jurisdiction)) perRegion.set(h.doc.jurisdiction, h);
  }
  if (perRegion.size < 2) return hits.slice(0, MAX_CITATIONS);
  return [...perRegion.values()].slice(0, MAX_CITATIONS);
}

export function lookupAnswer(corpus: Corpus, question: string, scope: Scope, hits: SearchHit[], today: string): Answer {
  const chosen = pickHits(hits, scope);
  const regions = new Set(chosen.map((h) => h.doc.jurisdiction));
  const citations = chosen.map((h) => citationOf(h.doc, h.clause, today));
  let text: string;
  if (scope.open && regions.size > 1) {
    const parts = chosen.map(
      (h, i) =>
        `【${h.doc.jurisdiction}】“${quote(corpus, question, h)}”\n出处：${sourceLine(citations[i]!)}。${validitySentence(h.doc, h.clause, today)}`,
    );
    text = `各地的规定不同：\n${parts.join("\n")}\n告诉我您所在的地区，我只给出当地的规定。`;
  } else {
    const top = chosen[0]!;
    const where = regionOf(scope, top.doc.jurisdiction);
    const applies = where && where !== top.doc.jurisdiction ? `${top.doc.jurisdiction}（含${where}）` : top.doc.jurisdiction;
    text =
      `${applies}的规定：“${quote(corpus, question, top)}”\n` +
      `出处：${sourceLine(citations[0]!)}。\n` +
      validitySentence(top.doc, top.clause, today);
  }
  return {
    intent: "lookup",
    region: regionOf(scope, regions.size === 1 ? [...regions][0]! : null),
    text,
    citations,
    calculation: null,
  };
}

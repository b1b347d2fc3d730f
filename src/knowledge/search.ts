// The clause index: a question → clauses ranked by relevance, with how much of the question they cover.
import type { Clause } from "./clauses.js";
import type { PolicyDocument } from "./documents.js";
import type { Terms } from "./terms.js";
import { buildHomophones, Homophones, type HomophoneTable } from "./homophones.js";
import { memoize, memoizeBy } from "./memo.js";
import { bigrams, normalize, segment } from "./text.js";

const K1 = 1.2;
/** Of the best-covering leader's coverage, the share below which a leader is ranked after the others. */
const WEAK_SHARE = 0.5;
const B = 0.75;
const BIGRAM_WEIGHT = 0.3;
const EXPANSION_WEIGHT = 0.7;
const ANNEX_PRIOR = 0.5;

export interface SearchHit {
  clause: Clause;
  doc: PolicyDocument;
  score: number;
  /** Share of the question's informative words (idf-weighted) this clause contains, 0..1: how surely it answers (Coverage.answers). */
  coverage: number;
}

interface QueryTerm {
  token: string;
  weight: number;
  /** The question's own words this term stands for (itself, or the alias it expands). */
  covers: string[];
}

export interface SearchOptions {
  /** Only clauses of these documents. */
  docIds?: ReadonlySet<string>;
  /** Words that steer the ranking but say nothing of the topic (place names): left out of coverage. */
  notTopical?: readonly string[];
  limit?: number;
}

interface Entry {
  clause: Clause;
  doc: PolicyDocument;
  /** Normalised clause text with its headings: what coverage is read from. */
  text: string;
  sentences: Sentence[];
}

export interface Sentence {
  /** As written, for quoting. */
  text: string;
  /** Normalised, for matching. */
  norm: string;
  /** Normalised and read under the clause's headings (a table row under its table), for proximity. */
  inContext: string;
}


/** The weight of a question's word that no clause uses, against its rarity. */
const UNUSED_WORD_WEIGHT = 0.25;
/** A clause's sentences, each with its closing punctuation. */
function sentencesOf(text: string): string[] {
  return (text.match(/[^。；！？\n]+[。；！？]?/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** A token's postings: clause ids, and each one's BM25 term-frequency part, precomputed at build. */
interface Postings {
  ids: Int32Array;
  tf: Float32Array;
}

export interface Coverage {
  /** The question's informative words. */
  words: string[];
  /** How much of them (idf-weighted, 0..1) a normalised text contains. */
  covered: (text: string) => number;
  /**
   * The same, with the words no clause uses counting for little when the question is on the
   * documents' subjects: how surely a text answers, not how it ranks.
   */
  answers: (text: string) => number;
}

interface BuiltIndex {
  entries: Entry[];
  postings: Map<string, Postings>;
  homophones: HomophoneTable;
}

/**
 * The index as kept on disk: every token's postings packed end to end in two arrays (v8's
 * deserialiser restores one typed array in the time of a few; 9 000 tokens' pairs cost 60 ms).
 */
export interface IndexSnapshot {
  entries: Entry[];
  tokens: string[];
  /** Where each token's postings end in `ids` and `tf`. */
  ends: Int32Array;
  ids: Int32Array;
  tf: Float32Array;
  homophones: HomophoneTable;
}

/** Share of clauses above which a word, or a character pair, does not rank them (it still counts in coverage). */
const COMMON = 0.25;
const COMMON_PAIR = 0.05;
/** A place inside the documents' jurisdiction (大庆高新区, 齐齐哈尔) steers the ranking at this share of its weight: among clauses on the subject asked, not over them. */
const PLACE_WEIGHT = 0.3;

/** Candidates whose coverage is computed (by BM25), and of those, how many are reranked by proximity. */
const CANDIDATES = 60;
const RERANK = 20;

export class ClauseIndex {
  private readonly entries: Entry[];
  private readonly postings: Map<string, Postings>;
  private readonly slips: Homophones;
  private readonly byClause = new Map<Clause, Entry>();
  /** Each document's clause ids, as [from, to). */
  private readonly ranges = new Map<string, Array<readonly [number, number]>>();
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  constructor(
    docs: readonly PolicyDocument[],
    private readonly terms: Terms,
    built: BuiltIndex = buildIndex(docs, terms.stopwords),
  ) {
    this.entries = built.entries;
    this.postings = built.postings;
    this.slips = new Homophones(built.homophones, (word) => this.postings.has(word), terms.stopwords);
    for (const e of this.entries) this.byClause.set(e.clause, e);
    this.indexRanges();
    this.scores = new Float64Array(this.entries.length);
    this.touched = new Int32Array(this.entries.length);
  }

  private indexRanges(): void {
    this.entries.forEach((e, id) => {
      const list = this.ranges.get(e.doc.id) ?? [];
      const last = list[list.length - 1];
      if (last && last[1] === id) list[list.length - 1] = [last[0], id + 1];
      else list.push([id, id + 1]);
      this.ranges.set(e.doc.id, list);
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Everything built from the documents, for a snapshot on disk (v8-serialisable). */
  snapshot(): IndexSnapshot {
    const lists = [...this.postings.values()];
    const ends = new Int32Array(lists.length);
    lists.reduce((end, p, i) => (ends[i] = end + p.ids.length), 0);
    const total = ends[lists.length - 1] ?? 0;
    const [ids, tf] = [new Int32Array(total), new Float32Array(total)];
    lists.forEach((p, i) => {
      ids.set(p.ids, ends[i]! - p.ids.length);
      tf.set(p.tf, ends[i]! - p.ids.length);
    });
    return { entries: this.entries, tokens: [...this.postings.keys()], ends, ids, tf, homophones: this.slips.table };
  }

  /** An index from a snapshot of the same documents (object identity is kept by v8's serialiser). */
  static restore(snapshot: IndexSnapshot, terms: Terms): ClauseIndex {
    const postings = new Map<string, Postings>();
    snapshot.tokens.forEach((token, i) => {
      const [from, to] = [i ? snapshot.ends[i - 1]! : 0, snapshot.ends[i]!];
      postings.set(token, { ids: snapshot.ids.subarray(from, to), tf: snapshot.tf.subarray(from, to) });
    });
    return new ClauseIndex([], terms, { entries: snapshot.entries, postings, homophones: snapshot.homophones });
  }

  private idf(token: string): number {
    const df = this.postings.get(token)?.ids.length ?? 0;
    const n = this.entries.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Whether any clause has the word. */
  uses(word: string): boolean {
    return this.postings.has(word);
  }

  /** The clause's normalised text with its headings: what coverage is measured on. */
  clauseText(clause: Clause): string {
    return this.byClause.get(clause)?.text ?? "";
  }

  /** The clause's sentences (for quoting the one that answers). */
  sentences(clause: Clause): Sentence[] {
    return this.byClause.get(clause)?.sentences ?? [];
  }

  /** The question's informative words, and what they expand to in the documents' words. */
  readonly queryTerms = memoize((question: string) => this.analyse(question));

  /** A (normalised) text with the input method's slips read as meant: those listed, and those that sound right (档按 → 档案). */
  corrected(text: string): string {
    return this.slips.correct(this.terms.fixTypos(text));
  }

  private analyse(question: string): QueryTerm[] {
    const text = this.corrected(normalize(question));
    const words = contentWords(text, this.terms.stopwords);
    const out = new Map<string, QueryTerm>();
    const add = (token: string, weight: number, covers: string[]) => {
      const prev = out.get(token);
      if (!prev) out.set(token, { token, weight, covers });
      else {
        prev.weight = Math.max(prev.weight, weight);
        prev.covers = [...new Set([...prev.covers, ...covers])];
      }
    };
    for (const w of words) add(w, 1, [w]);
    for (const r of this.terms.readings(text)) {
      const covered = words.filter((w) => r.source.includes(w));
      for (const t of contentWords(r.meaning, this.terms.stopwords)) add(t, EXPANSION_WEIGHT, covered.length ? covered : [t]);
    }
    for (const g of bigrams(text)) if (![...g].every((ch) => this.terms.stopwords.has(ch))) add(`§${g}`, BIGRAM_WEIGHT, []);
    return [...out.values()];
  }

  /**
   * The question's informative words, and a measure of how much of them (idf-weighted, 0..1) a
   * normalised text contains. Each query term carries the question's words it stands for, as bits.
   */
  coverage(question: string, notTopical: readonly string[] = []): Coverage {
    return this.coverages(`${question}\u0000${notTopical.join(",")}`, () => this.measureCoverage(question, notTopical));
  }

  private readonly coverages = memoizeBy<Coverage>(512);

  private measureCoverage(question: string, notTopical: readonly string[]): Coverage {
    const query = this.queryTerms(question);
    const skip = new Set(notTopical.flatMap((w) => segment(w)));
    const own = query.filter((q) => q.weight === 1 && !q.token.startsWith("§") && !skip.has(q.token)).map((q) => q.token);
    // Search mode emits a compound and its parts; a compound the documents never use adds nothing but doubt.
    // (At most 31 words count: coverage is kept in the bits of one integer.)
    const words = own.filter((w) => this.postings.has(w) || !own.some((o) => o !== w && w.includes(o))).slice(0, 31);
    const idf = new Map(words.map((w) => [w, this.idf(w)]));
    const totalIdf = words.reduce((s, w) => s + idf.get(w)!, 0);
    // In a question on the documents' subjects, a word no clause uses (孩子, 小区, 以后) tells no clause
    // from another: for whether a clause answers, it counts for a little, without drowning the words
    // that are there. Off those subjects (红烧肉怎么做) it counts in full: such a question stays uncovered.
    const unused = this.terms.namesTopic(normalize(question)) ? UNUSED_WORD_WEIGHT : 1;
    // (A single character no clause uses as a word, 老听人说…, is how people talk, not a subject.)
    const sureIdf = new Map(words.map((w) => [w, this.postings.has(w) ? idf.get(w)! : idf.get(w)! * (w.length === 1 ? UNUSED_WORD_WEIGHT : unused)]));
    const totalSure = words.reduce((s, w) => s + sureIdf.get(w)!, 0);
    const bit = new Map(words.map((w, i) => [w, 1 << i]));
    const probes = query
      .filter((q) => !q.token.startsWith("§"))
      .map((q) => ({ token: q.token, mask: q.covers.reduce((m, c) => m | (bit.get(c) ?? 0), 0) }))
      .filter((p) => p.mask);
    const weightOf = (mask: number, weights: Map<string, number>) => words.reduce((s, w) => s + (mask & (bit.get(w) ?? 0) ? weights.get(w)! : 0), 0);
    const maskOf = (text: string) => {
      let mask = 0;
      for (const p of probes) if ((mask & p.mask) !== p.mask && text.includes(p.token)) mask |= p.mask;
      return mask;
    };
    return {
      words,
      covered: (text) => (totalIdf ? weightOf(maskOf(text), idf) / totalIdf : 0),
      answers: (text) => (totalSure ? weightOf(maskOf(text), sureIdf) / totalSure : 0),
    };
  }

  /** Clauses for a question, best first. The index never changes, so a repeated question is answered from memory. */
  search(question: string, options: SearchOptions = {}): SearchHit[] {
    const key = [question, [...(options.docIds ?? [])].sort().join(","), (options.notTopical ?? []).join(","), options.limit ?? 10].join("\u0000");
    return this.searches(key, () => this.rank(question, options));
  }

  private readonly searches = memoizeBy<SearchHit[]>(1024);

  private rank(question: string, options: SearchOptions): SearchHit[] {
    const query = this.queryTerms(question);
    const { covered, answers } = this.coverage(question, options.notTopical);
    // BM25 into a reused buffer. Clause ids run document by document and postings are sorted by id,
    // so a query scoped to some documents reads only their slices of each posting list.
    const ranges = options.docIds ? [...options.docIds].flatMap((id) => this.ranges.get(id) ?? []).sort((a, b) => a[0] - b[0]) : [[0, this.entries.length] as const];
    // A token in many clauses hardly tells them apart: it is left to coverage (character pairs, there
    // for recall, are held to a stricter share than words) — unless the question has nothing rarer.
    const common = (q: QueryTerm) => (this.postings.get(q.token)?.ids.length ?? 0) > this.entries.length * (q.token.startsWith("§") ? COMMON_PAIR : COMMON);
    const ranking = query.some((q) => this.postings.has(q.token) && !common(q)) ? query.filter((q) => !common(q)) : query;
    const places = options.notTopical ?? [];
    const ofPlace = (token: string) => places.some((name) => name.includes(token.replace(/^§/, "")));
    let n = 0;
    for (const q of ranking) {
      const p = this.postings.get(q.token);
      if (!p) continue;
      const w = q.weight * this.idf(q.token) * (ofPlace(q.token) ? PLACE_WEIGHT : 1);
      for (const [from, to] of ranges) {
        for (let i = lowerBound(p.ids, from); i < p.ids.length && p.ids[i]! < to; i++) {
          const id = p.ids[i]!;
          if (this.scores[id] === 0) this.touched[n++] = id;
          this.scores[id]! += w * p.tf[i]!;
        }
      }
    }
    const bm25 = topByScore(this.touched.subarray(0, n), this.scores, CANDIDATES).map((id) => [id, this.scores[id]!] as const);
    for (let i = 0; i < n; i++) this.scores[this.touched[i]!] = 0;

    const hits = bm25.map(([id, score]) => {
      const e = this.entries[id]!;
      // Clauses that answer more of the question outrank those repeating one of its words; an
      // annex's own text (a list, a blank form) ranks below the body, its table rows do not.
      const annex = e.clause.annex ? ANNEX_PRIOR : 1;
      return { clause: e.clause, doc: e.doc, score: score * (0.25 + covered(e.text)) * annex, coverage: answers(e.text), id };
    });
    hits.sort((a, b) => b.score - a.score);
    // Rerank the leaders by proximity: the question's words found together in one sentence.
    const leaders = hits.slice(0, RERANK);
    for (const h of leaders) h.score *= 0.25 + Math.max(0, ...this.entries[h.id]!.sentences.map((s) => covered(s.inContext)));
    leaders.sort((a, b) => b.score - a.score);
    // A leader answering under half of what the best-covering leader answers goes after the others
    // (an annex row sharing one rare word with the question, above the clause answering all of it).
    const most = Math.max(0, ...leaders.map((h) => h.coverage));
    const weak = (h: (typeof leaders)[number]) => (h.coverage < most * WEAK_SHARE ? 1 : 0);
    leaders.sort((a, b) => weak(a) - weak(b));
    return [...leaders, ...hits.slice(RERANK)].slice(0, options.limit ?? 10).map(({ id: _, ...hit }) => hit);
  }
}

/** Entries and BM25 postings of every clause of the documents. */
function buildIndex(docs: readonly PolicyDocument[], stopwords: ReadonlySet<string>): BuiltIndex {
  const entries: Entry[] = [];
  const lists = new Map<string, { ids: number[]; tf: number[] }>();
  const lengths: number[] = [];
  for (const doc of docs) {
    for (const clause of doc.clauses) {
      // The clause's place in the document (its section headings) is searchable with it.
      const context = [...clause.path, clause.heading ?? ""].join("\n");
      const tokens = tokensOf(`${context}\n${clause.text}`, stopwords);
      const counts = new Map<string, number>();
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      const id = entries.length;
      const head = normalize(context.replace(/\n/g, " "));
      entries.push({
        clause,
        doc,
        text: normalize(`${context} ${clause.text}`),
        sentences: sentencesOf(clause.text).map((text) => {
          const norm = normalize(text);
          return { text, norm, inContext: `${head} ${norm}` };
        }),
      });
      lengths.push(tokens.length);
      for (const [token, tf] of counts) {
        const list = lists.get(token) ?? { ids: [], tf: [] };
        list.ids.push(id);
        list.tf.push(tf);
        lists.set(token, list);
      }
    }
  }
  const avg = lengths.reduce((s, l) => s + l, 0) / Math.max(1, lengths.length);
  const postings = new Map<string, Postings>();
  for (const [token, { ids, tf }] of lists) {
    const part = tf.map((f, i) => (f * (K1 + 1)) / (f + K1 * (1 - B + (B * lengths[ids[i]!]!) / avg)));
    postings.set(token, { ids: Int32Array.from(ids), tf: Float32Array.from(part) });
  }
  return { entries, postings, homophones: buildHomophones([...postings].map(([token, p]) => [token, p.ids.length])) };
}

/** The first position in a sorted array holding a value ≥ `value`. */
function lowerBound(ids: Int32Array, value: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `k` ids with the highest scores, best first, in one pass (no sort of every candidate). */
function topByScore(ids: Int32Array, scores: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (const id of ids) {
    const s = scores[id]!;
    if (top.length === k && s <= scores[top[k - 1]!]!) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && scores[top[at - 1]!]! < s) at--;
    top.splice(at, 0, id);
    if (top.length > k) top.pop();
  }
  return top;
}

function tokensOf(text: string, stopwords: ReadonlySet<string>): string[] {
  return [...segment(text).filter((t) => !stopwords.has(t)), ...bigrams(text).map((g) => `§${g}`)];
}

/** The informative words of a text: segmented, stopwords (terms.yaml) and punctuation dropped — and words made of stopwords only (是从). */
export function contentWords(text: string, stopwords: ReadonlySet<string>): string[] {
  const stop = (t: string) => stopwords.has(t) || (t.length > 1 && [...t].every((c) => stopwords.has(c)));
  return [...new Set(segment(text).filter((t) => !stop(t)))];
}

// The clause index: a question → clauses ranked by relevance, with how much of the question they cover.
import type { Clause } from "./clauses.js";
import type { PolicyDocument } from "./documents.js";
import type { Terms } from "./terms.js";
import { bigrams, normalize, segment } from "./text.js";

// Question and function words: they say how something is asked, not what about.
const STOPWORDS = new Set(
  (
    "的 了 吗 呢 吧 啊 呀 么 嘛 哦 是 有 没有 在 和 与 及 或 或者 等 对 为 把 被 从 向 就 都 也 还 又 再 才 " +
    "我 我们 我家 你 你们 您 他 她 它 他们 咱们 自己 这 那 这个 那个 这些 那些 哪 哪个 哪些 哪里 哪儿 " +
    "什么 怎么 怎么样 怎样 如何 为什么 多少 多少钱 几 几个 几年 几次 多久 多长时间 多长 多大 吗 请问 问 问下 问一下 一下 " +
    "能 能不能 可以 可不可以 会 会不会 要 想 需要 应该 得 该 给 让 跟 去 来 到 上 下 里 中 内 后 前 " +
    "现在 目前 今年 去年 一个 个 一 下来 啥 咋 干什么 干嘛 怎么办 有没有 是不是 能否 是否 政策 规定 有关 关于 相关 具体 " +
    "谢谢 你好 您好 请 帮 帮忙 麻烦 知道 告诉 说 看 一些 情况 方面 标准 文件 钱 元 块 多"
  ).split(/\s+/),
);

const K1 = 1.2;
const B = 0.75;
const BIGRAM_WEIGHT = 0.3;
const EXPANSION_WEIGHT = 0.7;
const RERANK = 20;

export interface SearchHit {
  clause: Clause;
  doc: PolicyDocument;
  score: number;
  /** Share of the question's informative words (idf-weighted) this clause contains, 0..1. */
  coverage: number;
}

interface Posting {
  clause: number;
  tf: number;
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

export class ClauseIndex {
  private readonly entries: Array<{ clause: Clause; doc: PolicyDocument; length: number; tokens: Set<string> }> = [];
  private readonly postings = new Map<string, Posting[]>();
  private readonly avgLength: number;

  constructor(
    docs: readonly PolicyDocument[],
    private readonly terms: Terms,
  ) {
    for (const doc of docs) {
      for (const clause of doc.clauses) {
        // The clause's place in the document (its section headings) is searchable with it.
        const tokens = tokensOf([...clause.path, clause.heading ?? "", clause.text].join("\n"));
        const counts = new Map<string, number>();
        for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
        const id = this.entries.length;
        this.entries.push({ clause, doc, length: tokens.length, tokens: new Set(counts.keys()) });
        for (const [token, tf] of counts) {
          const list = this.postings.get(token) ?? [];
          list.push({ clause: id, tf });
          this.postings.set(token, list);
        }
      }
    }
    this.avgLength = this.entries.reduce((s, e) => s + e.length, 0) / Math.max(1, this.entries.length);
  }

  get size(): number {
    return this.entries.length;
  }

  private idf(token: string): number {
    const df = this.postings.get(token)?.length ?? 0;
    const n = this.entries.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The question's informative words, and what they expand to in the documents' words. */
  queryTerms(question: string): QueryTerm[] {
    const text = this.terms.fixTypos(normalize(question));
    const words = contentWords(text);
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
      for (const t of contentWords(r.meaning)) add(t, EXPANSION_WEIGHT, covered.length ? covered : [t]);
    }
    for (const g of bigrams(text)) if (![...g].every((ch) => STOPWORDS.has(ch))) add(`§${g}`, BIGRAM_WEIGHT, []);
    return [...out.values()];
  }

  search(question: string, options: SearchOptions = {}): SearchHit[] {
    const query = this.queryTerms(question);
    const notTopical = new Set((options.notTopical ?? []).flatMap((w) => segment(w)));
    const own = query.filter((q) => q.weight === 1 && !q.token.startsWith("§") && !notTopical.has(q.token)).map((q) => q.token);
    // Search mode emits a compound and its parts; a compound the documents never use adds nothing but doubt.
    const words = own.filter((w) => this.postings.has(w) || !own.some((o) => o !== w && w.includes(o)));
    const totalIdf = words.reduce((s, w) => s + this.idf(w), 0);
    const scores = new Map<number, number>();
    for (const q of query) {
      const idf = this.idf(q.token);
      for (const p of this.postings.get(q.token) ?? []) {
        const e = this.entries[p.clause]!;
        if (options.docIds && !options.docIds.has(e.doc.id)) continue;
        const tf = (p.tf * (K1 + 1)) / (p.tf + K1 * (1 - B + (B * e.length) / this.avgLength));
        scores.set(p.clause, (scores.get(p.clause) ?? 0) + q.weight * idf * tf);
      }
    }
    const hits: SearchHit[] = [];
    for (const [id, bm25] of scores) {
      const e = this.entries[id]!;
      const matched = new Set<string>();
      for (const q of query) if (e.tokens.has(q.token)) for (const w of q.covers) matched.add(w);
      const coverage = totalIdf ? words.filter((w) => matched.has(w)).reduce((s, w) => s + this.idf(w), 0) / totalIdf : 0;
      // Clauses that answer more of the question outrank those repeating one of its words.
      hits.push({ clause: e.clause, doc: e.doc, score: bm25 * (0.25 + coverage), coverage });
    }
    hits.sort((a, b) => b.score - a.score);
    // Rerank the leaders by proximity: the question's words found together in one sentence.
    const leaders = hits.slice(0, RERANK);
    for (const h of leaders) h.score *= 0.25 + this.sentenceCoverage(h.clause, query, words);
    leaders.sort((a, b) => b.score - a.score);
    return [...leaders, ...hits.slice(RERANK)].slice(0, options.limit ?? 10);
  }

  /** The largest idf-weighted share of the question's words that one sentence of the clause contains. */
  private sentenceCoverage(clause: Clause, query: QueryTerm[], words: string[]): number {
    const total = words.reduce((s, w) => s + this.idf(w), 0);
    if (!total) return 0;
    let best = 0;
    // A sentence is read in its place: under its clause's and sections' headings (a table row under its table).
    const context = normalize([...clause.path, clause.heading ?? ""].join(" "));
    for (const part of normalize(clause.text).split(/[。；;\n]/)) {
      const sentence = `${context} ${part}`;
      const matched = new Set<string>();
      for (const q of query) if (!q.token.startsWith("§") && sentence.includes(q.token)) for (const w of q.covers) matched.add(w);
      best = Math.max(best, words.filter((w) => matched.has(w)).reduce((s, w) => s + this.idf(w), 0) / total);
    }
    return best;
  }
}

function tokensOf(text: string): string[] {
  return [...segment(text).filter((t) => !STOPWORDS.has(t)), ...bigrams(text).map((g) => `§${g}`)];
}

/** The informative words of a text: segmented, stopwords and punctuation dropped. */
export function contentWords(text: string): string[] {
  return [...new Set(segment(text).filter((t) => !STOPWORDS.has(t)))];
}

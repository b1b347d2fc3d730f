// Policy names and everyday wording (corpus/terms.yaml): what a question means in the documents' words.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Fuse from "fuse.js";
import { z } from "zod";
import { memoize } from "./memo.js";
import { bigrams, words } from "./text.js";
import { checkYaml, readYaml } from "./yaml.js";

const FILE = "terms.yaml";

const TermsFileSchema = z.object({
  terms: z.array(
    z.object({
      term: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
      /** Wordings with gaps that name the policy (工伤保险…费率 for 工伤保险现行费率). */
      wordings: z.array(z.string().includes("…")).default([]),
    }),
  ),
  phrasing: z.record(z.string(), z.string()).default({}),
  typos: z.record(z.string(), z.string()).default({}),
  topics: z.array(z.string()).default([]),
  outside: z.array(z.string()).default([]),
  references: z.array(z.string()).default([]),
  stopwords: z.array(z.string()).default([]),
  words: z.array(z.string()).default([]),
});

/** A span of the question read as something the documents say. */
export interface Reading {
  /** The words of the question, as typed. */
  source: string;
  /** What the documents call it. */
  meaning: string;
  /** A policy name (稳岗返还), or everyday wording (应届 → 毕业年度). */
  kind: "term" | "phrasing";
  /** Recognised despite a typo: less certain than an exact name. */
  fuzzy?: true;
}

interface Name {
  name: string;
  term: string;
}

export class Terms {
  readonly terms: ReadonlyArray<{ term: string; aliases: string[] }>;
  private readonly names: Name[];
  private readonly phrasing: Array<[string, string]>;
  private readonly typos: Array<[string, string]>;
  private readonly words: string[];
  private readonly wordSet: ReadonlySet<string>;
  private readonly topics: string[];
  private readonly outside: string[];
  private readonly references: string[];
  /** Question and function words (吗, 怎么, 这边): neither clauses nor questions are searched by them. */
  readonly stopwords: ReadonlySet<string>;
  private readonly fuse: Fuse<Name>;
  /** Every pair of adjacent characters of a name. */
  private readonly nameBigrams: ReadonlySet<string>;
  private readonly nameLengths: number[];
  private readonly slips = new Map<string, string>();
  private readonly namePairs: Array<[string, string]>;
  private readonly wordings: Array<{ pattern: RegExp; term: string }>;

  constructor(data: z.infer<typeof TermsFileSchema>) {
    this.terms = data.terms;
    const byLength = <T extends { name: string } | [string, string]>(items: T[]) =>
      items.sort((a, b) => key(b).length - key(a).length);
    const key = (x: { name: string } | [string, string]) => (Array.isArray(x) ? x[0] : x.name);
    this.names = byLength(data.terms.flatMap((t) => [t.term, ...t.aliases].map((name) => ({ name, term: t.term }))));
    this.namePairs = this.names.map((n) => [n.name, n.term]);
    // … stands for a few characters that are not punctuation.
    const gap = "[^，。；！？,.;!?\\s]{0,6}?";
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    this.wordings = data.terms.flatMap((t) => t.wordings.map((w) => ({ pattern: new RegExp(w.split("…").map(escape).join(gap)), term: t.term })));
    this.phrasing = byLength(Object.entries(data.phrasing));
    this.typos = Object.entries(data.typos);
    this.words = data.words;
    this.wordSet = new Set(data.words);
    // Everyday words for a topic's words are topic words too (大学生 → 高校毕业生, 退伍军人 → 退役军人).
    this.topics = [...data.topics, ...Object.entries(data.phrasing).filter(([, meaning]) => data.topics.some((t) => meaning.includes(t))).map(([word]) => word)];
    this.outside = data.outside;
    this.references = data.references;
    this.stopwords = new Set(data.stopwords);
    // A name inside a sentence is found through its slip keys (a hash look-up per span, not a scan);
    // a message that is only a name, with a character missing or added, is matched by fuse.js.
    const fuzzyNames = this.names.filter((n) => n.name.length >= SLIP_MIN_LENGTH);
    for (const n of fuzzyNames) for (const key of wildcards(n.name)) if (!this.slips.has(key)) this.slips.set(key, n.term);
    this.fuse = new Fuse(this.names, { keys: ["name"], includeScore: true, threshold: 0.3 });
    this.nameBigrams = new Set(this.names.flatMap((n) => bigrams(n.name)));
    this.nameLengths = [...new Set(fuzzyNames.map((n) => n.name.length))];
  }

  /** The terms of a corpus folder's terms.yaml, or of its parsed content. */
  static load(corpusDir: string, parsed: unknown = readYaml(corpusDir, FILE)): Terms {
    return new Terms(checkYaml(TermsFileSchema, parsed, { file: FILE }, () => readFileSync(join(corpusDir, FILE), "utf8")));
  }

  /** The ways of writing these policies: each term and its aliases. */
  namesOf(terms: Iterable<string>): string[] {
    const wanted = new Set(terms);
    return this.terms.filter((t) => wanted.has(t.term)).flatMap((t) => [t.term, ...t.aliases]);
  }

  /** Every word the segmenter must keep whole. */
  segmenterWords(): string[] {
    // (A phrasing may mean several of the documents' words: 从哪出 → 列支 统筹安排.)
    return [...this.names.map((n) => n.name), ...this.phrasing.flatMap(([a, b]) => [a, ...b.split(/\s+/)]), ...this.words];
  }

  /** True when a word is one of the employment topics' general words (补贴, 就业, 社保). */
  isTopicWord(word: string): boolean {
    return this.topics.includes(word);
  }

  /** isOnTopic without looking for mistyped names: cheap enough for every stretch of text measured. */
  namesTopic(text: string): boolean {
    return this.topics.some((t) => text.includes(t)) || this.namePairs.some(([name]) => text.includes(name));
  }

  /** True when a (normalised) text names a policy or an employment topic. */
  isOnTopic(text: string): boolean {
    return this.topics.some((t) => text.includes(t)) || this.policyNames(text).length > 0;
  }

  /** Where a (normalised) text names topics the documents do not cover, when it names none of their policies. */
  outsideAt(text: string): Array<{ start: number; end: number }> {
    if (this.policyNames(text).length) return [];
    const found: Array<{ start: number; end: number }> = [];
    for (const t of this.outside) for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) found.push({ start: at, end: at + t.length });
    return found;
  }

  /** The standard set elsewhere that a (normalised) text names (最低工资), when it names no policy of the documents. */
  referenceIn(text: string): string | undefined {
    return this.policyNames(text).length ? undefined : this.references.find((r) => text.includes(r));
  }

  /** True when a (normalised) text is about a topic the documents do not cover, naming none of their policies. */
  isOutside(text: string): boolean {
    return this.outside.some((t) => text.includes(t)) && this.policyNames(text).length === 0;
  }

  /** Corrects the known input-method slips. */
  fixTypos(text: string): string {
    return this.typos.reduce((t, [wrong, right]) => t.replaceAll(wrong, right), text);
  }

  /**
   * The policy names a (normalised) text says as written, in name or wording — the documents' own text has no
   * slips. Kept: the documents' sentences are asked again and again (which policies a quoted sentence names).
   */
  readonly exactNames = memoize((text: string): readonly Reading[] => {
    const exact = this.scan(text, this.namePairs, "term");
    for (const w of this.wordings) {
      const m = text.match(w.pattern);
      if (m && !exact.some((r) => r.meaning === w.term)) exact.push({ source: m[0], meaning: w.term, kind: "term" });
    }
    return exact;
  }, 4096);

  /** The policy names in a (normalised) text, exact first, else the closest name for a mistyped one. */
  readonly policyNames = memoize((text: string): readonly Reading[] => {
    const exact = this.exactNames(text);
    if (exact.length) return exact;
    const slipped = this.fuzzyNames(text);
    return slipped.length ? slipped : this.nameAlone(text);
  });

  /** Policy names and everyday wording found in a text. */
  readings(text: string): Reading[] {
    return [...this.policyNames(text), ...this.scan(text, this.phrasing, "phrasing")];
  }

  /**
   * A message that is only a name, mistyped with a character missing or added (稳岗反 → 稳岗返还):
   * fuse.js ranks the names; one of about the message's length and close enough is taken.
   */
  private nameAlone(text: string): Reading[] {
    const han = (text.match(/\p{Script=Han}+/gu) ?? []).join("");
    if (han.length < 3 || han.length > 8 || han.length !== text.replace(/[\s\p{P}]/gu, "").length) return [];
    // Four characters or more with one slip keep a pair of a name's: without one, no name is close (fuse.js is the cost).
    if (han.length >= 4 && !bigrams(han).some((pair) => this.nameBigrams.has(pair))) return [];
    const best = this.fuse.search(han, { limit: 1 })[0];
    if (!best || (best.score ?? 1) > 0.3 || Math.abs(best.item.name.length - han.length) > 1) return [];
    return [{ source: han, meaning: best.item.term, kind: "term", fuzzy: true }];
  }

  private scan(text: string, pairs: Array<[string, string]>, kind: Reading["kind"]): Reading[] {
    const taken: boolean[] = [];
    const found: Reading[] = [];
    for (const [source, meaning] of pairs) {
      const at = text.indexOf(source);
      if (at < 0 || taken[at] || taken[at + source.length - 1]) continue;
      for (let i = at; i < at + source.length; i++) taken[i] = true;
      found.push({ source, meaning, kind });
    }
    return found;
  }

  /**
   * Mistyped names: spans of whole words (as the segmenter cuts the text) one slip away from a name.
   * A slip replaces a character inside a word, so a span that cuts through a word (失业保险|单位) is
   * not a candidate.
   */
  private fuzzyNames(text: string): Reading[] {
    const found = new Map<string, string>();
    const longest = Math.max(...this.nameLengths);
    for (const run of text.match(/\p{Script=Han}{3,}/gu) ?? []) {
      // A name of four characters or more with one slipped keeps a pair of its own: a run sharing none is no slip (and is not cut).
      if (!bigrams(run).some((pair) => this.nameBigrams.has(pair))) continue;
      const cuts = [0];
      for (const w of words(run)) cuts.push(cuts[cuts.length - 1]! + w.length);
      for (let a = 0; a < cuts.length; a++) {
        for (let b = a + 1; b < cuts.length && cuts[b]! - cuts[a]! <= longest; b++) {
          const span = run.slice(cuts[a], cuts[b]);
          // A word of its own (失业保险费) is not a slip of a name it resembles (失业保险金).
          if (!this.nameLengths.includes(span.length) || this.wordSet.has(span)) continue;
          wildcards(span).forEach((key, i) => {
            const term = this.slips.get(key);
            // The slipped character is inside a word: a word of one character (失业保险|我) is no slip.
            const at = cuts[a]! + i;
            const word = cuts.findIndex((c) => c > at);
            if (term && !found.has(term) && cuts[word]! - cuts[word - 1]! > 1) found.set(term, span);
          });
        }
      }
    }
    return [...found].map(([term, source]) => ({ source, meaning: term, kind: "term" as const, fuzzy: true as const }));
  }
}

/**
 * A name of this many characters or more may be recognised with one character slipped. (Only one:
 * two characters differing is another word, 养老保险缴费比例 is not a typo of 失业保险缴费比例.)
 */
const SLIP_MIN_LENGTH = 4;

/** A name with one position blanked: two names are one slip apart when they share a key. */
const wildcards = memoize((name: string): string[] => Array.from(name, (_, i) => `${name.slice(0, i)}?${name.slice(i + 1)}`), 8192);

// Policy names and everyday wording (corpus/terms.yaml): what a question means in the documents' words.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Fuse from "fuse.js";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

const TermsFileSchema = z.object({
  terms: z.array(z.object({ term: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) })),
  phrasing: z.record(z.string(), z.string()).default({}),
  typos: z.record(z.string(), z.string()).default({}),
  topics: z.array(z.string()).default([]),
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
  private readonly topics: string[];
  private readonly fuse: Fuse<Name>;
  private readonly nameLengths: number[];

  constructor(file: z.input<typeof TermsFileSchema>) {
    const data = TermsFileSchema.parse(file);
    this.terms = data.terms;
    const byLength = <T extends { name: string } | [string, string]>(items: T[]) =>
      items.sort((a, b) => key(b).length - key(a).length);
    const key = (x: { name: string } | [string, string]) => (Array.isArray(x) ? x[0] : x.name);
    this.names = byLength(data.terms.flatMap((t) => [t.term, ...t.aliases].map((name) => ({ name, term: t.term }))));
    this.phrasing = byLength(Object.entries(data.phrasing));
    this.typos = Object.entries(data.typos);
    this.words = data.words;
    this.topics = data.topics;
    // Fuzzy matching is for names of three characters or more: on two, one slip is half the word.
    const fuzzyNames = this.names.filter((n) => n.name.length >= 3);
    this.fuse = new Fuse(fuzzyNames, { keys: ["name"], includeScore: true, threshold: 0.3, ignoreLocation: true });
    this.nameLengths = [...new Set(fuzzyNames.map((n) => n.name.length))];
  }

  static load(corpusDir: string): Terms {
    return new Terms(parseYaml(readFileSync(join(corpusDir, "terms.yaml"), "utf8")));
  }

  /** Every word the segmenter must keep whole. */
  segmenterWords(): string[] {
    return [...this.names.map((n) => n.name), ...this.phrasing.flatMap(([a, b]) => [a, b]), ...this.words];
  }

  /** True when a (normalised) text names a policy or an employment topic. */
  isOnTopic(text: string): boolean {
    return this.topics.some((t) => text.includes(t)) || this.policyNames(text).length > 0;
  }

  /** Corrects the known input-method slips. */
  fixTypos(text: string): string {
    return this.typos.reduce((t, [wrong, right]) => t.replaceAll(wrong, right), text);
  }

  /** The policy names in a (normalised) text, exact first, else the closest name for a mistyped one. */
  policyNames(text: string): Reading[] {
    const exact = this.scan(text, this.names.map((n) => [n.name, n.term]), "term");
    return exact.length ? exact : this.fuzzyNames(text);
  }

  /** Policy names and everyday wording found in a text. */
  readings(text: string): Reading[] {
    return [...this.policyNames(text), ...this.scan(text, this.phrasing, "phrasing")];
  }

  /** The canonical term of a name or alias, also when mistyped ("稳岗反还" → 稳岗返还). */
  canonical(name: string): string | null {
    return this.policyNames(name)[0]?.meaning ?? null;
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

  private fuzzyNames(text: string): Reading[] {
    const found = new Map<string, { source: string; score: number }>();
    for (const run of text.match(/\p{Script=Han}{3,}/gu) ?? []) {
      for (const len of this.nameLengths) {
        for (let i = 0; i + len <= run.length; i++) {
          const window = run.slice(i, i + len);
          for (const hit of this.fuse.search(window, { limit: 3 })) {
            // Same length, at most one character in four different.
            if (hit.item.name.length !== len || differing(window, hit.item.name) > Math.floor(len / 4)) continue;
            const best = found.get(hit.item.term);
            if (!best || (hit.score ?? 1) < best.score) found.set(hit.item.term, { source: window, score: hit.score ?? 1 });
          }
        }
      }
    }
    return [...found].map(([term, { source }]) => ({ source, meaning: term, kind: "term" as const, fuzzy: true as const }));
  }
}

function differing(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

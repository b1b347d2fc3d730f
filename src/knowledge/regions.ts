// The gazetteer: place names in a question → the jurisdictions whose documents apply.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { memoize } from "./memo.js";
import { checkYaml, readYaml } from "./yaml.js";

export interface PlaceNode {
  name: string;
  aliases?: string[];
  children?: PlaceNode[];
}
const PlaceSchema: z.ZodType<PlaceNode> = z.lazy(() =>
  z.object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    children: z.array(PlaceSchema).optional(),
  }),
);

export interface Place {
  name: string;
  /** The place and every place above it, nearest first: 崆峒区 → 平凉市 → 甘肃省. */
  chain: string[];
}

export interface PlaceMention extends Place {
  /** Where the name stands in the text it was found in. */
  start: number;
  end: number;
}

const FILE = "regions.yaml";

export class Gazetteer {
  private readonly byName = new Map<string, Place>();
  /** Every name and alias, longest first, so 大兴安岭 wins over 兴安. */
  private readonly names: Array<[string, Place]> = [];
  /** The same, by first character: a text is scanned once, not once per name. */
  private readonly byFirstChar = new Map<string, Array<[string, Place]>>();

  constructor(roots: PlaceNode[]) {
    const walk = (node: PlaceNode, above: string[]) => {
      const place: Place = { name: node.name, chain: [node.name, ...above] };
      this.byName.set(node.name, place);
      for (const n of [node.name, ...(node.aliases ?? [])]) this.names.push([n, place]);
      for (const child of node.children ?? []) walk(child, place.chain);
    };
    for (const root of roots) walk(root, []);
    this.names.sort((a, b) => b[0].length - a[0].length);
    for (const entry of this.names) {
      const list = this.byFirstChar.get(entry[0][0]!) ?? [];
      list.push(entry);
      this.byFirstChar.set(entry[0][0]!, list);
    }
  }

  /** The place tree of a corpus folder's regions.yaml, or of its parsed content. */
  static tree(corpusDir: string, parsed: unknown = readYaml(corpusDir, FILE)): PlaceNode[] {
    return checkYaml(z.array(PlaceSchema), parsed, { file: FILE }, () => readFileSync(join(corpusDir, FILE), "utf8"));
  }

  static load(corpusDir: string, parsed?: unknown): Gazetteer {
    return new Gazetteer(Gazetteer.tree(corpusDir, parsed));
  }

  /** A place by its name or alias ("平凉" → 平凉市), or null. */
  /** Where a place stands in regions.yaml (provinces in their order, each followed by its places); −1 if absent. */
  order(name: string): number {
    return [...this.byName.keys()].indexOf(name);
  }

  resolve(name: string): Place | null {
    const trimmed = name.trim();
    return this.names.find(([n]) => n === trimmed)?.[1] ?? null;
  }

  /** The places named in a text, in order; where two names overlap, the longer wins. (A reply asks several times.) */
  readonly find = memoize((text: string): PlaceMention[] => this.scan(text), 1024);

  private scan(text: string): PlaceMention[] {
    const candidates: PlaceMention[] = [];
    for (let at = 0; at < text.length; at++) {
      for (const [name, place] of this.byFirstChar.get(text[at]!) ?? []) {
        if (text.startsWith(name, at)) candidates.push({ ...place, start: at, end: at + name.length });
      }
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(text.length);
    const found: PlaceMention[] = [];
    for (const c of candidates) {
      if (taken.subarray(c.start, c.end).some(Boolean)) continue;
      taken.fill(1, c.start, c.end);
      found.push(c);
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** True when `inner` lies inside `outer` (or is it). */
  within(inner: string, outer: string): boolean {
    return this.byName.get(inner)?.chain.includes(outer) ?? false;
  }
}

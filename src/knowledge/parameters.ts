// 参数 (parameters): every figure a rule computes with, as data — corpus/parameters/<document id>.yaml,
// one file per document, each figure with its clause, the clause's own words and the dates it
// applies. Learnt from OpenFisca's parameters (dated values, each with its reference; bands as
// brackets), with this project's stricter habit: the quote must be in the clause, and the value a
// figure of the quote. A file that breaks any of that stops the load, naming file, line and field.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { calendarDate, type PolicyDocument } from "./documents.js";
import { numeralAt, NUMERAL_START } from "./numerals.js";
import { squash } from "./text.js";
import { checkYaml, parseYamlText, yamlError } from "./yaml.js";

const isoDate = calendarDate(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

const BracketSchema = z.strictObject({
  /** The band starts at this figure (含), up to the next band's start (不含). */
  threshold: z.number(),
  threshold_quote: z.string().min(1),
  value: z.number(),
  quote: z.string().min(1),
});

const EntrySchema = z
  .strictObject({
    clause: z.string().min(1),
    value: z.union([z.number(), z.literal(true)]).optional(),
    unit: z.string().min(1).optional(),
    quote: z.string().min(1).optional(),
    /** For bands: the unit of the thresholds (留用率 %), the unit above being the amounts'. */
    threshold_unit: z.string().min(1).optional(),
    brackets: z.array(BracketSchema).min(1).optional(),
    /** Applies from (含) / until (含); by default the clause's own dates, else the document's issue date and no end. */
    from: isoDate.optional(),
    until: isoDate.optional(),
  })
  .superRefine((e, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (e.brackets) {
      if (e.value !== undefined || e.quote !== undefined) fail("brackets", "a parameter has either brackets or a value and quote, not both");
      if (!e.unit) fail("unit", "brackets need the unit of their amounts");
      if (!e.threshold_unit) fail("threshold_unit", "brackets need the unit of their thresholds");
      return;
    }
    if (e.value === undefined) fail("value", "a figure (or true, for a condition) is required");
    if (!e.quote) fail("quote", "the clause's own words stating it are required");
    if (typeof e.value === "number" && !e.unit) fail("unit", "a figure needs its unit (元, %, 个月 …)");
  });
type Entry = z.infer<typeof EntrySchema>;

export const ParameterFileSchema = z.strictObject({
  /** The document whose figures these are: its id in corpus/documents. */
  document: z.string().min(1),
  parameters: z.record(z.string().min(1), z.union([EntrySchema, z.array(EntrySchema).min(1)])),
});

/** A figure of a document: its value as written, where it is written, and when it applies. */
export interface Parameter {
  /** What it is, by the name the rules read it by (稳岗返还.中小微企业返还比例). */
  name: string;
  value: number;
  /** 元, 元/人, %, 元/人·月, 个月, 年 … */
  unit: string;
  /** The jurisdiction of the document that states it. */
  region: string;
  doc: string;
  clause: string;
  /** The clause's own words stating the figure (verbatim). */
  quote: string;
  from: string;
  until: string | null;
  /** The end date was written in the parameter file (a later notice), not only in the clause. */
  untilStated?: true;
}

/** A band of brackets: from `threshold` (含) to the next band's (不含), the figure `amount`. */
export interface Bracket {
  threshold: Parameter;
  amount: Parameter;
}

/** One dated value of a parameter in a region: a figure, a condition (true), or bands. */
interface Dated {
  from: string;
  until: string | null;
  figure?: Parameter;
  brackets?: Bracket[];
}

/** A span of days asked about (a year: 2023-01-01 … 2023-12-31; today: one day). */
export interface Period {
  from: string;
  to: string;
}

/** The parameters of one region on the date asked: what a rule's formula reads. */
export interface At {
  region: string;
  period: Period;
  /** A figure the rule needs; absent only by a programming error (the rule's `needs` say it is there). */
  p(name: string): Parameter;
  /** A figure or condition some regions set (兴安盟 rounds the headcount): null where not set. */
  find(name: string): Parameter | null;
  brackets(name: string): Bracket[];
  /** Bands some regions set: null where not set. */
  findBrackets(name: string): Bracket[] | null;
  /** 不得重复享受: the policies (terms) `term` may not be had with here, each with the condition whose clause says so. */
  notWith(term: string): Array<{ other: string; rule: Parameter }>;
}

/** A pair of policies one person or certificate may have only one of (corpus/exclusions.yaml), and the parameter saying so. */
export interface ExclusivePair {
  between: readonly [string, string];
  parameter: string;
}

/** Every figure written in a text, each read whole (1500 is not the 150 of it, nor 三次 other than 3). */
export function figuresIn(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    // 半年 is 0.5年.
    if (text[i] === "半") out.push(0.5);
    if (!NUMERAL_START.test(text[i]!)) continue;
    const n = numeralAt(text, i);
    if (!n) continue;
    out.push(n.value);
    if (n.high !== n.value) out.push(n.high);
    i = n.end - 1;
  }
  return out;
}

const startOfIssue = (issued: string) => (issued.length === 4 ? `${issued}-01-01` : issued.length === 7 ? `${issued}-01` : issued);

export interface ParameterFileInput {
  /** The file as named in errors (parameters/x.yaml). */
  file: string;
  /** Its text, to find the line of a problem. */
  text: string;
  data: unknown;
}

/** Every parameter file of a corpus folder, read (not yet checked). */
export function readParameterFiles(corpusDir: string): ParameterFileInput[] {
  const dir = join(corpusDir, "parameters");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = `parameters/${f}`;
      const text = readFileSync(join(dir, f), "utf8");
      return { file, text, data: parseYamlText(text, { file }) };
    });
}

/** The figures of all documents, by name and region, each with its dates. */
export class ParameterBook {
  private readonly byName = new Map<string, Map<string, Dated[]>>();

  /**
   * Checks and indexes the parameter files against the documents. `rulesRead` is every parameter name
   * some rule reads; `placeOrder` where a region stands in regions.yaml (−1: not there), the order
   * regions are listed in; `pairs` the policies that may not be combined, whose parameters a file
   * may define too.
   */
  constructor(
    files: readonly ParameterFileInput[],
    documents: readonly PolicyDocument[],
    rulesRead: ReadonlySet<string>,
    private readonly placeOrder: (region: string) => number,
    private readonly pairs: readonly ExclusivePair[] = [],
  ) {
    const known = new Set([...rulesRead, ...pairs.map((x) => x.parameter)]);
    const docs = new Map(documents.map((d) => [d.id, d]));
    for (const f of files) {
      const fail = (path: ReadonlyArray<string | number>, message: string): never => {
        throw yamlError(f, f.text, path, message);
      };
      const file = checkYaml(ParameterFileSchema, f.data, f, () => f.text);
      const doc = docs.get(file.document) ?? fail(["document"], `no document ${file.document} in corpus/documents`);
      if (placeOrder(doc.jurisdiction) < 0) fail(["document"], `the document's jurisdiction ${doc.jurisdiction} is not in regions.yaml`);
      for (const [name, raw] of Object.entries(file.parameters)) {
        if (!known.has(name)) fail(["parameters", name], `no rule reads a parameter of this name, nor does a pair of exclusions.yaml (known: ${[...known].join("、")})`);
        const entries = Array.isArray(raw) ? raw : [raw];
        entries.forEach((e, i) => {
          const at = (field: string) => (Array.isArray(raw) ? ["parameters", name, i, field] : ["parameters", name, field]);
          this.add(name, doc, e, (field, message) => fail(at(field), message));
        });
      }
    }
  }

  private add(name: string, doc: PolicyDocument, e: Entry, fail: (field: string, message: string) => never): void {
    const clause = doc.clauses.find((c) => c.label === e.clause) ?? fail("clause", `${doc.id} has no clause ${e.clause}`);
    const from = e.from ?? clause.startsOn ?? startOfIssue(doc.issued);
    const until = e.until ?? clause.endsOn;
    if (until && until < from) fail("until", `${until} is before ${from}`);
    const written = squash(clause.text);
    const checked = (value: number | true, quote: string, field: string, quoteField: string) => {
      if (!written.includes(squash(quote))) fail(quoteField, `“${quote}” is not in ${doc.id} ${e.clause}`);
      if (value !== true && !figuresIn(squash(quote)).includes(value)) fail(field, `${value} is not a figure written in “${quote}”`);
    };
    const base = { name, region: doc.jurisdiction, doc: doc.id, clause: e.clause, from, until, ...(e.until ? { untilStated: true as const } : {}) };
    const dated: Dated = { from, until };
    if (e.brackets) {
      e.brackets.forEach((b, i) => {
        checked(b.threshold, b.threshold_quote, `brackets.${i}.threshold`, `brackets.${i}.threshold_quote`);
        checked(b.value, b.quote, `brackets.${i}.value`, `brackets.${i}.quote`);
      });
      dated.brackets = [...e.brackets]
        .sort((a, b) => a.threshold - b.threshold)
        .map((b) => ({
          threshold: { ...base, value: b.threshold, unit: e.threshold_unit!, quote: b.threshold_quote },
          amount: { ...base, value: b.value, unit: e.unit!, quote: b.quote },
        }));
    } else {
      checked(e.value!, e.quote!, "value", "quote");
      // A condition (true) is kept as 1: the rule asks whether it is set.
      dated.figure = { ...base, value: e.value === true ? 1 : e.value!, unit: e.unit ?? "", quote: e.quote! };
    }
    const regions = this.byName.get(name) ?? new Map<string, Dated[]>();
    this.byName.set(name, regions);
    const list = regions.get(doc.jurisdiction) ?? [];
    const clash = list.find((o) => (o.until === null || o.until >= from) && (until === null || until >= o.from));
    if (clash) fail("from", `${name} for ${doc.jurisdiction} already applies from ${clash.from}${clash.until ? ` to ${clash.until}` : ""}: dates overlap`);
    list.push(dated);
    list.sort((a, b) => a.from.localeCompare(b.from));
    regions.set(doc.jurisdiction, list);
  }

  /** Regions that define every one of these parameters, at any date. */
  regionsDefining(names: readonly string[]): string[] {
    if (!names.length) return [];
    const sets = names.map((n) => new Set(this.byName.get(n)?.keys() ?? []));
    return this.ordered([...sets[0]!].filter((r) => sets.every((s) => s.has(r))));
  }

  /** Regions in the order of regions.yaml. */
  ordered(regions: Iterable<string>): string[] {
    return [...new Set(regions)].sort((a, b) => this.placeOrder(a) - this.placeOrder(b));
  }

  /** A parameter as the first document defining it states it (for definitions that hold everywhere). */
  first(name: string): Parameter | null {
    const regions = this.byName.get(name);
    const first = regions && [...regions.values()][0]?.[0];
    return first?.figure ?? null;
  }

  /** Every figure, for checks and listings. */
  all(): Parameter[] {
    return [...this.byName.values()].flatMap((regions) =>
      [...regions.values()].flat().flatMap((d) => (d.figure ? [d.figure] : (d.brackets ?? []).flatMap((b) => [b.threshold, b.amount]))),
    );
  }

  /**
   * The value of a parameter in a region for a period: the one in force during it (the latest
   * begun, if two); else the last that ended before it (an ended policy still computes; the answer
   * says so); else the first to begin after it.
   */
  private pick(name: string, region: string, period: Period): Dated | null {
    const list = this.byName.get(name)?.get(region);
    if (!list?.length) return null;
    const during = list.filter((d) => d.from <= period.to && (d.until === null || d.until >= period.from));
    if (during.length) return during.at(-1)!;
    const ended = list.filter((d) => d.until !== null && d.until < period.from);
    return ended.at(-1) ?? list[0]!;
  }

  at(region: string, period: Period): At {
    const find = (name: string) => this.pick(name, region, period)?.figure ?? null;
    const findBrackets = (name: string) => this.pick(name, region, period)?.brackets ?? null;
    return {
      region,
      period,
      find,
      findBrackets,
      p: (name) => find(name) ?? missing(name, region),
      brackets: (name) => findBrackets(name) ?? missing(name, region),
      notWith: (term) =>
        this.pairs.flatMap((x) => {
          const i = x.between.indexOf(term);
          const rule = i < 0 ? null : find(x.parameter);
          return rule ? [{ other: x.between[1 - i]!, rule }] : [];
        }),
    };
  }
}

function missing(name: string, region: string): never {
  throw new Error(`${region} has no parameter ${name}: the rule should not have been applied there`);
}

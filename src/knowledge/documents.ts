// Loads the policy documents of corpus/documents/*.md: YAML front matter (metadata) + the verbatim text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { parseClauses, type Clause } from "./clauses.js";
import { CorpusError } from "./errors.js";
import { isCalendarDate } from "./validity.js";
import { checkYaml, parseYamlText, yamlLine } from "./yaml.js";

/** A date written in `form` that is on the calendar: the form alone takes 2023-13-45. */
export const calendarDate = (form: RegExp, hint: string) =>
  z
    .string()
    .regex(form, { error: (i) => `${JSON.stringify(i.input)} is not a date as ${hint}`, abort: true })
    .refine(isCalendarDate, { error: (i) => `${JSON.stringify(i.input)} is not a real date` });

export const DocumentMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "lower-case letters, digits and hyphens only"),
  title: z.string().min(1),
  /** 文号, e.g. 黑政办规〔2023〕2号; null for a document published without one. */
  docNumber: z.string().min(1).nullable(),
  issuer: z.string().min(1),
  /** The place the document governs, as named in corpus/regions.yaml. */
  jurisdiction: z.string().min(1),
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precisely as the document states it. */
  issued: calendarDate(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD"),
  /** Where the text came from. */
  source: z.string().min(1),
  /** The document's banner and title block, and its closing (signature, 抄送), kept verbatim. */
  heading: z.string().optional(),
  closing: z.string().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export interface PolicyDocument extends DocumentMeta {
  clauses: Clause[];
}

/** The jurisdictions some documents govern (黑龙江省, 兴安盟 …), in document order. */
export const jurisdictionsOf = (docs: readonly PolicyDocument[]): Set<string> => new Set(docs.map((d) => d.jurisdiction));

/**
 * The last date any of these clauses states it runs to; null when none states one, or one starts on
 * a date with no end (2025年1月1日起执行: open).
 */
export function lastDate(clauses: readonly Clause[]): string | null {
  if (clauses.some((c) => c.startsOn && !c.endsOn)) return null;
  return clauses.flatMap((c) => c.endsOn ?? []).reduce<string | null>((last, d) => (last === null || d > last ? d : last), null);
}

/** A section titled 执行期限 / 实施期限 / 有效期 states the dates of the whole document. */
const TERM_HEADING = /^(?:执行期限|实施期限|有效期限?|施行日期)$/;

/** Clauses stating no dates of their own take those of the document's 执行期限 section, if it has one. */
function withDocumentTerm(clauses: Clause[]): Clause[] {
  const term = clauses.find((c) => c.heading && TERM_HEADING.test(c.heading) && (c.endsOn || c.startsOn));
  if (!term) return clauses;
  return clauses.map((c) => (c.endsOn || c.startsOn ? c : { ...c, startsOn: term.startsOn, endsOn: term.endsOn }));
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;
/** The front matter starts on the file's second line, after its opening ---. */
const FRONT_LINE = 2;

/** Parses one document file's content; `file` names it in errors (documents/x.md). */
export function parseDocument(file: string, content: string): PolicyDocument {
  const m = content.match(FRONT_MATTER);
  if (!m) throw new CorpusError({ file, line: 1 }, "must start with YAML front matter between --- lines");
  const source = { file, firstLine: FRONT_LINE };
  const meta = checkYaml(DocumentMetaSchema, parseYamlText(m[1]!, source), source, () => m[1]!);
  const clauses = withDocumentTerm(parseClauses(meta.id, m[2]!));
  if (clauses.length === 0) throw new CorpusError({ file }, "no clauses found in the text");
  const seen = new Set<string>();
  for (const c of clauses) {
    if (!c.text.trim()) throw new CorpusError({ file }, `clause ${c.label} is empty`);
    if (seen.has(c.label)) throw new CorpusError({ file }, `duplicate clause label ${c.label}`);
    seen.add(c.label);
  }
  return { ...meta, clauses };
}

/** A problem with a front-matter field of a document that parsed (so has front matter): at the field's line. */
function fieldError(file: string, content: string, field: keyof DocumentMeta, problem: string): CorpusError {
  return new CorpusError({ file, line: yamlLine(content.match(FRONT_MATTER)![1]!, [field], FRONT_LINE), field }, problem);
}

/**
 * Every document of a corpus folder (its documents/ sub-folder), sorted by id. `isPlace` says
 * whether a jurisdiction is a place of regions.yaml.
 */
export function loadDocuments(corpusDir: string, isPlace: (name: string) => boolean): PolicyDocument[] {
  const dir = join(corpusDir, "documents");
  const byId = new Map<string, string>();
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const file = `documents/${f}`;
      const content = readFileSync(join(dir, f), "utf8");
      const doc = parseDocument(file, content);
      const first = byId.get(doc.id);
      if (first) throw fieldError(file, content, "id", `${doc.id} is already the id of ${first}`);
      byId.set(doc.id, file);
      if (!isPlace(doc.jurisdiction)) throw fieldError(file, content, "jurisdiction", `${doc.jurisdiction} is not a place in regions.yaml`);
      return doc;
    });
  return docs.sort((a, b) => a.id.localeCompare(b.id));
}

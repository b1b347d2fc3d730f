// Loads the policy documents of corpus/documents/*.md: YAML front matter (metadata) + the verbatim text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { parseClauses, type Clause } from "./clauses.js";
import { parseYamlText } from "./yaml.js";

export const DocumentMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "id: lower-case letters, digits and hyphens"),
  title: z.string().min(1),
  /** 文号, e.g. 黑政办规〔2023〕2号; null for a document published without one. */
  docNumber: z.string().min(1).nullable(),
  issuer: z.string().min(1),
  /** The place the document governs, as named in corpus/regions.yaml. */
  jurisdiction: z.string().min(1),
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precisely as the document states it. */
  issued: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "issued: YYYY, YYYY-MM or YYYY-MM-DD"),
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

export class CorpusError extends Error {}

/** The jurisdictions some documents govern (黑龙江省, 兴安盟 …), in document order. */
export const jurisdictionsOf = (docs: readonly PolicyDocument[]): Set<string> => new Set(docs.map((d) => d.jurisdiction));

/** A section titled 执行期限 / 实施期限 / 有效期 states the dates of the whole document. */
const TERM_HEADING = /^(?:执行期限|实施期限|有效期限?|施行日期)$/;

/** Clauses stating no dates of their own take those of the document's 执行期限 section, if it has one. */
function withDocumentTerm(clauses: Clause[]): Clause[] {
  const term = clauses.find((c) => c.heading && TERM_HEADING.test(c.heading) && (c.endsOn || c.startsOn));
  if (!term) return clauses;
  return clauses.map((c) => (c.endsOn || c.startsOn ? c : { ...c, startsOn: term.startsOn, endsOn: term.endsOn }));
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;

/** Parses one document file's content; `file` names it in errors. */
export function parseDocument(file: string, content: string): PolicyDocument {
  const m = content.match(FRONT_MATTER);
  if (!m) throw new CorpusError(`${file}: must start with YAML front matter between --- lines`);
  const meta = DocumentMetaSchema.safeParse(parseYamlText(m[1]!));
  if (!meta.success) {
    const problems = meta.error.issues.map((i) => `${i.path.join(".") || "front matter"}: ${i.message}`);
    throw new CorpusError(`${file}: ${problems.join("; ")}`);
  }
  const clauses = withDocumentTerm(parseClauses(meta.data.id, m[2]!));
  if (clauses.length === 0) throw new CorpusError(`${file}: no clauses found in the text`);
  const seen = new Set<string>();
  for (const c of clauses) {
    if (!c.text.trim()) throw new CorpusError(`${file}: clause ${c.label} is empty`);
    if (seen.has(c.label)) throw new CorpusError(`${file}: duplicate clause label ${c.label}`);
    seen.add(c.label);
  }
  return { ...meta.data, clauses };
}

/** Every document of a corpus folder (its documents/ sub-folder), sorted by id. */
export function loadDocuments(corpusDir: string): PolicyDocument[] {
  const dir = join(corpusDir, "documents");
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => parseDocument(f, readFileSync(join(dir, f), "utf8")));
  const ids = new Set<string>();
  for (const d of docs) {
    if (ids.has(d.id)) throw new CorpusError(`two documents have the id ${d.id}`);
    ids.add(d.id);
  }
  return docs.sort((a, b) => a.id.localeCompare(b.id));
}

// A corpus that cannot be served: the message says where (file relative to the corpus folder, line,
// field) and what, so whoever edited the file can fix it without reading a stack trace.

export interface Where {
  /** The file, relative to the corpus folder (documents/pingliang-2023-75.md); the folder itself for a folder problem. */
  file: string;
  line?: number | null;
  /** The field, as a dotted path (issued, parameters.稳岗返还.裁员率上限.quote). */
  field?: string | null;
}

export class CorpusError extends Error {
  override readonly name = "CorpusError";

  constructor(where: Where, problem: string) {
    super(`${where.file}${where.line ? `:${where.line}` : ""}: ${where.field ? `${where.field}: ` : ""}${problem}`);
  }
}

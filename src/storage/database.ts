// The database the staff desk keeps its data in: SQLite in a file by default, PostgreSQL when
// replicas share one. Both take the same SQL (written with `?` placeholders) and the same
// migrations; only opening, placeholders and locking differ.
export type SqlValue = string | number | null;

/** A row as the driver returns it: checked with zod by whoever reads it (PostgreSQL returns counts and BIGINTs as strings). */
export type Row = Record<string, unknown>;

export interface Queries {
  /** The rows a statement returns. */
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs a script of several statements without parameters (a migration). */
  script(sql: string): Promise<void>;
}

export interface Database extends Queries {
  readonly kind: "sqlite" | "postgres";
  /**
   * Runs `work` in one transaction that no other connection or process runs alongside (SQLite: BEGIN
   * IMMEDIATE; PostgreSQL: an advisory lock held to the end of the transaction): migrations at start.
   */
  exclusive<T>(work: (tx: Queries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export class StorageError extends Error {}

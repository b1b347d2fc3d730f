// The database the settings name: PostgreSQL at DATABASE_URL, else the SQLite file DATABASE_FILE
// (relative paths from the repository root), migrated to the newest schema before use.
import { isAbsolute } from "node:path";
import { repoPath } from "../repo.js";
import { StorageError, type Database } from "./database.js";
import { migrate } from "./migrate.js";
import { openPostgres } from "./postgres.js";
import { openSqlite } from "./sqlite.js";

export interface StorageSettings {
  DATABASE_URL?: string | undefined;
  DATABASE_FILE: string;
}

function databaseFile(file: string): string {
  return file === ":memory:" || isAbsolute(file) ? file : repoPath(file);
}

export async function openDatabase(settings: StorageSettings): Promise<Database> {
  const db = settings.DATABASE_URL ? openPostgres(settings.DATABASE_URL) : openSqlite(databaseFile(settings.DATABASE_FILE));
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    if (err instanceof StorageError) throw err;
    const where = settings.DATABASE_URL ? "the PostgreSQL database at DATABASE_URL" : `DATABASE_FILE ${settings.DATABASE_FILE}`;
    throw new StorageError(`cannot use ${where}: ${(err as Error).message}`);
  }
  return db;
}

// Schema migrations: numbered SQL files in ./migrations, each applied once, in order, and recorded in
// schema_migrations. The same files serve SQLite and PostgreSQL (their SQL is common to both).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { repoPath } from "../repo.js";
import { StorageError, type Database } from "./database.js";

/** Read from the sources, not dist/: SQL is not compiled (the image copies the folder). */
export const MIGRATIONS_DIR = repoPath("src", "storage", "migrations");

const FILE = /^(\d{4})-[a-z0-9-]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => FILE.test(f))
    .sort()
    .map((name) => ({ version: Number(FILE.exec(name)![1]), name, sql: readFileSync(join(dir, name), "utf8") }));
}

const AppliedSchema = z.array(z.object({ version: z.coerce.number().int() }));

/**
 * Brings the database to the newest schema; resolves with the versions it applied. Run under an
 * exclusive lock, so two replicas starting at once apply each migration once.
 */
export async function migrate(db: Database, migrations: Migration[] = readMigrations()): Promise<number[]> {
  return db.exclusive(async (tx) => {
    await tx.script("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
    const applied = new Set(AppliedSchema.parse(await tx.all("SELECT version FROM schema_migrations")).map((r) => r.version));
    const known = new Set(migrations.map((m) => m.version));
    const unknown = [...applied].filter((v) => !known.has(v));
    if (unknown.length) {
      // Older code against a database a newer release has migrated: refuse rather than misread it.
      throw new StorageError(`the database has schema version ${Math.max(...unknown)}, newer than this release knows (${Math.max(0, ...known)}): run the newer release`);
    }
    const done: number[] = [];
    for (const m of migrations.filter((m) => !applied.has(m.version))) {
      await tx.script(m.sql);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [m.version, m.name, Date.now()]);
      done.push(m.version);
    }
    return done;
  });
}

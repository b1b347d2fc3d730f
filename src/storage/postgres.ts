// PostgreSQL, for replicas that share one queue (DATABASE_URL): node-postgres, pure JavaScript.
import pg from "pg";
import { StorageError, type Database, type Queries, type SqlValue } from "./database.js";

/** Any number: one lock for this application's migrations, whichever replica starts first. */
const MIGRATION_LOCK = 7_311_400_014;

/** `?` placeholders as PostgreSQL's $1, $2 … (the SQL is the project's own: no `?` inside literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function queriesOf(client: pg.Pool | pg.PoolClient): Queries {
  return {
    all: async (sql, params = []) => (await client.query(numbered(sql), params as SqlValue[])).rows,
    run: async (sql, params = []) => (await client.query(numbered(sql), params as SqlValue[])).rowCount ?? 0,
    // Without parameters node-postgres sends the simple protocol, which runs several statements.
    script: async (sql) => void (await client.query(sql)),
  };
}

export function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 5000 });
  // An idle connection the server drops is replaced by the pool; the error must not crash the process.
  pool.on("error", () => {});
  const queries = queriesOf(pool);
  const described = (err: unknown) => new StorageError(`PostgreSQL at DATABASE_URL: ${(err as Error).message}`);
  return {
    kind: "postgres",
    ...queries,
    async exclusive(work) {
      const client = await pool.connect().catch((err: unknown) => {
        throw described(err);
      });
      try {
        await client.query("BEGIN");
        await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
        const result = await work(queriesOf(client));
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

// The database under the gap queue: migrations, the SQLite file's life, and the same store over
// SQLite and a real PostgreSQL server.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GapEntry } from "../../src/gaps/entry.js";
import { GapStore } from "../../src/gaps/store.js";
import { StorageError, type Database } from "../../src/storage/database.js";
import { migrate, readMigrations } from "../../src/storage/migrate.js";
import { openDatabase } from "../../src/storage/open.js";
import { openPostgres } from "../../src/storage/postgres.js";
import { openSqlite } from "../../src/storage/sqlite.js";
import { hasPostgres, startPostgres, type PostgresServer } from "./postgres-server.js";

const folder = mkdtempSync(join(tmpdir(), "ph-storage-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const entry = (over: Partial<GapEntry> = {}): GapEntry => ({
  id: `e${Math.random().toString(36).slice(2)}`,
  at: Date.UTC(2026, 10, 20),
  channel: "http",
  region: "平凉市",
  intent: "unknown",
  reason: "unknown",
  unhelpful: false,
  question: "创业担保贷款最多能贷多少",
  docId: null,
  clause: null,
  groupKey: "policy:创业担保贷款",
  groupLabel: "创业担保贷款",
  ...over,
});

describe("the SQLite file", () => {
  it("is made on first start, in a folder made for it, and keeps its data when opened again", async () => {
    const file = join(folder, "new", "deeper", "queue.sqlite");
    const first = await openDatabase({ DATABASE_FILE: file });
    expect(existsSync(file)).toBe(true);
    await new GapStore(first).put(entry({ id: "kept" }));
    await first.close();
    const again = await openDatabase({ DATABASE_FILE: file });
    expect((await new GapStore(again).entries()).map((e) => e.id)).toEqual(["kept"]);
    await again.close();
  });

  it("is refused while another live process owns it, and taken over from a dead one, its stale lock cleared", async () => {
    const file = join(folder, "owned.sqlite");
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(`${file}.owner`, String(other.pid));
      expect(() => openSqlite(file)).toThrow(StorageError);
      expect(() => openSqlite(file)).toThrow(/in use by process \d+.*DATABASE_URL/);
    } finally {
      await new Promise((r) => (other.once("exit", r), other.kill("SIGKILL")));
    }
    // The dead owner was killed during a write: its lock folder is still there.
    mkdirSync(`${file}.lock`);
    const db = await openDatabase({ DATABASE_FILE: file });
    await new GapStore(db).put(entry({ id: "written" }));
    expect((await new GapStore(db).entries()).map((e) => e.id)).toEqual(["written"]);
    await db.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(existsSync(`${file}.owner`)).toBe(false);
  });
});

/** The same checks on each database: SQLite always, PostgreSQL where it is installed (always in CI). */
const kinds: Array<[string, () => Promise<Database>]> = [["SQLite", async () => openSqlite(":memory:")]];
let postgres: PostgresServer | undefined;
if (hasPostgres) {
  kinds.push(["PostgreSQL", async () => openPostgres(postgres!.url)]);
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 30_000);
  afterAll(() => postgres?.stop());
}

describe.each(kinds)("on %s", (kind, open) => {
  it("applies each migration once, in order, and refuses a database newer than the code", async () => {
    const db = await open();
    const all = readMigrations();
    expect(all.map((m) => m.version)).toEqual(all.map((_, i) => i + 1));
    // PostgreSQL's database outlives this test: start from nothing.
    await db.script("DROP TABLE IF EXISTS gap_entries; DROP TABLE IF EXISTS gap_resolutions; DROP TABLE IF EXISTS schema_migrations");
    expect(await migrate(db)).toEqual(all.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    const future = { version: all.length + 1, name: "9999-future.sql", sql: "CREATE TABLE future_table (id TEXT)" };
    expect(await migrate(db, [...all, future])).toEqual([future.version]);
    await expect(migrate(db, all)).rejects.toThrow(/schema version \d+, newer than this release/);
    await db.script("DROP TABLE future_table");
    await db.run("DELETE FROM schema_migrations WHERE version = ?", [future.version]);
    await db.close();
  });

  it("keeps entries, folds a 👎 into the same answer's entry, groups them newest first, resolves and purges", async () => {
    const db = await open();
    await migrate(db);
    await db.script("DELETE FROM gap_entries; DELETE FROM gap_resolutions");
    const store = new GapStore(db);
    const day = 86_400_000;
    const t = Date.UTC(2026, 10, 20);
    await store.put(entry({ id: "a", at: t }));
    await store.put(entry({ id: "b", at: t + 1000, question: "创业担保贷款利率是多少", region: "兴安盟", channel: "slack" }));
    await store.put(entry({ id: "c", at: t + 500, groupKey: "outside:个税", groupLabel: "个税", question: "个税怎么交" }));
    // A 👎 on answer a: the same entry, now also unhelpful, its reason kept.
    await store.put(entry({ id: "a", at: t, reason: null, unhelpful: true }));
    // A 👎 on an answer given with confidence: an entry of its own.
    await store.put(entry({ id: "d", at: t - day, reason: null, unhelpful: true, intent: "lookup", docId: "pingliang-2023-75", clause: "（一）" }));
    const groups = await store.groups();
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ["policy:创业担保贷款", 3],
      ["outside:个税", 1],
    ]);
    const [loans] = groups;
    expect(loans).toMatchObject({ latest: t + 1000, unknown: 2, lowConfidence: 0, unhelpful: 2, regions: ["兴安盟", "平凉市"], channels: ["http", "slack"], open: true });
    expect(loans!.entries.map((e) => e.id)).toEqual(["b", "a", "d"]);
    expect(loans!.entries[1]).toMatchObject({ reason: "unknown", unhelpful: true });

    expect(await store.resolve("policy:nothing", { kind: "outside", note: "" }, "li", t + 2000)).toBe(false);
    expect(await store.resolve("policy:创业担保贷款", { kind: "clause", docId: "pingliang-2023-75", clause: "（三）", note: "见第（三）条" }, "li", t + 2000)).toBe(true);
    expect((await store.groups("open")).map((g) => g.key)).toEqual(["outside:个税"]);
    const [resolved] = await store.groups("resolved");
    expect(resolved?.resolution).toEqual({ kind: "clause", docId: "pingliang-2023-75", clause: "（三）", note: "见第（三）条", by: "li", at: t + 2000 });
    // Asked again after it was resolved: open again, and says how many came since.
    await store.put(entry({ id: "e", at: t + 3000 }));
    expect((await store.groups("open")).find((g) => g.key === "policy:创业担保贷款")).toMatchObject({ open: true, sinceResolved: 1, count: 4 });

    // Older than the cut: deleted; a resolved group with nothing left loses its mark too.
    expect(await store.purge(t + 600)).toBe(3);
    expect((await store.entries()).map((e) => e.id).sort()).toEqual(["b", "e"]);
    expect(await store.purge(t + 10_000)).toBe(2);
    expect(await store.resolutions()).toEqual(new Map());
    await db.close();
  });

  it.skipIf(kind !== "PostgreSQL")("lets two replicas starting at once migrate it once", async () => {
    const [a, b] = [await open(), await open()];
    await a.script("DROP TABLE IF EXISTS gap_entries; DROP TABLE IF EXISTS gap_resolutions; DROP TABLE IF EXISTS schema_migrations");
    const applied = await Promise.all([migrate(a), migrate(b)]);
    expect(applied.flat().sort()).toEqual(readMigrations().map((m) => m.version));
    await Promise.all([a.close(), b.close()]);
  });
});

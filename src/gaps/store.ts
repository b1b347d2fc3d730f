// The gap queue in the database: entries in, groups of similar questions out, newest first.
import { z } from "zod";
import type { Database } from "../storage/database.js";
import { GapReasonSchema, type GapEntry, type GapGroup, type GroupResolution, type Resolution } from "./entry.js";

/** The questions shown with each group. */
const SHOWN_PER_GROUP = 5;

const count = z.coerce.number().int();
const EntryRowSchema = z.object({
  id: z.string(),
  at: count,
  channel: z.string(),
  region: z.string().nullable(),
  intent: z.string(),
  reason: GapReasonSchema.nullable(),
  unhelpful: count.transform((n) => n > 0),
  question: z.string(),
  doc_id: z.string().nullable(),
  clause: z.string().nullable(),
  group_key: z.string(),
  group_label: z.string(),
});
const GroupRowSchema = z.object({
  group_key: z.string(),
  label: z.string(),
  n: count,
  latest: count,
  unknown: count,
  low: count,
  unhelpful: count,
  kind: z.enum(["clause", "outside"]).nullable(),
  doc_id: z.string().nullable(),
  clause: z.string().nullable(),
  note: z.string().nullable(),
  resolved_by: z.string().nullable(),
  resolved_at: count.nullable(),
  since: count,
});
const SpreadRowSchema = z.object({ group_key: z.string(), region: z.string().nullable(), channel: z.string() });

const entryOf = (r: z.infer<typeof EntryRowSchema>): GapEntry => ({
  id: r.id,
  at: r.at,
  channel: r.channel,
  region: r.region,
  intent: r.intent,
  reason: r.reason,
  unhelpful: r.unhelpful,
  question: r.question,
  docId: r.doc_id,
  clause: r.clause,
  groupKey: r.group_key,
  groupLabel: r.group_label,
});

const COLUMNS = "id, at, channel, region, intent, reason, unhelpful, question, doc_id, clause, group_key, group_label";
const valuesOf = (e: GapEntry) => [e.id, e.at, e.channel, e.region, e.intent, e.reason, e.unhelpful ? 1 : 0, e.question, e.docId, e.clause, e.groupKey, e.groupLabel];

export type GroupFilter = "open" | "resolved" | "all";

export class GapStore {
  constructor(private readonly db: Database) {}

  async ping(): Promise<void> {
    await this.db.all("SELECT 1 AS one");
  }

  /** Keeps an entry; one with the same id (the same answer) is updated: a 👎 on an "unknown" answer is one entry. */
  async put(e: GapEntry): Promise<void> {
    await this.db.run(
      `INSERT INTO gap_entries (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET unhelpful = CASE WHEN excluded.unhelpful > 0 THEN 1 ELSE gap_entries.unhelpful END,
         reason = COALESCE(gap_entries.reason, excluded.reason)`,
      valuesOf(e),
    );
  }

  /** Groups of similar questions, the newest first; `open`: not resolved, or asked again since. */
  async groups(filter: GroupFilter = "all", limit = 200): Promise<GapGroup[]> {
    const where = { open: "WHERE r.resolved_at IS NULL OR g.latest > r.resolved_at", resolved: "WHERE r.resolved_at IS NOT NULL AND g.latest <= r.resolved_at", all: "" }[filter];
    const rows = z.array(GroupRowSchema).parse(
      await this.db.all(
        `WITH g AS (
           SELECT group_key, MAX(group_label) AS label, COUNT(*) AS n, MAX(at) AS latest,
             SUM(CASE WHEN reason = 'unknown' THEN 1 ELSE 0 END) AS unknown,
             SUM(CASE WHEN reason = 'low-confidence' THEN 1 ELSE 0 END) AS low,
             SUM(unhelpful) AS unhelpful
           FROM gap_entries GROUP BY group_key)
         SELECT g.*, r.kind, r.doc_id, r.clause, r.note, r.resolved_by, r.resolved_at,
           (SELECT COUNT(*) FROM gap_entries e WHERE e.group_key = g.group_key AND r.resolved_at IS NOT NULL AND e.at > r.resolved_at) AS since
         FROM g LEFT JOIN gap_resolutions r ON r.group_key = g.group_key
         ${where}
         ORDER BY g.latest DESC, g.group_key LIMIT ?`,
        [limit],
      ),
    );
    if (!rows.length) return [];
    const keys = rows.map((r) => r.group_key);
    const marks = keys.map(() => "?").join(", ");
    const entries = z.array(EntryRowSchema).parse(
      await this.db.all(
        `SELECT ${COLUMNS} FROM (
           SELECT *, ROW_NUMBER() OVER (PARTITION BY group_key ORDER BY at DESC, id) AS nth FROM gap_entries WHERE group_key IN (${marks})
         ) ranked WHERE nth <= ? ORDER BY at DESC, id`,
        [...keys, SHOWN_PER_GROUP],
      ),
    );
    const spread = z.array(SpreadRowSchema).parse(await this.db.all(`SELECT DISTINCT group_key, region, channel FROM gap_entries WHERE group_key IN (${marks})`, keys));
    return rows.map((r) => {
      const resolution: GroupResolution | null =
        r.kind && r.resolved_by && r.resolved_at !== null ? { kind: r.kind, docId: r.doc_id, clause: r.clause, note: r.note ?? "", by: r.resolved_by, at: r.resolved_at } : null;
      const mine = spread.filter((s) => s.group_key === r.group_key);
      return {
        key: r.group_key,
        label: r.label,
        count: r.n,
        latest: r.latest,
        unknown: r.unknown,
        lowConfidence: r.low,
        unhelpful: r.unhelpful,
        regions: [...new Set(mine.flatMap((s) => s.region ?? []))].sort(),
        channels: [...new Set(mine.map((s) => s.channel))].sort(),
        entries: entries.filter((e) => e.group_key === r.group_key).map(entryOf),
        resolution,
        sinceResolved: r.since,
        open: resolution === null || r.latest > resolution.at,
      };
    });
  }

  /** Every entry, newest first (for the CSV export). */
  async entries(): Promise<GapEntry[]> {
    return z.array(EntryRowSchema).parse(await this.db.all(`SELECT ${COLUMNS} FROM gap_entries ORDER BY at DESC, id`)).map(entryOf);
  }

  /** The resolutions of every group, by key. */
  async resolutions(): Promise<Map<string, GroupResolution>> {
    const rows = z.array(GroupRowSchema.pick({ group_key: true, kind: true, doc_id: true, clause: true, note: true, resolved_by: true, resolved_at: true })).parse(
      await this.db.all("SELECT group_key, kind, doc_id, clause, note, resolved_by, resolved_at FROM gap_resolutions"),
    );
    return new Map(rows.map((r) => [r.group_key, { kind: r.kind!, docId: r.doc_id, clause: r.clause, note: r.note ?? "", by: r.resolved_by!, at: r.resolved_at! }]));
  }

  /** Marks a group; false when no question of it is kept. A later mark replaces an earlier one. */
  async resolve(key: string, resolution: Resolution, by: string, at: number): Promise<boolean> {
    const exists = await this.db.all("SELECT 1 AS one FROM gap_entries WHERE group_key = ? LIMIT 1", [key]);
    if (!exists.length) return false;
    const [docId, clause] = resolution.kind === "clause" ? [resolution.docId, resolution.clause] : [null, null];
    await this.db.run(
      `INSERT INTO gap_resolutions (group_key, kind, doc_id, clause, note, resolved_by, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (group_key) DO UPDATE SET kind = excluded.kind, doc_id = excluded.doc_id, clause = excluded.clause,
         note = excluded.note, resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at`,
      [key, resolution.kind, docId, clause, resolution.note, by, at],
    );
    return true;
  }

  /** Deletes the entries older than `before` (ms), and the marks of groups left with none; resolves with the entries deleted. */
  async purge(before: number): Promise<number> {
    const deleted = await this.db.run("DELETE FROM gap_entries WHERE at < ?", [before]);
    await this.db.run("DELETE FROM gap_resolutions WHERE resolved_at < ? AND group_key NOT IN (SELECT group_key FROM gap_entries)", [before]);
    return deleted;
  }
}

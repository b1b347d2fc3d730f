// What the gap queue holds: a question the bot could not answer well, and what staff decided.
import { z } from "zod";

/** Why the bot's own answer put a question in the queue (a 👎 is kept apart: `unhelpful`). */
export const GapReasonSchema = z.enum(["unknown", "low-confidence"]);
export type GapReason = z.infer<typeof GapReasonSchema>;

/** One answered question, as the queue keeps it. */
export interface GapEntry {
  /** The answer's id: a 👎 on the answer updates this entry. */
  id: string;
  /** Milliseconds since 1970. */
  at: number;
  channel: string;
  region: string | null;
  intent: string;
  reason: GapReason | null;
  unhelpful: boolean;
  /** Redacted as in the logs: no ID-card, phone or bank-card number, no e-mail address. */
  question: string;
  /** The clause the answer gave first, if any. */
  docId: string | null;
  clause: string | null;
  /** Similar questions share it (the same policy terms). */
  groupKey: string;
  groupLabel: string;
}

const note = z.string().trim().max(1000, "note: at most 1000 characters");

/** An answer as remembered for a 👎: an entry before it is grouped (grouping is left until it is kept). */
export type AnsweredEntry = Omit<GapEntry, "groupKey" | "groupLabel">;

/** What staff mark a group of questions as: answered by a clause of the documents, or outside them. */
export const ResolutionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("clause"), docId: z.string().min(1), clause: z.string().min(1), note: note.default("") }),
  z.object({ kind: z.literal("outside"), note: note.default("") }),
]);
export type Resolution = z.infer<typeof ResolutionSchema>;

export interface GroupResolution {
  kind: Resolution["kind"];
  docId: string | null;
  clause: string | null;
  note: string;
  by: string;
  at: number;
}

export interface GapGroup {
  key: string;
  label: string;
  count: number;
  /** The newest question's time. */
  latest: number;
  unknown: number;
  lowConfidence: number;
  unhelpful: number;
  regions: string[];
  channels: string[];
  /** The newest few. */
  entries: GapEntry[];
  resolution: GroupResolution | null;
  /** Questions that came after the group was resolved: they reopen it. */
  sinceResolved: number;
  open: boolean;
}

// The gap queue as the channels use it: each answer is remembered for a while (for a 👎 on it), and
// kept in the database when the bot answered "unknown" or was unsure, or when the user says it did
// not help. Only redacted text is kept; entries older than GAP_RETENTION_DAYS are deleted.
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Answer } from "../bot/answer.js";
import { redact } from "../bot/channels/redact.js";
import type { Corpus } from "../knowledge/corpus.js";
import type { Database } from "../storage/database.js";
import { gapsCsv } from "./csv.js";
import type { AnsweredEntry, GapGroup, GapReason, Resolution } from "./entry.js";
import type { RecentAnswers } from "./recent.js";
import { GapStore, type GroupFilter } from "./store.js";
import { topicOf } from "./topic.js";

const DAY_MS = 86_400_000;
/** How often old entries are looked for, besides at start. */
const PURGE_EVERY_MS = 3_600_000;

/** Why an answer belongs in the queue by itself; null when the bot answered with confidence. */
export function reasonOf(answer: Answer): GapReason | null {
  if (answer.intent === "unknown") return "unknown";
  return answer.confidence === "low" ? "low-confidence" : null;
}

/** A message as a channel received it. */
export interface Asked {
  channel: string;
  conversation: string;
  question: string;
  /** The region the user was known to be in, when the answer names none. */
  region: string | null;
}

/** YYYY-MM-DD HH:MM in China (UTC+8). */
export const chinaTime = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");

export interface GapQueueOptions {
  corpus: Corpus;
  /** Opened once; until it is, and if it fails, answers are still given (a failure is logged). */
  database: Promise<Database>;
  recent: RecentAnswers;
  retentionDays: number;
  log: Logger;
  clock?: () => Date;
}

export class GapQueue {
  private readonly store: Promise<GapStore>;
  private readonly timer: NodeJS.Timeout;
  private readonly clock: () => Date;

  constructor(private readonly options: GapQueueOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.store = options.database.then((db) => new GapStore(db));
    this.store.then(() => this.purge(), () => {}).catch((err: unknown) => options.log.warn({ err: String(err) }, "gap queue: purge failed"));
    this.timer = setInterval(() => void this.purge().catch(() => {}), PURGE_EVERY_MS).unref();
  }

  /** Resolves when the database is open and migrated; rejects with why it cannot be. */
  async ready(): Promise<void> {
    await this.store;
  }

  /**
   * After an answer: remembers it (for a 👎) and keeps it in the queue when it is "unknown" or unsure.
   * Resolves with the answer's id. A database failure is logged, never thrown: the user has the answer.
   */
  async answered(asked: Asked, answer: Answer): Promise<string> {
    const cited = answer.citations[0];
    const entry: AnsweredEntry = {
      id: randomUUID(),
      at: this.clock().getTime(),
      channel: asked.channel,
      region: answer.region ?? asked.region,
      intent: answer.intent,
      reason: reasonOf(answer),
      unhelpful: false,
      question: redact(asked.question),
      docId: cited?.docId ?? null,
      clause: cited?.clause ?? null,
    };
    await this.options.recent.remember({ conversation: asked.conversation, entry });
    if (entry.reason) await this.keep(entry);
    return entry.id;
  }

  /** 👎 / 没帮上忙 on an answer of the conversation (its last when no id is given); false when it is not known (any more). */
  async unhelpful(conversation: string, id?: string): Promise<boolean> {
    const found = await this.options.recent.find(conversation, id);
    if (!found) return false;
    await this.keep({ ...found.entry, unhelpful: true });
    return true;
  }

  /** True when the database answers. */
  async healthy(): Promise<boolean> {
    return this.store.then((store) => store.ping()).then(() => true, () => false);
  }

  async groups(filter: GroupFilter = "all"): Promise<GapGroup[]> {
    return (await this.store).groups(filter);
  }

  async resolve(key: string, resolution: Resolution, by: string): Promise<boolean> {
    return (await this.store).resolve(key, resolution, by, this.clock().getTime());
  }

  async csv(): Promise<string> {
    const store = await this.store;
    return gapsCsv(this.options.corpus, await store.entries(), await store.resolutions(), chinaTime);
  }

  /** Deletes what is older than the retention period; resolves with how many entries went. */
  async purge(): Promise<number> {
    const deleted = await (await this.store).purge(this.clock().getTime() - this.options.retentionDays * DAY_MS);
    if (deleted) this.options.log.info({ deleted, retentionDays: this.options.retentionDays }, "gap queue: old entries deleted");
    return deleted;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    const db = await this.options.database.catch(() => null);
    await db?.close();
  }

  /** Into the database, with its group: most answers are never kept, so they are grouped only here. */
  private async keep(entry: AnsweredEntry): Promise<void> {
    const topic = topicOf(this.options.corpus, entry.question);
    try {
      await (await this.store).put({ ...entry, groupKey: topic.key, groupLabel: topic.label });
    } catch (err) {
      this.options.log.warn({ err: String(err) }, "gap queue: entry not kept");
    }
  }
}

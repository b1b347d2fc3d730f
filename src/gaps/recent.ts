// The answers of the last minutes, so that a 👎 (or a "没帮上忙" reply) can name the question it is
// about: by the answer's id, or the conversation's last answer. In Redis when the replicas share one
// (the 👎 may reach another replica), else in a bounded memory map; forgotten with the conversation.
import type { Redis } from "ioredis";
import { z } from "zod";
import { GapReasonSchema, type AnsweredEntry } from "./entry.js";

/** In memory, at most this many answers are kept; the oldest go first. */
const MAX_KEPT = 50_000;

export interface RecentAnswer {
  conversation: string;
  entry: AnsweredEntry;
}

const RecentSchema = z.object({
  conversation: z.string(),
  entry: z.object({
    id: z.string(),
    at: z.number(),
    channel: z.string(),
    region: z.string().nullable(),
    intent: z.string(),
    reason: GapReasonSchema.nullable(),
    unhelpful: z.boolean(),
    question: z.string(),
    docId: z.string().nullable(),
    clause: z.string().nullable(),
  }),
});

export class RecentAnswers {
  private readonly byId = new Map<string, { answer: RecentAnswer; until: number }>();
  private readonly lastOf = new Map<string, string>();

  constructor(
    private readonly ttlMs: number,
    private readonly redis?: Redis,
  ) {}

  async remember(answer: RecentAnswer): Promise<void> {
    if (this.redis) {
      try {
        await this.redis
          .multi()
          .set(`policy-hotline:answer:${answer.entry.id}`, JSON.stringify(answer), "PX", this.ttlMs)
          .set(`policy-hotline:last-answer:${answer.conversation}`, answer.entry.id, "PX", this.ttlMs)
          .exec();
        return;
      } catch {
        // Redis away: kept here instead, so a 👎 reaching this replica still finds it.
      }
    }
    const now = Date.now();
    for (const [id, kept] of this.byId) {
      if (kept.until > now && this.byId.size < MAX_KEPT) break;
      this.byId.delete(id);
      if (this.lastOf.get(kept.answer.conversation) === id) this.lastOf.delete(kept.answer.conversation);
    }
    this.byId.set(answer.entry.id, { answer, until: now + this.ttlMs });
    this.lastOf.set(answer.conversation, answer.entry.id);
  }

  /** An answer of this conversation: the one with this id, or its last. Null when unknown or forgotten. */
  async find(conversation: string, id?: string): Promise<RecentAnswer | null> {
    let found: RecentAnswer | null = null;
    if (this.redis) {
      try {
        const key = id ?? (await this.redis.get(`policy-hotline:last-answer:${conversation}`));
        const stored = key ? await this.redis.get(`policy-hotline:answer:${key}`) : null;
        const parsed = stored ? RecentSchema.safeParse(JSON.parse(stored)) : null;
        found = parsed?.success ? parsed.data : null;
      } catch {
        found = null;
      }
    }
    if (!found) {
      const key = id ?? this.lastOf.get(conversation);
      const kept = key ? this.byId.get(key) : undefined;
      found = kept && kept.until > Date.now() ? kept.answer : null;
    }
    // Only the conversation's own answers: an id seen elsewhere is not this user's to mark.
    return found?.conversation === conversation ? found : null;
  }
}

// Conversation state per user per chat, behind an interface so a shared store can replace memory.
import { z } from "zod";

const RangeSchema = z.object({ low: z.unknown(), high: z.unknown(), text: z.string(), bound: z.literal(true).optional() });

export const SessionSchema = z.object({
  /** The region the user said they are in during this conversation. */
  region: z.string().nullable().default(null),
  /** The calculation in progress: which rule, and the facts gathered so far (slot values). */
  calculation: z
    .object({
      rule: z.string(),
      facts: z.record(z.string(), z.unknown()),
      /** The term the user named (扩岗补助 rather than 吸纳就业补贴): it keeps its meaning on later turns. */
      named: z.string().optional(),
    })
    .nullable()
    .default(null),
  /** Facts stated while no calculation was under way ("我们是小微企业，参保25人"): the next one starts with them. */
  pending: z.record(z.string(), z.unknown()).default({}),
  /** Groups of the people counted, with facts of their own (3个去年毕业的，1个今年毕业的), until counted again. */
  groups: z.array(z.object({ people: z.number(), values: z.record(z.string(), z.unknown()), ranges: z.record(z.string(), RangeSchema).default({}), text: z.string() })).default([]),
  /** Facts given only roughly (一万多), as the least and most they could be, until given exactly. */
  ranges: z.record(z.string(), RangeSchema).default({}),
  /** The facts the last message gave: a bare correction (不对，是14个) is about one of them. */
  recent: z.array(z.string()).default([]),
  /** The facts the bot just asked for: a bare answer ("6个月", "50人", "是的") fills them. */
  requested: z.array(z.string()).default([]),
  /** A figure the bot asked about (“3人”是参保人数，还是裁员人数？), and the facts it could be. */
  unplaced: z.object({ text: z.string(), value: z.number(), candidates: z.array(z.string()) }).nullable().default(null),
  /** The rules the bot just asked the user to choose between (您问的是哪一项：…): facts that fit one of them answer it. */
  offered: z.array(z.string()).default([]),
  /** The look-up just answered (for every region, or for one): a message naming only a place answers it there. */
  lastLookup: z.string().nullable().default(null),
  /** The policy last discussed (a term of corpus/terms.yaml): a follow-up naming none is about it. */
  topic: z.string().nullable().default(null),
  /** The clauses the last answer cited: "原文" shows them in full. */
  cited: z.array(z.object({ docId: z.string(), clause: z.string() })).default([]),
  /**
   * The last screening (能享受哪些政策): the facts it went through, and the policies it listed in its
   * numbering — what 第二项 and the next fact given are about.
   */
  screening: z
    .object({ facts: z.record(z.string(), z.unknown()), listed: z.array(z.object({ rule: z.string(), named: z.string().optional() })) })
    .nullable()
    .default(null),
  /** The days the user asks about (按2023年的标准): the figures in force then; today's when null. */
  period: z.object({ from: z.string(), to: z.string() }).nullable().default(null),
});
export type Session = z.infer<typeof SessionSchema>;

export const emptySession = (): Session => SessionSchema.parse({});

/**
 * One turn of a conversation, from its start to its end (`await using turn = await store.begin(id)`):
 * while it runs no other turn of the conversation does, on any replica, so none loses another's facts.
 */
export interface Turn extends AsyncDisposable {
  /** The conversation's state; undefined when it has none (new, expired, or lost by the store). */
  readonly stored: Session | undefined;
  /** Keeps the state for the next turn, and ends this one. */
  save(session: Session): Promise<void>;
}

export interface SessionStore {
  /** Waits until no other turn of conversation `id` is under way, then starts this one. */
  begin(id: string): Promise<Turn>;
}

/** The store cannot be reached right now: the turn is refused and the user asked to retry. */
export class SessionUnavailableError extends Error {}

export interface MemoryStoreOptions {
  /** A conversation is forgotten after this long without a message. */
  ttlMs?: number;
  /** At most this many conversations are kept; the least recently used goes first. */
  maxSessions?: number;
  now?: () => number;
}

/** In-process store with expiry after inactivity and a size bound. */
export class MemorySessionStore implements SessionStore {
  private readonly items = new Map<string, { session: Session; touched: number }>();
  /** Per conversation with a turn under way, the turns waiting for it, in order of arrival. */
  private readonly waiting = new Map<string, Array<() => void>>();
  private readonly ttlMs: number;
  private readonly maxSessions: number;
  private readonly now: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30 * 60_000;
    this.maxSessions = options.maxSessions ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  async begin(id: string): Promise<Turn> {
    const queue = this.waiting.get(id);
    if (queue) await new Promise<void>((start) => queue.push(start));
    else this.waiting.set(id, []);
    let ended = false;
    // The next turn waiting starts, or the conversation has none under way.
    const end = () => {
      if (ended) return;
      ended = true;
      const next = this.waiting.get(id)!.shift();
      if (next) next();
      else this.waiting.delete(id);
    };
    return {
      stored: this.read(id),
      save: async (session) => {
        this.write(id, session);
        end();
      },
      [Symbol.asyncDispose]: async () => end(),
    };
  }

  get size(): number {
    return this.items.size;
  }

  private read(id: string): Session | undefined {
    const item = this.items.get(id);
    if (!item) return undefined;
    if (this.now() - item.touched > this.ttlMs) {
      this.items.delete(id);
      return undefined;
    }
    return structuredClone(item.session);
  }

  private write(id: string, session: Session): void {
    this.items.delete(id); // re-insert: Map order is recency order
    this.items.set(id, { session: structuredClone(session), touched: this.now() });
    while (this.items.size > this.maxSessions) this.items.delete(this.items.keys().next().value!);
  }
}

// The batch contract of ../shared/eval/README.md: one JSON question per line in, one JSON answer per line out.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Answer } from "../answer.js";
import type { Bot } from "../bot.js";

export const BatchLineSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    question: z.string().optional(),
    turns: z.array(z.string()).min(1).optional(),
    region: z.string().nullable().optional(),
  })
  .refine((l) => l.question !== undefined || l.turns !== undefined, { message: "needs question or turns" });

export type BatchAnswer = Answer & { id?: string | number };

const errorAnswer = (id: string | number | undefined, message: string): BatchAnswer => ({
  ...(id !== undefined ? { id } : {}),
  intent: "error",
  region: null,
  text: message,
  citations: [],
  calculation: null,
});

/** Answers one input line; each line is its own conversation. Never throws. */
export async function answerLine(bot: Bot, line: string): Promise<BatchAnswer> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return errorAnswer(undefined, "这一行不是有效的JSON（invalid JSON line）");
  }
  const parsed = BatchLineSchema.safeParse(raw);
  const id = typeof raw === "object" && raw && "id" in raw ? (raw as { id?: string | number }).id : undefined;
  if (!parsed.success) return errorAnswer(id, `输入缺少question或turns字段（${parsed.error.issues[0]?.message ?? "invalid"}）`);
  const { question, turns, region } = parsed.data;
  const session = `batch-${randomUUID()}`;
  try {
    let answer: Answer | undefined;
    for (const turn of turns ?? [question!]) answer = await bot.reply(session, turn, { region: region ?? null });
    return { ...(id !== undefined ? { id } : {}), ...answer! };
  } catch (err) {
    return errorAnswer(id, `处理出错：${err instanceof Error ? err.message : String(err)}`);
  }
}

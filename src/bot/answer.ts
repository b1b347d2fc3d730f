// The answer object every channel receives (the contract of ../shared/eval/README.md).
import { z } from "zod";

export const CitationSchema = z.object({
  docId: z.string(),
  docNumber: z.string().nullable(),
  title: z.string(),
  /** The clause's own label in the document: （一）, 10、, 附件1. */
  clause: z.string(),
  /** The label as a person says it: 第（一）条, 第10条, 第一部分, 附件1第2行. */
  place: z.string(),
  /** The clause's words, verbatim. */
  text: z.string(),
  /** Where the clause's document applies. */
  jurisdiction: z.string(),
  /** Last day of the policy when the clause states one (YYYY-MM-DD), and whether that has passed. */
  endsOn: z.string().nullable(),
  expired: z.boolean(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const CalculationSchema = z.object({
  calculator: z.string(),
  /** null while facts are missing. */
  eligible: z.boolean().nullable(),
  /** The headline figure: yuan, or a rate in percent. */
  amount: z.number().nullable(),
  unit: z.string(),
  steps: z.array(z.string()),
  missing: z.array(z.string()),
});
export type Calculation = z.infer<typeof CalculationSchema>;

/** A figure or condition of one region in a comparison, with the clause it is written in. */
export const CellSchema = z.object({
  /** 1000元/人, 5.5%, 是 (a condition the document sets), 未规定. */
  text: z.string(),
  docId: z.string(),
  clause: z.string(),
  /** The label as a person says it (第（五）条). */
  place: z.string(),
  /** 《title》（number）第…条. */
  source: z.string(),
  /** The clause's words stating it ("" where the document sets no such figure). */
  quote: z.string(),
});
export type Cell = z.infer<typeof CellSchema>;

/** Regions side by side: one row per region, one cell per figure or condition, each cited. */
export const ComparisonSchema = z.object({
  title: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.object({ region: z.string(), cells: z.array(CellSchema) })),
  /** The differences, in a sentence. */
  differences: z.string(),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** One policy gone through in a screening, and how it came out. */
export const ScreenedSchema = z.object({
  /** The rule applied (as in `calculation.calculator`). */
  calculator: z.string(),
  /** The policy as the answer names it (一次性扩岗补助 within the 吸纳就业补贴 rule). */
  policy: z.string(),
  /** eligible: what they get; possible: what a missing fact decides; near: narrowly missed. */
  status: z.enum(["eligible", "possible", "near", "ineligible"]),
  amount: z.number().nullable(),
  unit: z.string(),
  /** Added to the total: a sum of 元 that they get, not set aside for one it may not be combined with. */
  counted: z.boolean(),
  steps: z.array(z.string()),
  /** The facts to give (possible), as the bot asks for them. */
  missing: z.array(z.string()),
  /** What giving them would add, when it can be said. */
  unlocks: z.number().nullable(),
  /** Why not (near), or why a part was not counted (a pair that may not be combined). */
  why: z.array(z.string()),
  /** The clause it rests on: its index in the answer's citations. */
  citation: z.number().int().nullable(),
});
export type Screened = z.infer<typeof ScreenedSchema>;

export const ScreeningSchema = z.object({
  items: z.array(ScreenedSchema),
  /** The sum of the counted amounts. */
  total: z.number(),
  unit: z.literal("元"),
  /** The fact the bot asks for next: the one that would unlock the most. */
  next: z.string().nullable(),
});
export type Screening = z.infer<typeof ScreeningSchema>;

export const IntentSchema = z.enum(["lookup", "calculate", "clarify", "unknown", "help", "error"]);
export type Intent = z.infer<typeof IntentSchema>;

export const AnswerSchema = z.object({
  intent: IntentSchema,
  /** The jurisdiction the answer is for, when one is known. */
  region: z.string().nullable(),
  /** The reply exactly as a user reads it. */
  text: z.string(),
  citations: z.array(CitationSchema),
  calculation: CalculationSchema.nullable(),
  /**
   * For an answer found by searching the clauses: "low" when the best clause only just covers enough
   * of the question to be quoted (staff see these in the gap queue), "high" otherwise.
   */
  confidence: z.enum(["high", "low"]).optional(),
  /** Short answers to the bot's own question (是/否, 省内/跨省, the regions), for a channel to offer as buttons. */
  replies: z.array(z.string()).optional(),
  /** Every policy of the region gone through over the user's facts ("能享受哪些政策"); `calculation` carries the total. */
  screening: ScreeningSchema.optional(),
  /** Regions side by side ("黑龙江和平凉的稳岗返还有什么不同"). */
  comparison: ComparisonSchema.optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

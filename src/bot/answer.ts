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
});
export type Answer = z.infer<typeof AnswerSchema>;

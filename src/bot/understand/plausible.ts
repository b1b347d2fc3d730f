// Figures no one could truly mean (a course of 10⁹ days, a firm of 50 paying 10¹² yuan) are asked
// back rather than computed. The limits are data beside each fact (corpus/slots.yaml, `limit`).
import type { SlotKey, SlotValues } from "./slot-values.js";
import type { Vocabulary } from "./vocabulary.js";

export interface Implausible {
  slot: SlotKey;
  /** How the figure was said (“9999999999天”), or the value when the wording is not at hand. */
  text: string;
  /** Why it cannot be meant. */
  why: string;
}

const UNITS: Record<string, string> = { count: "人", money: "元", percent: "%", months: "个月", days: "天", age: "岁", times: "次" };
/** The unit a fact's figure is written with (2年 for a fact kept in years, 900元, 4个月). */
export const unitOf = (vocab: Vocabulary, key: SlotKey) => {
  const slot = vocab.slots.get(key)!;
  return slot.unit ?? UNITS[slot.type] ?? "";
};

/** The facts whose value passes their limit; a limit per another fact applies once that fact is known. */
export function implausible(vocab: Vocabulary, values: SlotValues, said: Readonly<Partial<Record<SlotKey, string>>> = {}): Implausible[] {
  const found: Implausible[] = [];
  for (const [key, value] of Object.entries(values) as [SlotKey, unknown][]) {
    if (typeof value !== "number") continue;
    const passed = vocab.slots.get(key)?.limits.find((limit) => {
      const base = limit.per === undefined ? 1 : values[limit.per];
      return typeof base === "number" && value > limit.max * Math.max(base, 1);
    });
    if (passed) found.push({ slot: key, text: said[key] ?? `${value}${unitOf(vocab, key)}`, why: passed.why });
  }
  return found;
}

/** The question asking a figure back, with why it cannot be right. */
export function implausibleQuestion(vocab: Vocabulary, found: readonly Implausible[]): string {
  return found
    .map((x) => `“${x.text}”作为${vocab.slots.get(x.slot)!.label}不太可能（${x.why}）`)
    .join("；");
}

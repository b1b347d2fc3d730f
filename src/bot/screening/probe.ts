// What a screening says of a policy the facts do not yet decide, or just miss: which facts would
// decide it and what they would unlock — tried with both answers, each option, or the figures the
// region's own parameters state — and whether a figure said a little otherwise (裁了5个，不是6个)
// would have met its conditions. The amount is never guessed: where it is computed from the missing
// figure (缴费额, 培训天数), the fact is asked for and the amount left open.
import { z } from "zod";
import { parametersOf, type Result } from "../../calculators/rule.js";
import { evaluateValues, label, repliesFor, type Evaluator } from "../calculate.js";
import { slotsOf } from "../understand/interpret.js";
import { SlotValuesSchema, type SlotKey, type SlotValues } from "../understand/slot-values.js";
import type { Vocabulary } from "../understand/vocabulary.js";

export interface Unlock {
  /** The facts to give, the first to be asked first. */
  facts: SlotKey[];
  /** What an answer or option must be, in words (为困难家庭的毕业生, 企业类型为“中小微企业”); a figure is only asked for. */
  answers: Array<{ fact: SlotKey; said: string }>;
  /** What they would unlock; null where it depends on a figure not given. */
  amount: number | null;
  /** The user's words for a figure said only roughly (五万多), whose exact value decides it. */
  rough?: string;
}

const NUMERIC: ReadonlySet<string> = new Set(["count", "money", "percent", "months", "days", "age", "times"]);
/** Figures of whole units: one more or less is the nearest other value. */
const WHOLE: ReadonlySet<string> = new Set(["count", "months", "days", "age", "times"]);
/** A figure this much off either way is still “narrowly”. */
const NEAR_SHARE = 0.1;

/** A fact's own schema, without the optional wrappers (a partial of a partial wraps twice). */
function schemaOf(key: SlotKey): z.ZodType {
  let schema: z.ZodType = SlotValuesSchema.shape[key];
  while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  return schema;
}
const isNumeric = (vocab: Vocabulary, key: SlotKey) => NUMERIC.has(vocab.slots.get(key)?.type ?? "");

/** Values to try for a fact: yes and no, each option, or 0, 1 and the figures of the rule's parameters in the region (a year also as 12 months). */
function candidates(e: Evaluator, vocab: Vocabulary, key: SlotKey): unknown[] {
  const schema = schemaOf(key);
  if (schema instanceof z.ZodBoolean) return [true, false];
  if (schema instanceof z.ZodEnum) return schema.options;
  if (!isNumeric(vocab, key)) return [];
  const figures = parametersOf(e.rule).flatMap((name) => {
    const p = e.at.find(name);
    return p ? [p] : (e.at.findBrackets(name) ?? []).flatMap((b) => [b.threshold, b.amount]);
  });
  const values = [0, 1, ...figures.flatMap((p) => (p.unit === "年" ? [p.value, p.value * 12] : [p.value]))];
  return [...new Set(values)].filter((v) => schema.safeParse(v).success);
}

/**
 * An answer in words: a yes/no label said as a statement (是否为困难家庭的毕业生 → 为困难家庭的毕业生,
 * 是否属于… → 不属于…), else the fact's own wording of it (跨省); an option as 企业类型为“中小微企业”.
 */
function stated(vocab: Vocabulary, key: SlotKey, value: unknown, others: boolean): string {
  const l = label(vocab, key);
  if (typeof value === "boolean") {
    if (l.includes("是否")) return value ? l.replace("是否", "") : l.replace("是否为", "不是").replace("是否", "不");
    const [yes, no] = repliesFor(vocab, [key]);
    return (value ? yes : no) ?? `${l}：${value ? "是" : "否"}`;
  }
  // (The label's own hint in brackets — 大型企业，还是中小微企业 — is not said again.)
  return `${l.replace(/（[^）]*）$/, "")}为“${String(value)}”${others ? "等" : ""}`;
}

/**
 * The facts that would decide an undecided result (up to three, one after another) and what they
 * would unlock; null when no value of a missing fact would do.
 */
export function unlocking(e: Evaluator, vocab: Vocabulary, values: SlotValues, result: Result): Unlock | null {
  let [v, r] = [values, result];
  const facts: SlotKey[] = [];
  const answers: Unlock["answers"] = [];
  // A figure passed over with a value tried (人数 0) leaves the amount to wait for it.
  let figureTried = false;
  for (let round = 0; round < 3 && r.eligible === null && r.missing.length; round++) {
    const key: SlotKey = r.missing[0]!;
    const numeric = isNumeric(vocab, key);
    const tried = candidates(e, vocab, key).map((c) => ({ c, r: evaluateValues(e, { ...v, [key]: c } as SlotValues).result }));
    facts.push(key);
    const yes = tried.filter((t) => t.r.eligible === true);
    if (yes.length) {
      // A figure the amount is computed from (缴费额, 人数): the amount waits for it.
      if (figureTried || (numeric && new Set(yes.map((t) => t.r.amount)).size > 1)) return { facts, answers, amount: null };
      const best = yes.reduce((a, b) => ((b.r.amount ?? -1) > (a.r.amount ?? -1) ? b : a));
      if (!numeric) answers.push({ fact: key, said: stated(vocab, key, best.c, yes.length > 1 && typeof best.c !== "boolean") });
      return { facts, answers, amount: best.r.amount };
    }
    const open = tried.find((t) => t.r.eligible === null && !t.r.missing.some((m) => m === key));
    if (!open) return null;
    if (!numeric) answers.push({ fact: key, said: stated(vocab, key, open.c, false) });
    else figureTried = true;
    [v, r] = [{ ...v, [key]: open.c } as SlotValues, open.r];
  }
  if (r.eligible !== null) return null;
  return { facts: [...facts, ...r.missing.filter((k) => !facts.includes(k))], answers, amount: null };
}

/**
 * A figure the user said, one more or less (or a tenth either way), would have met the conditions:
 * the rule was missed narrowly (裁员率6%，高于5.5%). Who is counted (人数) is no condition.
 */
export function narrowlyMissed(e: Evaluator, vocab: Vocabulary, values: SlotValues): boolean {
  const slots = slotsOf(e.rule);
  return Object.entries(values).some(([k, v]) => {
    const key = k as SlotKey;
    const type = vocab.slots.get(key)?.type ?? "";
    if (typeof v !== "number" || key === "people" || !slots.has(key) || !NUMERIC.has(type)) return false;
    const schema = schemaOf(key);
    const near = [v - 1, v + 1, v * (1 - NEAR_SHARE), v * (1 + NEAR_SHARE)].map((x) => (WHOLE.has(type) ? Math.round(x) : x));
    return near.some((x) => x !== v && schema.safeParse(x).success && evaluateValues(e, { ...values, [key]: x } as SlotValues).result.eligible !== false);
  });
}

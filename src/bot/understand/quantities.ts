// Typed quantities of a message: what each number is a number of — people (人/名/个/位), money
// (元/块/万), a share (%/百分之/成), a duration (个月/年/半年), days, an age, times, a level — with
// where it stands, so that the slot reader can find the words around it (Duckling-style spans).
// A figure that is not exact (五六个, 一万多, 大概50人, 不到一年) carries the bounds it could lie in.
import { CHINESE_DIGIT, CHINESE_UNIT, numeralAt, NUMERAL_START, type Numeral } from "../../knowledge/numerals.js";

export type QuantityType = "count" | "money" | "percent" | "months" | "days" | "age" | "times" | "level" | "year" | "number";

/**
 * How a figure is not exact, each with its bounds: range 五六 [5,6]; vague 十几 [11,19]; more 二十多
 * [20,30); justOver 二十出头 [20,23]; atLeast 1年以上 [12,120]; about 大概50 [45,55]; nearly 将近50 [45,50]; below 不到1年
 * [0,12); within 2年内 [0,24].
 */
export type Approximation = "range" | "vague" | "more" | "justOver" | "atLeast" | "about" | "nearly" | "below" | "within";

export interface Quantity {
  type: QuantityType;
  /** In the type's own unit: 元, %, months, days, years of age, people, times, level 1–5, a calendar year. */
  value: number;
  /** The numeral as written, before its measure converts it (the 1 of 1年). */
  figure: number;
  /** As the user wrote it (for asking back: 您说的“五六个”). */
  text: string;
  start: number;
  end: number;
  /** The measure word as written (人, 名, 家, 元, 个月 …); "" for a bare number. */
  unit: string;
  approx?: Approximation;
  /** For an approximate figure: the least and the most it could be, in the type's unit. */
  low?: number;
  high?: number;
  /** The figure with the words that bound it (两年内, 至少3个), as said. */
  bounded?: string;
  negative?: true;
}

interface Measure {
  word: string;
  type: QuantityType;
  /** Multiplies the numeral into the type's unit (年 → 12 months). */
  factor: number;
  /** Added after multiplying: 年半 is half a year more. */
  plus?: number;
  approx?: Approximation;
}

// Longest first: 个月 before 个, 块钱 before 块.
const MEASURES: Measure[] = (
  [
    ["个工作日", "days", 1],
    ["个多月", "months", 1, 0, "more"],
    ["个来月", "months", 1, 0, "about"],
    ["个半月", "months", 1, 0.5],
    ["个星期", "days", 7],
    ["个月", "months", 1],
    ["工作日", "days", 1],
    ["块钱", "money", 1],
    ["元钱", "money", 1],
    ["个人", "count", 1],
    ["人次", "count", 1],
    ["年半", "months", 12, 6],
    ["年多", "months", 12, 0, "more"],
    ["周岁", "age", 1],
    ["个点", "percent", 1],
    ["星期", "days", 7],
    ["元", "money", 1],
    ["块", "money", 1],
    ["w", "money", 1e4],
    ["k", "money", 1e3],
    ["名", "count", 1],
    ["位", "count", 1],
    ["个", "count", 1],
    ["人", "count", 1],
    ["口", "count", 1],
    ["户", "count", 1],
    ["家", "count", 1],
    ["年", "months", 12],
    ["月", "months", 1],
    ["周", "days", 7],
    ["天", "days", 1],
    ["日", "days", 1],
    ["岁", "age", 1],
    ["次", "times", 1],
    ["回", "times", 1],
    ["遍", "times", 1],
    ["级", "level", 1],
    ["%", "percent", 1],
    ["成", "percent", 10],
  ] as const
).map(([word, type, factor, plus, approx]) => ({ word, type, factor, ...(plus ? { plus } : {}), ...(approx ? { approx } : {}) }));

/** After a bare figure, words that make it a sum. */
const SUM_AFTER = /^(?:的|块的|元的)[^，。；\s\d]{0,4}?(?:钱|补贴|补助|奖补|奖励|返还)/;

/** Words before a figure that bound it. */
const BEFORE: Array<[string, Approximation]> = [
  ["差不多", "about"], ["大概", "about"], ["大约", "about"], ["约", "about"],
  ["将近", "nearly"], ["接近", "nearly"], ["近", "nearly"], ["快", "nearly"],
  ["不到", "below"], ["不足", "below"], ["不满", "below"], ["未满", "below"], ["不够", "below"], ["小于", "below"], ["少于", "below"], ["低于", "below"],
  ["至少", "atLeast"], ["起码", "atLeast"], ["超过", "atLeast"], ["大于", "atLeast"], ["多于", "atLeast"], ["高于", "atLeast"],
];
/** Words after it (outside its span: a cue may follow them, 签了1年以上合同). */
const AFTER: Array<[string, Approximation]> = [
  ["左右", "about"], ["上下", "about"], ["以上", "atLeast"], ["出头", "justOver"], ["以下", "within"], ["以内", "within"], ["内", "within"],
];
/** Between the numeral and its measure: 二十多个, 十余人, 50来个. */
const INFIX: Array<[string, Approximation]> = [["多", "more"], ["余", "more"], ["来", "about"]];

/**
 * After 一个 / 一人 / 一名: words that make it none (一个都没留, 一个人也没裁, 去年一个人没裁). A bare 没
 * after 有 / 只 / 其中 or a verb's 了 counts one (有一个人没签合同, 招了一个人没签合同).
 */
const NONE_AFTER = /^[\u4e00-\u9fa5]{0,2}?(?:都|也)(?:没|未|不)/;
const NONE_BARE = /^(?:人)?(?:没|未)/;
/** 加一块 / 合在一块: 一块 after these is "together". */
const TOGETHER_BEFORE = /(?:加|合|放|凑|搁|在|算|拢|弄|搞)$/;
/** 一块交的 / 一块去: 一块 before a verb of doing is "together" too. */
const TOGETHER_AFTER = /^(?:儿|交|缴|去|干|做|办|上|住|来|出|申|领|拿|报|打)/;
/** Right after 一个月 / 一天: a figure, the rate that period pays (一个月1350). */
const RATE_FIGURE_AFTER = /^(?:给|补|发|是|就)?\d/;
/** Right after 一年: how many times it may be had (最多能领几回, 可以申请3次) — the period the times are counted in. */
const TIMES_PER_AFTER = /^(?:内|里|之内)?(?:最多|最高|顶多|只能|能够|能|可以|可)[^，。,？?！!]{0,4}?(?:几|多少|[\d一二两三四五六七八九十]+)[次回]/;
/** 交了一年 / 满一年: a time had, whatever follows. */
const TIME_HAD_BEFORE = /(?:了|满|够|足|参保|交|缴|干)$/;
/** 每人1500 / 一人一千: a bare figure for each person is a sum per head, not a headcount. */
const PER_PERSON_BEFORE = /(?:(?:每人|每个人|每一个人|一人|一个人|每名|人均|每位)(?:每月|每个月|一个月|每天|一天|每年|一年)?|每月每人|每个月每人)$/;
/** After 一次 / 两次: a verb of paying or asking, so they are the times asked about, not times had. */
const TIMES_ASKED_AFTER = /^(?:能|可|给|补|发|报|最多|最高|多少|就给|就能|一共|总共|加起来|合计|都能|都可以)/;
const ONE_COUNTED_BEFORE = /(?:有|只|就|其中|还|了)$/;
/** Ages a bare figure after one person can be (younger or older is a count or a sum): a reading bound, no policy's figure. */
const WORKING_AGE = [14, 80] as const;
/** 一个22一个19: one person counted, then a bare figure, then the next one or the clause's end. */
// (Not the 一 ending a numeral, 十一个; after an Arabic figure, 22一个, it starts one.)
const ONE_PERSON_BEFORE = new RegExp(`(?:^|[^${CHINESE_DIGIT}${CHINESE_UNIT}])(?:另)?一[个位名]$`);
const ONE_PERSON_AFTER = /^(?:$|[，,、。；;！!？?\s]|另?一[个位名])/;

/** A Chinese numeral starting one of these words states no quantity (一次性, 十分, 三险, 两后生). */
const NOT_A_NUMBER = /^(?:次性|分|全|足|类|线|些|起|直|定|般|律|致|样|同|共|体|站|揽子|并|旦|切|方面|下|点儿|辈子|后生|险|金|支|扶)/;
/** Words that state a quantity without a numeral. */
const SET_WORDS: Array<{ word: string; type: QuantityType; value: number; unit: string }> = [
  // 招了个应届生 / 还有个大姐: 个 with no numeral after 了 or 有 is one.
  { word: "了个", type: "count", value: 1, unit: "个" },
  { word: "有个", type: "count", value: 1, unit: "个" },
  // 招个登记失业的小年轻: a hiring verb with 个 is one hired.
  ...["招个", "雇个", "聘个", "收个"].map((word) => ({ word, type: "count" as const, value: 1, unit: "个" })),
  { word: "半年", type: "months", value: 6, unit: "年" },
  { word: "半个月", type: "months", value: 0.5, unit: "个月" },
  { word: "半天", type: "days", value: 0.5, unit: "天" },
  { word: "一半", type: "percent", value: 50, unit: "%" },
];

const startsWithAt = (text: string, at: number, word: string) => text.startsWith(word, at);

function measureAt(text: string, at: number): Measure | null {
  const lower = text.slice(at, at + 4).toLowerCase();
  for (const m of MEASURES) if (lower.startsWith(m.word)) return m;
  return null;
}

/** 5月1日, 3号, 第2条: a date or a label, not a quantity. */
function isDateOrLabel(text: string, n: Numeral, m: Measure | null): boolean {
  const after = text.slice(n.end);
  if (/^(?:号|条|款|项|页|楼|室|路|期|批|届|季度|月份)/.test(after)) return true;
  if (m?.word === "月" && new RegExp(`^月[\\d${CHINESE_DIGIT}十]+[日号]`).test(after)) return true;
  // 2023年5月, 5月以后, 5月底: a month of the year, not five months.
  if (m?.word === "月" && (/年$/.test(text.slice(0, n.start)) || /^月(?:份|以后|之后|以前|之前|起|底|初|中|末|后|前)/.test(after))) return true;
  if (m?.word === "日" && /月$/.test(text.slice(0, n.start))) return true;
  const before = text.slice(Math.max(0, n.start - 1), n.start);
  return before === "第" || before === "〔" || before === "[";
}

/**
 * Every quantity of a (normalised) message, left to right. A Chinese-digit run is a number only
 * before a measure word or when it is scaled (十二万): 统一, 一次性 and 两后生 are words.
 */
export function readQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < text.length) {
    // 一年半 is read with its numeral; 上半年 / 下半年 are halves of a year, not six months.
    const set = SET_WORDS.find((w) => startsWithAt(text, i, w.word) && !(w.word === "半年" && /[年上下]/.test(text[i - 1] ?? "")) && !(w.unit === "个" && /^[月人多半]/.test(text.slice(i + 2))));
    if (set) {
      // 了个 / 有个: the figure is the 个 (the verb before it is a cue).
      const from = set.unit === "个" ? i + 1 : i;
      out.push({ type: set.type, value: set.value, figure: set.value, text: text.slice(from, i + set.word.length), start: from, end: i + set.word.length, unit: set.unit });
      i += set.word.length;
      continue;
    }
    const percentPrefix = startsWithAt(text, i, "百分之") ? 3 : 0;
    const prev = text[i - 1] ?? "";
    // Only where a numeral starts, not inside one (the 5 of 25).
    // (一个22一个19 / 一个二十三一个十八: where a figure just ended, a numeral starts.)
    const inside = prev && NUMERAL_START.test(prev) && prev !== "几" && out.at(-1)?.end !== i;
    if (!percentPrefix && (!NUMERAL_START.test(text[i]!) || inside)) {
      i++;
      continue;
    }
    const n = numeralAt(text, i + percentPrefix);
    if (!n || (n.chinese && /^[千百万亿佰仟]/.test(text.slice(n.start)))) {
      i += percentPrefix || 1;
      continue;
    }
    const q = quantityOf(text, n, percentPrefix ? i : n.start, percentPrefix > 0);
    if (q) out.push(q);
    i = q ? q.end : n.end;
  }
  return out;
}

interface Read {
  type: QuantityType;
  value: number;
  /** The upper figure of a range (五六, 3到5), in the type's unit. */
  upper: number;
  /** What one more of the numeral's last place is worth, in the type's unit (二十多: 10). */
  step: number;
  end: number;
  unit: string;
  approx: Approximation | undefined;
}

function quantityOf(text: string, n: Numeral, start: number, percent: boolean): Quantity | null {
  let at = n.end;
  let approx = n.approx as Approximation | undefined;
  if (percent) return finish(text, n, start, { type: "percent", value: n.value, upper: n.high, step: n.place, end: at, unit: "%", approx });
  const infix = INFIX.find(([w]) => startsWithAt(text, at, w));
  if (infix && (measureAt(text, at + 1) || (infix[0] !== "来" && !startsWithAt(text, at, "多少")))) {
    approx ??= infix[1];
    at += 1;
  }
  // 16—24岁, 3到5个: a range, whatever its measure.
  let high = n.high;
  const dash = /^[-—–~～到至]/.test(text.slice(at));
  const upper = dash ? numeralAt(text, at + 1) : null;
  if (upper && upper.value > n.value && measureAt(text, upper.end)) {
    approx = "range";
    high = upper.value;
    at = upper.end;
  }
  const m = measureAt(text, at);
  if (m?.word === "次" && startsWithAt(text, at, "次性")) return null;
  // 一次能给多少 / 两次一共能领多少: "at one time" or "those times", said before the verb of the question —
  // times had are said after their verb (领过一次).
  if ((m?.word === "次" || m?.word === "回") && TIMES_ASKED_AFTER.test(text.slice(at + 1))) return null;
  // 加一块交的 / 在一块儿 / 和个人一块交的: together, not one yuan.
  if (m?.word === "块" && n.value === 1 && n.chinese && (TOGETHER_BEFORE.test(text.slice(0, n.start)) || TOGETHER_AFTER.test(text.slice(at + 1)))) return null;
  if (isDateOrLabel(text, n, m)) return null;
  if (!m) {
    // 那个1500的钱 / 八百的补贴 / 还能再领那300不: a sum named by what it is or pointed at, with no 元.
    if ((SUM_AFTER.test(text.slice(at)) || /[那这]$/.test(text.slice(0, n.start)) || PER_PERSON_BEFORE.test(text.slice(0, n.start))) && (!n.chinese || n.scaled || n.value >= 100)) return finish(text, n, start, { type: "money", value: n.value, upper: high, step: n.place, end: at, unit: "", approx });
    // 二十出头: said of people, a whole ten and 出头 is an age with no 岁.
    if (startsWithAt(text, at, "出头") && n.value >= 10 && n.value <= 90 && n.value % 10 === 0) return finish(text, n, start, { type: "age", value: n.value, upper: n.value, step: 10, end: at + 2, unit: "", approx: "justOver" });
    // 俩小伙子，一个22一个19: a bare figure right after one person counted is their age.
    if (ONE_PERSON_BEFORE.test(text.slice(0, n.start)) && Number.isInteger(n.value) && n.value >= WORKING_AGE[0] && n.value <= WORKING_AGE[1] && ONE_PERSON_AFTER.test(text.slice(at)))
      return finish(text, n, start, { type: "age", value: n.value, upper: n.value, step: 1, end: at, unit: "", approx });
    // 另外俩 / 他们仨: two or three people.
    if (/^[俩仨]$/.test(text.slice(n.start, n.end))) return finish(text, n, start, { type: "count", value: n.value, upper: n.value, step: 1, end: at, unit: "", approx });
    // A bare figure: Arabic, or scaled Chinese (十二万); a Chinese run before a word is part of it.
    if (n.chinese && (!n.scaled || NOT_A_NUMBER.test(text.slice(at)))) return null;
    if (!n.chinese && !n.scaled && String(Math.trunc(n.value)).length >= 9) return null; // a phone or card number
    return finish(text, n, start, { type: "number", value: n.value, upper: high, step: n.place, end: at, unit: "", approx });
  }
  // 一个体户 is not 1个体户 (个体户 is a word).
  if (n.chinese && m.word === "个" && text.startsWith("体", at + 1)) return null;
  at += m.word.length;
  approx ??= m.approx;
  const convert = (v: number) => v * m.factor + (m.plus ?? 0);
  let value = convert(n.value);
  // 六成五 = 65%.
  if (m.word === "成" && new RegExp(`^[1-9${CHINESE_DIGIT}]`).test(text.slice(at))) {
    const d = numeralAt(text, at);
    if (d && d.value < 10 && !d.approx) {
      value += d.value;
      at = d.end;
    }
  }
  let type = m.type;
  // 2023年: a calendar year, not 2023 years.
  if (m.word === "年" && n.value >= 1900 && n.value <= 2100 && Number.isInteger(n.value) && !approx) {
    type = "year";
    value = n.value;
    if (text[at] === "度") at++;
  }
  if (type === "level" && !(Number.isInteger(n.value) && n.value >= 1 && n.value <= 5)) return null;
  if (type === "count" && n.value === 1 && n.chinese && !approx) {
    const rest = text.slice(at);
    if (NONE_AFTER.test(rest) || (NONE_BARE.test(rest) && !ONE_COUNTED_BEFORE.test(text.slice(0, start)))) value = 0;
  }
  // 每个人一个月1350 / 一天100 / 一年最多领几次: one unit of time right before a figure, or the times it may be
  // had, is what a rate is per, not a time had.
  const per = RATE_FIGURE_AFTER.test(text.slice(at)) || (TIMES_PER_AFTER.test(text.slice(at)) && !TIME_HAD_BEFORE.test(text.slice(0, start)));
  if ((type === "months" || type === "days") && n.value === 1 && n.chinese && !approx && per) return null;
  // 一个月都没交 / 一次也没领过: none of them (一个月没交 may be a month missed: only with 都 or 也).
  if ((type === "months" || type === "days" || type === "times") && n.value === 1 && n.chinese && !approx && NONE_AFTER.test(text.slice(at))) value = 0;
  return finish(text, n, start, { type, value, upper: type === "year" ? value : convert(high), step: n.place * m.factor, end: at, unit: m.word, approx });
}

/** The bounds of an approximate figure (see Approximation). */
function bounds(r: Read, approx: Approximation): [number, number] {
  const v = r.value;
  switch (approx) {
    case "range":
    case "vague":
      return [v, r.upper];
    case "more":
      return [v, v + r.step * 0.99];
    case "justOver":
      return [v, v + r.step * 0.3];
    case "atLeast":
      return [v, v * 10];
    case "about":
      return [v * 0.9, v * 1.1];
    case "nearly":
      return [v * 0.9, v];
    case "below":
      return [v / 100, v - r.step / 100];
    case "within":
      return [v / 100, v];
  }
}

/** Where a figure's words end, the word after it that bounds it included (三万六左右). */
export const boundedEnd = (q: Quantity): number => q.end + (q.bounded ? q.bounded.length - q.bounded.indexOf(q.text) - q.text.length : 0);

/** Adds the words around a figure that bound it (至少, 左右, 以上), its bounds, and a minus sign. */
function finish(text: string, n: Numeral, from: number, r: Read): Quantity {
  let start = from;
  let approx = r.approx;
  let [before, after] = ["", ""];
  if (r.type !== "year" && !approx) {
    const a = AFTER.find(([w]) => startsWithAt(text, r.end, w));
    const b = a ? undefined : BEFORE.find(([w]) => text.slice(Math.max(0, start - w.length), start) === w);
    approx = a?.[1] ?? b?.[1];
    [before, after] = [b?.[0] ?? "", a?.[0] ?? ""];
  }
  const negative = /(?:[-−]|负)$/.test(text.slice(Math.max(0, start - 1), start));
  if (negative) start -= 1;
  const q: Quantity = { type: r.type, value: r.value, figure: n.value, text: text.slice(start, r.end), start, end: r.end, unit: r.unit };
  if (approx) {
    const [low, high] = bounds(r, approx);
    Object.assign(q, { approx, low: round(low), high: round(high) });
    if (before || after) q.bounded = `${before}${q.text}${after}`;
  }
  if (negative) q.negative = true;
  return q;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

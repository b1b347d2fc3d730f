// The answer for a rule over the facts gathered: the amount with its steps and clause, or the one
// thing still needed — a missing fact, an exact figure for an approximate one, which fact a figure
// is, or the region — asked for.
import type { PersonGroup } from "../calculators/facts.js";
import { regionsOf } from "../calculators/registry.js";
import { fmt, type At, type Cited, type Parameter, type Result, type Rule } from "../calculators/rule.js";
import type { Corpus } from "../knowledge/corpus.js";
import type { Clause } from "../knowledge/clauses.js";
import type { Period } from "../knowledge/parameters.js";
import { chineseDate } from "../knowledge/validity.js";
import { jurisdictionsOf } from "../knowledge/documents.js";
import { numeralAt } from "../knowledge/numerals.js";
import { squash } from "../knowledge/text.js";
import type { Answer, Citation } from "./answer.js";
import { comparison } from "./compare.js";
import { citationOf, clauseName, joinSentences, notedFacts, REFERRAL, sourceLine, validitySentence } from "./compose.js";
import type { Scope } from "./scope.js";
import { deriveFacts, ownOver } from "./understand/derive.js";
import { slotsOf } from "./understand/interpret.js";
import { implausible, implausibleQuestion, unitOf } from "./understand/plausible.js";
import type { SlotKey, SlotValues } from "./understand/slot-values.js";
import type { Group, Range, SlotReading } from "./understand/slots.js";
import type { Vocabulary } from "./understand/vocabulary.js";

export interface RuleAnswer {
  answer: Answer;
  /** The facts the answer asks for: the next message's bare figure or 是/不是 fills them. */
  requested: SlotKey[];
  /** A figure the answer asks about (which fact it is), kept until the user says. */
  unplaced: { text: string; value: number; candidates: SlotKey[] } | null;
  /** Asked only whether, the conditions' facts unsaid: what the rule says of the user's case is the answer, these facts its end. */
  undecided?: SlotKey[];
}

interface Evaluated {
  region: string;
  /** The region's parameters on the date asked about. */
  at: At;
  result: Result;
  assumptions: string[];
}

/** Regions where a rule (or the part of it the user named) applies for this scope. */
export function regionsFor(corpus: Corpus, rule: Rule, scope: Scope, named?: string): string[] {
  const here = jurisdictionsOf(scope.documents);
  return regionsOf(corpus.parameters, rule, named).filter((r) => here.has(r));
}

export interface Asked {
  corpus: Corpus;
  vocab: Vocabulary;
  rule: Rule;
  /** Everything the user has said of their situation in this calculation. */
  values: SlotValues;
  /** Facts said only roughly: the answer stands if it is the same at both ends of each. */
  ranges: Readonly<Record<string, Range>>;
  /** Groups of the people counted, each with facts of its own: computed one by one and added up. */
  groups: readonly Group[];
  /** This message's reading: figures to ask back about, notes on what it assumed. */
  reading: SlotReading;
  scope: Scope;
  today: string;
  /** The days the question is about (2023年), when not today: the parameters in force then are used. */
  period?: Period | undefined;
  /** The term the user named (扩岗补助 rather than 吸纳就业补贴). */
  named?: string | undefined;
  /** The message only gave facts: the answer starts by saying what was noted. */
  acknowledge?: boolean;
  /** The message asks only whether, not how much: a rough fact that moves just the amount need not be asked back. */
  whetherOnly?: boolean;
}

export const label = (vocab: Vocabulary, key: string) => vocab.slots.get(key as SlotKey)?.label ?? key;

/** The groups a rule computes one by one: any, for a rule counting people; people said one by one (我…，我媳妇…), for a rule of a person's facts. */
export function groupsFor(rule: Rule, groups: readonly Group[]): readonly Group[] {
  if (rule.facts.includes("people")) return groups;
  const slots = slotsOf(rule);
  return groups.every((g) => g.people === 1) && groups.some((g) => Object.keys(g.values).some((k) => slots.has(k as SlotKey))) ? groups : [];
}

/** A part's facts: its own over those said of all (ownOver), its rough figures taken at one end. */
export const partValues = (vocab: Vocabulary, values: SlotValues, g: Group, rough: Record<string, unknown>): SlotValues =>
  ({ ...ownOver(values, { ...g.values, ...rough } as SlotValues, vocab.bounds), people: g.people }) as SlotValues;

export function ruleAnswer(a: Asked): RuleAnswer {
  const { corpus, vocab, rule, reading, scope, today, named } = a;
  const regions = regionsFor(corpus, rule, scope, named);
  const period = a.period ?? { from: today, to: today };
  if (!regions.length) return { answer: notHere(corpus, rule, scope, named), requested: [], unplaced: null };
  const slots = slotsOf(rule);
  const groups = groupsFor(rule, a.groups);
  const ends = (ranges: Readonly<Record<string, Range>>, end: "low" | "high") =>
    Object.fromEntries(Object.entries(ranges).filter(([k]) => slots.has(k as SlotKey)).map(([k, r]) => [k, r[end]]));
  // A rough figure (一万多) is used only if the answer is the same whatever it exactly is.
  const evaluate = (end: "low" | "high"): Evaluated[] =>
    regions.map((region) => {
      const at = corpus.parameters.at(region, period);
      const values = { ...a.values, ...ends(a.ranges, end) } as SlotValues;
      const valuesOf = (g: Group) => partValues(vocab, values, g, ends(g.ranges, end));
      const parts = evaluateParts({ corpus, vocab, rule, at, named }, values, groups, valuesOf);
      if (!groups.length) return { region, at, result: parts[0]!.result, assumptions: parts[0]!.assumptions };
      // Those of none of the kinds count nothing, said once in the assumptions.
      return { region, at, result: added(parts.filter((p) => p.counted)), assumptions: [...new Set(parts.flatMap((e) => e.assumptions))] };
    });
  const rough = [...Object.entries(a.ranges), ...groups.flatMap((g) => Object.entries(g.ranges))].filter(([k]) => slots.has(k as SlotKey));
  const evaluated = evaluate("low");
  const first = evaluated[0]!;
  const upper = rough.length ? evaluate("high") : evaluated;
  const sameAtBothEnds = evaluated.every((e, i) => e.result.eligible === upper[i]!.result.eligible && e.result.amount === upper[i]!.result.amount);
  const noted = a.acknowledge ? notedFacts(vocab, reading) : "";
  const ask = (text: string, requested: SlotKey[], unplaced: RuleAnswer["unplaced"] = null): RuleAnswer => {
    const replies = repliesFor(vocab, requested);
    return { answer: { ...clarify(corpus, vocab, rule, first, today, `${noted}${text}`), ...(replies.length ? { replies } : {}) }, requested, unplaced };
  };
  if (reading.invalid.length) return ask(`${reading.invalid.join("；")}，请核对后重新告诉我。`, reading.doubted);
  // A limit per another fact (缴费 per 参保人) can be passed only once both are known, perhaps over several turns.
  const beyond = [a.values, ...groups.map((g) => ({ ...a.values, ...g.values, people: g.people }) as SlotValues)].flatMap((v) => implausible(vocab, v, reading.said));
  if (beyond.length) {
    const doubted = [...new Set(beyond.map((x) => x.slot))];
    const question = `${implausibleQuestion(vocab, doubted.map((slot) => beyond.find((x) => x.slot === slot)!))}，请核对后重新告诉我。`;
    return { answer: clarify(corpus, vocab, rule, first, today, question), requested: doubted, unplaced: null };
  }
  // 还差3年多，还能继续吗: the same yes at both ends answers a yes-or-no question; the amount is given as its range.
  const yesEitherWay = a.whetherOnly && evaluated.every((e, i) => e.result.eligible !== null && e.result.eligible === upper[i]!.result.eligible);
  if (!sameAtBothEnds && yesEitherWay) {
    const spans = evaluated.map((e, i) => {
      const [lo, hi] = [e.result.amount, upper[i]!.result.amount];
      const span = lo === hi ? `${lo}${e.result.unit}` : `${lo}至${hi}${e.result.unit}之间`;
      const note = `按“${rough.map(([, r]) => r.text).join("”“")}”的范围，${e.result.label ?? rule.id}在${span}，确切的数请告诉我`;
      return { ...e, result: { ...e.result, amount: null, notes: [...e.result.notes, note] } };
    });
    return { answer: concluded(corpus, vocab, rule, spans, today, reading.notes, noted), requested: [], unplaced: null };
  }
  if (!sameAtBothEnds) {
    const [slot, r] = rough[0]!;
    return ask(`您说的“${r.text}”是个大概的数，结果取决于确切的${label(vocab, slot)}，请告诉我确切的数，我按文件计算，不估算。`, [slot as SlotKey]);
  }
  const roughNotes = rough.filter(([, r]) => !r.bound).map(([, r]) => `“${r.text}”不是确切的数，但按其可能的范围计算结果相同`);
  const clash = reading.unplaced.find((u) => u.rival);
  if (clash) {
    const slot = clash.candidates[0]!;
    return ask(`您说了“${clash.rival!.text}”和“${clash.quantity.text}”，请告诉我按多少计算${label(vocab, slot)}（只算符合条件的）。`, [slot]);
  }
  const which = reading.unplaced.find((u) => u.candidates.length > 1);
  if (which) {
    const options = which.candidates.map((k) => label(vocab, k)).join("，还是");
    return ask(`您说的“${which.quantity.text}”是${options}？`, which.candidates, { text: which.quantity.text, value: which.quantity.value, candidates: which.candidates });
  }
  if (first.result.problems.length) return ask(`${first.result.problems.join("；")}，请核对后重新告诉我。`, []);
  const same = evaluated.every((e) => e.result.eligible === first.result.eligible && e.result.amount === first.result.amount);
  if (evaluated.length > 1 && !(same && first.result.eligible !== null)) {
    const undecided = a.whetherOnly && evaluated.every((e) => e.result.eligible === null) ? { undecided: first.result.missing.slice(0, 2) as SlotKey[] } : {};
    return { answer: askRegion(corpus, vocab, rule, evaluated, today, named), requested: [], unplaced: null, ...undecided };
  }
  // 还能享受稳岗返还不: yes when every condition is met, whatever the facts the amount alone needs.
  if (a.whetherOnly && evaluated.every((e) => e.result.conditionsMet)) {
    const yes = evaluated.map((e) => ({ ...e, result: { ...e.result, eligible: true, notes: [...e.result.notes, `具体金额还需要知道${e.result.missing.map((k) => label(vocab, k)).join("、")}`] } }));
    return { answer: concluded(corpus, vocab, rule, yes, today, reading.notes, noted), requested: first.result.missing.slice(0, 2) as SlotKey[], unplaced: null };
  }
  if (first.result.eligible === null && first.result.missing.length) {
    const missing = first.result.missing.slice(0, 2);
    const asked = ask(`计算${rule.id}还需要知道：${missing.map((k) => label(vocab, k)).join("、")}。`, missing);
    return a.whetherOnly ? { ...asked, undecided: missing as SlotKey[] } : asked;
  }
  // (跨省务工不到3个月: the steps show the figure as said, not the low end it was computed at, 0.03个月 —
  // but for a count, which the steps multiply by, 11人×200元, and never state alone.)
  const asSaid = (step: string) =>
    rough.reduce((t, [k, r]) => {
      const unit = vocab.slots.get(k as SlotKey)?.type === "count" ? "" : unitOf(vocab, k as SlotKey);
      return unit && typeof r.low === "number" && r.low !== r.high ? t.replace(new RegExp(`(?<![\\d.])${r.low}${unit}`), r.text) : t;
    }, step);
  const shown = rough.length ? evaluated.map((e) => ({ ...e, result: { ...e.result, steps: e.result.steps.map(asSaid), checks: e.result.checks.map((c) => ({ ...c, text: asSaid(c.text) })) } })) : evaluated;
  return { answer: concluded(corpus, vocab, rule, shown, today, [...reading.notes, ...roughNotes], noted), requested: [], unplaced: null };
}

/** A rule in one region's parameters, as the user named it. */
export interface Evaluator {
  corpus: Corpus;
  vocab: Vocabulary;
  rule: Rule;
  at: At;
  named?: string | undefined;
}

/** One group's (or, with none, everyone's) facts as evaluated, and the result. */
export interface Part {
  /** How the message describes the group ("" with no groups). */
  text: string;
  /** The facts it was evaluated on, as the user's words give them (with its kind when decided for it). */
  values: SlotValues;
  result: Result;
  assumptions: string[];
  /** False for a group said to be of none of the kinds the rule names: it counts nothing. */
  counted: boolean;
}

/** The rule over facts in the user's words: decided into the rules' facts, against the region's province. */
export function evaluateValues(e: Evaluator, values: SlotValues): { result: Result; assumptions: string[] } {
  const province = e.corpus.places.resolve(e.at.region)?.chain.at(-1);
  const { facts, assumptions } = deriveFacts(values, e.vocab.bounds, province);
  return { result: e.rule.evaluate(facts, e.at, e.named), assumptions };
}

/**
 * The rule over the facts, once per group of people counted (each with its own facts, `valuesOf`),
 * or once when none were.
 */
export function evaluateParts(e: Evaluator, values: SlotValues, groups: readonly Group[], valuesOf: (g: Group) => SlotValues): Part[] {
  if (!groups.length) return [{ text: "", values, ...evaluateValues(e, values), counted: true }];
  // Among groups said to be of the kinds the rules name, one said to be none of them (跳槽过来的老师傅) is none.
  // A group saying nothing of itself (又介绍了16个) is of the kind the others all are.
  const kinds = groups.map((g) => deriveFacts(valuesOf(g), e.vocab.bounds).facts.group);
  const saidKinds = [...new Set(kinds.filter((k) => k !== undefined))];
  return groups.map((g, i) => {
    const unnamed = e.rule.facts.includes("group") && kinds[i] === undefined && saidKinds.length > 0;
    // (跳槽过来的 says something of them, though no fact the rules read: they are none of the kinds.)
    const described = g.text.replace(/^其中|^其余/, "");
    const afterCount = described.slice(numeralAt(described, 0)?.end ?? 0).replace(/^[个名位人]/, "");
    const saysNothing = afterCount.replace(/[的了人都也还又再，,。\s]/g, "").length <= 2;
    const silent = Object.keys(g.values).length + Object.keys(g.ranges).length === 0 && saysNothing;
    const kind: PersonGroup | undefined = !unnamed ? undefined : silent && saidKinds.length === 1 ? saidKinds[0] : "其他人员";
    const values = (kind ? { ...valuesOf(g), group: kind } : valuesOf(g)) as SlotValues;
    const r = evaluateValues(e, values);
    const other = kind === "其他人员";
    return { text: g.text, values, ...r, counted: !other, assumptions: other ? [...r.assumptions, `${g.text}未说明属于文件所列的人员类别，未计入`] : r.assumptions };
  });
}

/**
 * The results for several groups of people as one: the amounts of the groups that qualify added up,
 * each group's conditions and steps under its own description; facts missing for any are asked for.
 */
export function added(parts: ReadonlyArray<{ text: string; result: Result }>): Result {
  const first = parts[0]!.result;
  const qualifying = parts.filter((p) => p.result.eligible === true);
  const undecided = parts.filter((p) => p.result.eligible === null);
  const eligible = undecided.length ? null : qualifying.length ? true : false;
  const tag = (text: string, lines: readonly string[]) => lines.map((l) => `【${text}】${l}`);
  const amounts = qualifying.map((p) => p.result.amount ?? 0);
  const steps = parts.filter((p) => p.result.eligible !== false).flatMap((p) => tag(p.text, p.result.steps));
  const labels = [...new Set(qualifying.flatMap((p) => (p.result.label ? [p.result.label] : [])))];
  if (eligible && qualifying.length > 1) steps.push(`合计：${amounts.join("元+")}元=${fmt(amounts.reduce((s, x) => s + x, 0))}元`);
  return {
    ...first,
    eligible,
    amount: eligible ? amounts.reduce((s, x) => s + x, 0) : null,
    steps,
    // A group that does not qualify is said; the answer is "no" only when none does.
    checks: parts.flatMap((p) => p.result.checks.map((c) => ({ ...c, text: `【${p.text}】${c.text}` }))),
    missing: [...new Set(undecided.flatMap((p) => p.result.missing))],
    problems: parts.flatMap((p) => p.result.problems),
    sources: parts.flatMap((p) => p.result.sources),
    figures: [...new Set(parts.flatMap((p) => p.result.figures))],
    notes: [...new Set(parts.flatMap((p) => p.result.notes)), ...parts.filter((p) => p.result.eligible === false && eligible).map((p) => `${p.text}不符合条件，不计入`)],
    // (2个扩岗补助的、3个吸纳就业补贴的: each group's policy is named.)
    ...(labels.length ? { label: labels.join("和") } : {}),
  };
}

function calculationOf(vocab: Vocabulary, rule: Rule, r: Result): Answer["calculation"] {
  return {
    calculator: rule.id,
    eligible: r.eligible,
    amount: r.amount,
    unit: r.unit,
    steps: [...r.checks.map((c) => `${c.ok ? "✓" : "✗"} ${c.text}`), ...r.steps],
    missing: r.missing.map((k) => label(vocab, k)),
  };
}

export function citationsOf(corpus: Corpus, sources: Cited[], figures: readonly Parameter[], today: string): Citation[] {
  const out: Citation[] = [];
  for (const s of sources) {
    const at = corpus.clause(s.doc, s.clause);
    if (at && !out.some((c) => c.docId === s.doc && c.clause === s.clause)) out.push(citationOf(at.doc, dated(at.clause, figures), today));
  }
  return out;
}

/** Source line, the first source's sentences holding the figures and conditions used, and its validity. */
function basis(corpus: Corpus, sources: Cited[], figures: readonly Parameter[], today: string): string {
  const s = sources[0];
  const at = s && corpus.clause(s.doc, s.clause);
  if (!at) return "";
  const sentences = corpus.index.sentences(at.clause).map((x, i) => ({ text: x.text, i }));
  const used = sentences.filter((x) => s.quotes.some((q) => squash(x.text).includes(squash(q))));
  const quote = joinSentences(used.length ? used : sentences.slice(0, 1));
  return `依据：${sourceLine(citationOf(at.doc, at.clause, today))}：“${quote}”\n${validitySentence(at.doc, dated(at.clause, figures), today)}`;
}

/** A clause with the end date its figures were given in their parameter file, if one (the clause states none, or a later notice ended them). */
function dated(clause: Clause, figures: readonly Parameter[]): Clause {
  const until = figures.find((f) => f.doc === clause.docId && f.clause === clause.label && f.untilStated)?.until;
  return until ? { ...clause, endsOn: until } : clause;
}

function concluded(corpus: Corpus, vocab: Vocabulary, rule: Rule, evaluated: Evaluated[], today: string, notes: string[], noted: string): Answer {
  const { region, at, result: r, assumptions } = evaluated[0]!;
  const sources = evaluated.flatMap((e) => e.result.sources);
  const where = evaluated.map((e) => e.region).join("、");
  const lines: string[] = [];
  if (r.eligible === false) {
    const reasons = r.checks.filter((c) => !c.ok).map((c) => c.text);
    lines.push(`${noted}按${where}的规定，不符合${r.label ?? rule.id}的条件：${reasons.join("；")}。`);
  } else if (r.amount !== null) {
    lines.push(`${noted}按${where}的规定，${r.label ?? rule.id}为${r.amount}${r.unit}。`);
  } else {
    lines.push(`${noted}按${where}的规定，符合${r.label ?? rule.id}的条件。`);
  }
  const shown = [...r.checks.filter((c) => c.ok).map((c) => c.text), ...r.steps];
  if (shown.length && r.eligible !== false) lines.push(`计算过程：${shown.join("；")}。`);
  const said = [...notes, ...assumptions, ...r.notes, ...datesOf(r, at.period)];
  if (said.length) lines.push(`说明：${said.join("；")}。`);
  // A "no" rests first on the clause of the condition that failed.
  const failed = r.eligible === false ? r.checks.find((c) => !c.ok)?.source : undefined;
  const cited = failed ? [{ doc: failed.doc, clause: failed.clause, quotes: failed.quote ? [failed.quote] : [] }, ...sources] : sources;
  const figures = evaluated.flatMap((e) => e.result.figures);
  lines.push(basis(corpus, cited, figures, today));
  return {
    intent: "calculate",
    region: evaluated.length === 1 ? region : null,
    text: lines.filter(Boolean).join("\n"),
    citations: citationsOf(corpus, cited, figures, today),
    calculation: calculationOf(vocab, rule, r),
  };
}

/**
 * What the answer says of the dates of the figures used, beyond the validity line (which speaks of
 * the first clause cited): a figure another clause states that ended, by its parameter file, before
 * the day asked about; a figure not yet in force then.
 */
function datesOf(r: Result, period: Period): string[] {
  const first = r.sources[0];
  const out = new Set<string>();
  for (const p of r.figures) {
    const elsewhere = !first || p.doc !== first.doc || p.clause !== first.clause;
    if (elsewhere && p.untilStated && p.until && p.until < period.from) out.add(`${clauseName(p.clause)}所定标准执行至${chineseDate(p.until)}，已到期`);
    if (p.from > period.to) out.add(`所用标准自${chineseDate(p.from)}起执行`);
  }
  return [...out];
}

function clarify(corpus: Corpus, vocab: Vocabulary, rule: Rule, { region, at, result: r }: Evaluated, today: string, question: string): Answer {
  const lines = [question, `${region}的规定：${rule.summary(at)}。`, basis(corpus, r.sources, r.figures, today)];
  return {
    intent: "clarify",
    region,
    text: lines.filter(Boolean).join("\n"),
    citations: citationsOf(corpus, r.sources, r.figures, today),
    calculation: calculationOf(vocab, rule, { ...r, eligible: null, amount: null }),
  };
}

/** The rule differs between the regions in scope: each region's figure (side by side, with the user's result there), and the region asked for. */
function askRegion(corpus: Corpus, vocab: Vocabulary, rule: Rule, evaluated: Evaluated[], today: string, named: string | undefined): Answer {
  const lines = evaluated.map(({ region, at, result: r }) =>
    r.eligible === true && r.amount !== null ? `【${region}】${r.amount}${r.unit}（${rule.summary(at)}）` : `【${region}】${rule.summary(at)}`,
  );
  const missing = evaluated[0]!.result.missing.filter((k) => evaluated.every((e) => e.result.missing.includes(k)));
  const more = missing.length ? `，以及${missing.slice(0, 2).map((k) => label(vocab, k)).join("、")}` : "";
  const sources = evaluated.flatMap((e) => e.result.sources);
  return {
    intent: "clarify",
    region: null,
    text: `${rule.id}各地标准不同：\n${lines.join("\n")}\n请问您（企业）在哪个地区${more}？\n${REFERRAL}。`,
    citations: citationsOf(corpus, sources, evaluated.flatMap((e) => e.result.figures), today),
    calculation: calculationOf(vocab, rule, { ...evaluated[0]!.result, eligible: null, amount: null }),
    replies: evaluated.map((e) => e.region),
    // (A result column only where some region's result is decided: with no facts yet it says nothing.)
    comparison: comparison(corpus, rule, named, evaluated.some((e) => e.result.eligible !== null) ? evaluated : evaluated.map(({ region, at }) => ({ region, at })), today).comparison,
  };
}

/**
 * Short answers to the bot's question about one fact, from its vocabulary: a choice's values
 * (大型企业 / 中小微企业), a yes-or-no fact's first wordings each way (跨省 / 省内), else 是 / 否.
 */
export function repliesFor(vocab: Vocabulary, requested: readonly SlotKey[]): string[] {
  if (requested.length !== 1) return [];
  const slot = vocab.slots.get(requested[0]!)!;
  // A wording said as written (no gap, nothing escaped): what the reader reads back as that value.
  const plain = vocab.phrases.filter((p) => p.slot === slot.key && /^[\p{Script=Han}\w]+$/u.test(p.pattern.source));
  const wordingOf = (value: unknown) => plain.find((p) => p.value === value)?.pattern.source;
  if (slot.type === "choice") return [...new Set(plain.map((p) => p.value))].map((v) => wordingOf(v)!);
  if (slot.type !== "yesno") return [];
  const [yes, no] = [wordingOf(true), wordingOf(false)];
  return yes && no ? [yes, no] : ["是", "否"];
}

export function whichRule(rules: Rule[], scope: Scope): Answer {
  return {
    intent: "clarify",
    region: scope.places[0]?.name ?? null,
    text: `您问的是哪一项：${rules.map((r) => r.id).join("，还是")}？`,
    citations: [],
    calculation: null,
  };
}

function notHere(corpus: Corpus, rule: Rule, scope: Scope, named?: string): Answer {
  const where = scope.places[0]?.name ?? "您所在地区";
  const what = named && rule.parts?.[named] ? named : rule.id;
  const theirs = regionsOf(corpus.parameters, rule, named);
  return {
    intent: "unknown",
    region: scope.places[0]?.name ?? null,
    text: `收录的${where}适用文件中没有${what}的规定（${theirs.join("、")}的文件有相关规定，但不适用于${where}）。${REFERRAL}。`,
    citations: [],
    calculation: null,
  };
}

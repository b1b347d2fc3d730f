// Calculations over a conversation: which rule, which region, the facts gathered so far, and the answer.
import { FACT_LABELS, type Facts } from "../calculators/facts.js";
import { rankRules, ruleById, rulesNamed } from "../calculators/registry.js";
import type { Cited, Result, Rule, Source } from "../calculators/rule.js";
import type { Corpus } from "../knowledge/corpus.js";
import { jurisdictionsOf } from "../knowledge/documents.js";
import { squash } from "../knowledge/text.js";
import type { Answer, Citation } from "./answer.js";
import { citationOf, joinSentences, REFERRAL, sourceLine, validitySentence } from "./compose.js";
import { readFacts } from "./facts.js";
import type { Scope } from "./scope.js";
import type { Session } from "./sessions.js";

// Asking for an amount: with a policy named, this alone starts a calculation.
const ASKS_AMOUNT = /多少钱|多少元|(?:返|返还|拿|领|给|补|补贴|补助|奖补|发|交|缴|到|降到|降为|变成|一共|总共|合计|共)多少|能返|怎么算|如何计算|算一下|帮我算/;

export interface CalculationTurn {
  /** null when the message is not about a calculation; its facts are then kept as `pending`. */
  answer: Answer | null;
  /** The calculation to keep for the next turn (null: none in progress). */
  state: Session["calculation"];
  pending: Session["pending"];
}

interface Evaluated {
  region: string;
  result: Result;
}

/** Where a rule, or the part of it the user named (扩岗补助: 平凉 alone), is defined. */
const definedIn = (rule: Rule, named?: string) => (named && rule.termRegions?.[named]) || rule.regions;

/** Regions where a rule (or the part of it the user named) applies for this scope. */
function regionsFor(rule: Rule, scope: Scope, named?: string): string[] {
  const here = jurisdictionsOf(scope.documents);
  return definedIn(rule, named).filter((r) => here.has(r));
}

/** Working outside the user's province (去浙江打工) when the text does not say 跨省 or 省内. */
function workedAcrossProvinces(corpus: Corpus, question: string, scope: Scope): boolean | undefined {
  const home = scope.places[0]?.chain.at(-1);
  if (!home) return undefined;
  const provinces = corpus.places.find(question).map((p) => p.chain.at(-1));
  return provinces.some((p) => p !== home) ? true : undefined;
}

/**
 * The calculation this message starts or continues (answer null when it is not about one).
 * `placeOnly`: the message only said where the user is.
 */
export function calculationTurn(
  corpus: Corpus,
  question: string,
  scope: Scope,
  session: Session,
  today: string,
  placeOnly: boolean,
): CalculationTurn {
  const active = session.calculation ? ruleById(session.calculation.rule) : undefined;
  const readings = corpus.terms.policyNames(question);
  const names = readings.map((r) => r.meaning);
  const named = rulesNamed(names);
  const mistyped = rulesNamed(readings.filter((r) => r.fuzzy).map((r) => r.meaning));
  const read = readFacts(question, active?.countFact, active?.moneyFact);
  const facts = read.facts;
  if (facts.crossProvince === undefined) {
    const cross = workedAcrossProvinces(corpus, question, scope);
    if (cross !== undefined) facts.crossProvince = cross;
  }
  const stated = Object.keys(facts).length > 0 || read.invalid.length > 0;
  // A figure of the user's own (参保50人, 路费860元) is what makes a question a calculation.
  const figures = Object.values(facts).some((v) => typeof v === "number") || read.invalid.length > 0;
  const regions = scope.open ? undefined : jurisdictionsOf(scope.documents);
  const ranked = rankRules(named.filter((r) => !mistyped.includes(r)), facts, mistyped, regions);
  let namedTerm = names.find((n) => named.some((r) => r.terms.includes(n)));

  let rule: Rule;
  let gathered: Facts = {};
  if (active && (placeOnly || (stated && (!named.length || named.includes(active))))) {
    rule = active; // a later turn: more facts, or a correction
    gathered = { ...session.calculation!.facts };
    namedTerm ??= session.calculation!.named;
  } else {
    // Without a figure of the user's own, only a request for an amount (about a policy named, or
    // with a fact that points to one) makes it a calculation: "遇到自然灾害能展期吗" is answered by
    // quoting the clause.
    const calculating = figures || ((named.length > 0 || (stated && ranked.length > 0)) && ASKS_AMOUNT.test(question));
    if (!calculating || !ranked.length) return { answer: null, state: session.calculation, pending: { ...session.pending, ...facts } };
    if (ranked.length > 1) return { answer: whichRule(ranked, scope), state: null, pending: { ...session.pending, ...facts } };
    rule = ranked[0]!;
    gathered = { ...(session.pending as Facts) };
  }
  Object.assign(gathered, facts);
  const state = { rule: rule.id, facts: gathered as Record<string, unknown>, ...(namedTerm ? { named: namedTerm } : {}) };
  const answer = answerFor(corpus, rule, gathered, scope, today, read.invalid, namedTerm);
  return { answer, state, pending: {} };
}

function answerFor(corpus: Corpus, rule: Rule, facts: Facts, scope: Scope, today: string, invalid: string[], named?: string): Answer {
  const regions = regionsFor(rule, scope, named);
  if (!regions.length) return notHere(rule, scope, named);
  const evaluated: Evaluated[] = regions.map((region) => ({ region, result: rule.evaluate(facts, region, named) }));
  const first = evaluated[0]!;
  const same = evaluated.every((e) => e.result.eligible === first.result.eligible && e.result.amount === first.result.amount);
  if (invalid.length) return clarify(corpus, rule, evaluated, today, `${invalid.join("；")}，请核对后重新告诉我。`);
  if (first.result.problems.length) return clarify(corpus, rule, [first], today, `${first.result.problems.join("；")}，请核对后重新告诉我。`);
  if (evaluated.length > 1 && !(same && first.result.eligible !== null)) return askRegion(corpus, rule, evaluated, today);
  if (first.result.eligible === null && first.result.missing.length) return clarify(corpus, rule, evaluated, today);
  return concluded(corpus, rule, evaluated, today);
}

function calculationOf(rule: Rule, r: Result): Answer["calculation"] {
  return {
    calculator: rule.id,
    eligible: r.eligible,
    amount: r.amount,
    unit: r.unit,
    steps: [...r.checks.map((c) => `${c.ok ? "✓" : "✗"} ${c.text}`), ...r.steps],
    missing: r.missing.map((k) => FACT_LABELS[k]),
  };
}

/** The document and clause a source names. */
function located(corpus: Corpus, s: Pick<Source, "doc" | "clause">) {
  const doc = corpus.document(s.doc);
  const clause = doc?.clauses.find((c) => c.label === s.clause);
  return doc && clause ? { doc, clause } : null;
}

function citationsOf(corpus: Corpus, sources: Cited[], today: string): Citation[] {
  const out: Citation[] = [];
  for (const s of sources) {
    const at = located(corpus, s);
    if (at && !out.some((c) => c.docId === s.doc && c.clause === s.clause)) out.push(citationOf(at.doc, at.clause, today));
  }
  return out;
}

/** Source line, the first source's sentences holding the figures and conditions used, and its validity. */
function basis(corpus: Corpus, sources: Cited[], today: string): string {
  const s = sources[0];
  const at = s && located(corpus, s);
  if (!at) return "";
  const sentences = corpus.index.sentences(at.clause).map((x, i) => ({ text: x.text, i }));
  const used = sentences.filter((x) => s.quotes.some((q) => squash(x.text).includes(squash(q))));
  const quote = joinSentences(used.length ? used : sentences.slice(0, 1));
  return `依据：${sourceLine(citationOf(at.doc, at.clause, today))}：“${quote}”\n${validitySentence(at.doc, at.clause, today)}`;
}

function concluded(corpus: Corpus, rule: Rule, evaluated: Evaluated[], today: string): Answer {
  const { region, result: r } = evaluated[0]!;
  const sources = evaluated.flatMap((e) => e.result.sources);
  const where = evaluated.map((e) => e.region).join("、");
  const lines: string[] = [];
  if (r.eligible === false) {
    const reasons = r.checks.filter((c) => !c.ok).map((c) => c.text);
    lines.push(`按${where}的规定，不符合${rule.id}的条件：${reasons.join("；")}。`);
  } else if (r.amount !== null) {
    lines.push(`按${where}的规定，${r.label ?? rule.id}为${r.amount}${r.unit}。`);
  } else {
    lines.push(`按${where}的规定，符合${r.label ?? rule.id}的条件。`);
  }
  const shown = [...r.checks.filter((c) => c.ok).map((c) => c.text), ...r.steps];
  if (shown.length && r.eligible !== false) lines.push(`计算过程：${shown.join("；")}。`);
  if (r.notes.length) lines.push(`说明：${r.notes.join("；")}。`);
  // A "no" rests first on the clause of the condition that failed.
  const failed = r.eligible === false ? r.checks.find((c) => !c.ok)?.source : undefined;
  const cited = failed ? [{ doc: failed.doc, clause: failed.clause, quotes: failed.quote ? [failed.quote] : [] }, ...sources] : sources;
  lines.push(basis(corpus, cited, today));
  return {
    intent: "calculate",
    region: evaluated.length === 1 ? region : null,
    text: lines.filter(Boolean).join("\n"),
    citations: citationsOf(corpus, cited, today),
    calculation: calculationOf(rule, r),
  };
}

function clarify(corpus: Corpus, rule: Rule, evaluated: Evaluated[], today: string, problem?: string): Answer {
  const { region, result: r } = evaluated[0]!;
  const ask = r.missing.slice(0, 2).map((k) => FACT_LABELS[k]);
  const lines = [
    problem ?? `计算${rule.id}还需要知道：${ask.join("、")}。`,
    `${region}的规定：${rule.summary(region)}。`,
    basis(corpus, r.sources, today),
  ];
  return {
    intent: "clarify",
    region,
    text: lines.filter(Boolean).join("\n"),
    citations: citationsOf(corpus, r.sources, today),
    calculation: calculationOf(rule, r),
  };
}

function askRegion(corpus: Corpus, rule: Rule, evaluated: Evaluated[], today: string): Answer {
  const lines = evaluated.map(({ region, result: r }) =>
    r.eligible === true && r.amount !== null ? `【${region}】${r.amount}${r.unit}（${rule.summary(region)}）` : `【${region}】${rule.summary(region)}`,
  );
  const missing = evaluated[0]!.result.missing.filter((k) => evaluated.every((e) => e.result.missing.includes(k)));
  const more = missing.length ? `，以及${missing.slice(0, 2).map((k) => FACT_LABELS[k]).join("、")}` : "";
  const sources = evaluated.flatMap((e) => e.result.sources);
  return {
    intent: "clarify",
    region: null,
    text: `${rule.id}各地标准不同：\n${lines.join("\n")}\n请问您（企业）在哪个地区${more}？\n${REFERRAL}。`,
    citations: citationsOf(corpus, sources, today),
    calculation: calculationOf(rule, { ...evaluated[0]!.result, eligible: null, amount: null }),
  };
}

function whichRule(rules: Rule[], scope: Scope): Answer {
  return {
    intent: "clarify",
    region: scope.places[0]?.name ?? null,
    text: `您问的是哪一项：${rules.map((r) => r.id).join("，还是")}？`,
    citations: [],
    calculation: null,
  };
}

function notHere(rule: Rule, scope: Scope, named?: string): Answer {
  const where = scope.places[0]?.name ?? "您所在地区";
  const what = named && rule.termRegions?.[named] ? named : rule.id;
  const theirs = definedIn(rule, named);
  return {
    intent: "unknown",
    region: scope.places[0]?.name ?? null,
    text: `收录的${where}适用文件中没有${what}的规定（${theirs.join("、")}的文件有相关规定，但不适用于${where}）。${REFERRAL}。`,
    citations: [],
    calculation: null,
  };
}

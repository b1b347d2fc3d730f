// "平凉技能提升补贴" / "兴安盟吸纳就业补贴标准": a named policy's figures, quoted from the sentences its
// parameters were read from (corpus/parameters), in each region in scope that has it — the sentence
// with 1000元/1500元/2000元, not the clause's heading.
import { parametersOf, type Parameter, type Rule } from "../calculators/rule.js";
import type { Clause } from "../knowledge/clauses.js";
import type { Corpus } from "../knowledge/corpus.js";
import { squash } from "../knowledge/text.js";
import type { Answer } from "./answer.js";
import { regionsFor } from "./calculate.js";
import { citationOf, joinSentences, sourceLine, validitySentence } from "./compose.js";
import { MAX_CITATIONS } from "./lookup.js";
import { regionOf, type Scope } from "./scope.js";

/** The figures of a rule (or of the part a term names) in a region today, in the order the rule reads them. */
function figuresOf(corpus: Corpus, rule: Rule, term: string, region: string, today: string): Parameter[] {
  const at = corpus.parameters.at(region, { from: today, to: today });
  const names = rule.parts?.[term] ?? parametersOf(rule);
  return names.flatMap((n) => {
    const p = at.find(n);
    return p ? [p] : (at.findBrackets(n) ?? []).flatMap((b) => [b.threshold, b.amount]);
  });
}

/** Kinds of figure by their unit in the parameter files: a sum or a share (元/人, %), a length of time (年, 个月). */
const FIGURE_KINDS = { sum: (unit: string) => unit.startsWith("元") || unit === "%", time: (unit: string) => /^(?:年|个月|天|日|个工作日)$/.test(unit) } as const;
export type FigureKind = keyof typeof FIGURE_KINDS;

/** Whether a region's figures of the rule include one of this kind (兴安盟's 技能提升补贴: 1年, 3次 — no sum). */
export const statesKind = (corpus: Corpus, rule: Rule, term: string, region: string, today: string, kind: FigureKind): boolean =>
  figuresOf(corpus, rule, term, region, today).some((f) => FIGURE_KINDS[kind](f.unit));

/** The sentences of a clause that state some of these figures, in document order. */
function figureSentences(corpus: Corpus, clause: Clause, figures: Parameter[]): string {
  const quotes = figures.map((f) => squash(f.quote));
  const sentences = corpus.index.sentences(clause).map((s, i) => ({ text: s.text, i }));
  const used = sentences.filter((s) => quotes.some((q) => squash(s.text).includes(q) || q.includes(squash(s.text))));
  return joinSentences(used.length ? used : sentences.slice(0, 1));
}

/** The answer quoting a named policy's figures where scope has it; null where no region in scope has it. */
export function figureAnswer(corpus: Corpus, rule: Rule, term: string, scope: Scope, today: string, first?: { docId: string; clause: string }): Answer | null {
  const regions = regionsFor(corpus, rule, scope, term);
  if (!regions.length) return null;
  const parts = regions.map((region) => {
    const figures = figuresOf(corpus, rule, term, region, today);
    // The clause of the first figure states the policy (or the one the user's case rests on, `first`); the others' are cited after it.
    const all = [...new Map(figures.map((f) => [`${f.doc} ${f.clause}`, corpus.clause(f.doc, f.clause)!])).values()];
    const isFirst = (c: (typeof all)[number]) => c.doc.id === first?.docId && c.clause.label === first?.clause;
    const clauses = [...all.filter(isFirst), ...all.filter((c) => !isFirst(c))];
    const { doc, clause } = clauses[0]!;
    const stated = figures.filter((f) => f.doc === doc.id && f.clause === clause.label);
    const citations = clauses.map((c) => citationOf(c.doc, c.clause, today));
    return { region, text: figureSentences(corpus, clause, stated), source: sourceLine(citations[0]!), validity: validitySentence(doc, clause, today), citations };
  });
  const several = parts.length > 1;
  const text = several
    ? `各地的规定不同：\n${parts.map((p) => `【${p.region}】“${p.text}”\n出处：${p.source}。${p.validity}`).join("\n")}`
    : `${parts[0]!.region}的规定：“${parts[0]!.text}”\n出处：${parts[0]!.source}。\n${parts[0]!.validity}`;
  return {
    intent: "lookup",
    region: regionOf(scope, several ? null : parts[0]!.region),
    text,
    citations: parts.flatMap((p) => p.citations).slice(0, MAX_CITATIONS),
    calculation: null,
  };
}

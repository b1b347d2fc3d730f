// Regions side by side: one policy's figures and conditions (corpus/parameters) in each region that
// has it — a row per region, a column per figure, each cell with the clause it is written in — and
// the differences said in a sentence. With the user's facts, a last column holds each region's
// result. The text is a compact list (a line per region) for the channels that show only text.
import { fmt, parametersOf, type At, type Parameter, type Result, type Rule } from "../calculators/rule.js";
import type { Corpus } from "../knowledge/corpus.js";
import { chineseDate } from "../knowledge/validity.js";
import type { Answer, Cell, Citation, Comparison } from "./answer.js";
import { citationOf, clauseName, sourceLine } from "./compose.js";

export interface Compared {
  region: string;
  at: At;
  /** The rule over the user's facts there, when they gave some. */
  result?: Result;
}

const VALIDITY = "执行期限";
const RESULT = "测算结果";
const UNSET = "未规定";
const YES = "是";

/** A column is the name the rules read a figure by, without the policy's part (稳岗返还.裁员率上限 → 裁员率上限). */
const columnOf = (name: string) => name.slice(name.indexOf(".") + 1);

/** The policy as the comparison names it: the part named (扩岗补助), else the rule. */
export const comparedName = (rule: Rule, term: string | undefined) => (term && rule.parts?.[term] ? term : rule.id);

/**
 * The parameters compared: those of the part named (and the conditions of some documents), else all
 * the rule reads; and the clauses saying it may not be combined with another (corpus/exclusions.yaml).
 */
function namesOf(corpus: Corpus, rule: Rule, term: string | undefined): string[] {
  const part = term ? rule.parts?.[term] : undefined;
  const terms: readonly string[] = part ? [term!] : rule.terms;
  const pairs = corpus.exclusions.filter((x) => x.between.some((t) => terms.includes(t))).map((x) => x.parameter);
  return [...(part ? [...part, ...(rule.optional ?? [])] : parametersOf(rule)), ...pairs];
}

/** A figure or its bands in a region, as the cells show it. */
function figureOf(at: At, name: string): { text: string; p: Parameter } | null {
  const p = at.find(name);
  // A condition (value true) is kept as 1 with no unit.
  if (p) return { text: p.unit ? `${fmt(p.value)}${p.unit}` : YES, p };
  const bands = at.findBrackets(name);
  if (!bands?.length) return null;
  return { text: bands.map((b) => `${fmt(b.threshold.value)}${b.threshold.unit}起${fmt(b.amount.value)}${b.amount.unit}`).join("，"), p: bands[0]!.amount };
}

function resultText(r: Result): string {
  if (r.eligible === true) return r.amount !== null ? `${fmt(r.amount)}${r.unit}` : "符合条件";
  if (r.eligible === false) return `不符合（${r.checks.filter((c) => !c.ok).map((c) => c.text).join("；")}）`;
  return r.problems.length ? `需核对（${r.problems.join("；")}）` : "需补充情况";
}

/** The differences in a sentence: per column, which regions have which; the columns alike named after. */
function differencesOf(columns: readonly string[], rows: Comparison["rows"]): string {
  if (rows.length < 2) return "";
  const differ: string[] = [];
  const alike: string[] = [];
  columns.forEach((col, i) => {
    const byText = new Map<string, string[]>();
    for (const row of rows) byText.set(row.cells[i]!.text, [...(byText.get(row.cells[i]!.text) ?? []), row.region]);
    if (byText.size === 1) alike.push(col);
    else differ.push(`${col}：${[...byText].map(([text, regions]) => `${regions.join("、")}${text === YES ? "有此规定" : text}`).join("，")}`);
  });
  if (!differ.length) return "所列各项标准和条件相同。";
  return `不同之处：${differ.join("；")}${alike.length ? `；其余${alike.length}项相同` : ""}。`;
}

/** The comparison of a policy over these regions (each having it), with the clauses it cites. */
export function comparison(corpus: Corpus, rule: Rule, term: string | undefined, compared: readonly Compared[], today: string): { comparison: Comparison; citations: Citation[] } {
  const names = namesOf(corpus, rule, term).filter((n) => compared.some((c) => figureOf(c.at, n)));
  const withResults = compared.some((c) => c.result);
  const citations: Citation[] = [];
  const cellOf = (where: { doc: string; clause: string }, text: string, quote: string): Cell => {
    const at = corpus.clause(where.doc, where.clause)!;
    const citation = citationOf(at.doc, at.clause, today);
    if (!citations.some((c) => c.docId === citation.docId && c.clause === citation.clause)) citations.push(citation);
    return { text, docId: where.doc, clause: where.clause, place: clauseName(where.clause), source: sourceLine(citation), quote };
  };
  const rows = compared.map(({ region, at, result }) => {
    const figures = names.map((n) => figureOf(at, n));
    // The clause stating the region's first figure states the policy: a figure it does not set is cited to it.
    const main = figures.find((f) => f !== null)!.p;
    const cells = figures.map((f) => (f ? cellOf(f.p, f.text, f.p.quote) : cellOf(main, UNSET, "")));
    const until = main.until ? `截至${chineseDate(main.until)}${main.until < today ? "，已到期" : ""}` : "未载明";
    cells.push(cellOf(main, until, ""));
    if (withResults) {
      const source = result?.sources[0];
      cells.push(cellOf(source ?? main, result ? resultText(result) : "需补充情况", source?.quotes[0] ?? ""));
    }
    return { region, cells };
  });
  const columns = [...names.map(columnOf), VALIDITY, ...(withResults ? [RESULT] : [])];
  const title = `${compared.map((c) => c.region).join("、")}的${comparedName(rule, term)}${compared.length > 1 ? "对比" : ""}`;
  return { comparison: { title, columns, rows, differences: differencesOf(columns, rows) }, citations };
}

/** A cell as words: 青年每人标准1500元/人, 月均参保人数四舍五入 (a condition set), 未规定… */
const saidOf = (column: string, text: string) => (text === YES ? column : text === UNSET ? `${UNSET}${column}` : `${column}${text}`);

/**
 * The comparison as a compact list: a line per region with the figures that differ (those of one
 * clause together, the clause after them), then the figures alike once. With a single region, or
 * none differing, its figures in one line each.
 */
function comparisonLines(c: Comparison): string[] {
  const alike = c.columns.map((_, i) => c.rows.length > 1 && c.rows.every((r) => r.cells[i]!.text === c.rows[0]!.cells[i]!.text));
  const differ = alike.some((a) => !a);
  const rows = c.rows.map((row) => {
    const runs: Array<{ place: string; said: string[] }> = [];
    row.cells.forEach((cell, i) => {
      if (differ && alike[i]) return;
      const last = runs.at(-1);
      if (last?.place === cell.place) last.said.push(saidOf(c.columns[i]!, cell.text));
      else runs.push({ place: cell.place, said: [saidOf(c.columns[i]!, cell.text)] });
    });
    return `【${row.region}】${runs.map((r) => `${r.said.join("、")}（${r.place}）`).join("；")}`;
  });
  const common = c.columns.flatMap((col, i) => (alike[i] ? [saidOf(col, c.rows[0]!.cells[i]!.text)] : []));
  return differ && common.length ? [...rows, `各地相同：${common.join("、")}。`] : rows;
}

/**
 * 黑龙江和平凉的稳岗返还有什么不同: the table, the list, the differences. `said`: sentences on the
 * places asked about (one lacking the policy, two under one region's documents).
 */
export function comparisonAnswer(corpus: Corpus, rule: Rule, term: string | undefined, compared: readonly Compared[], said: readonly string[], today: string): Answer {
  const name = comparedName(rule, term);
  const { comparison: table, citations } = comparison(corpus, rule, term, compared, today);
  const missing = said.join("");
  const only = compared.length === 1 && !said.length ? `收录的文件中只有${compared[0]!.region}规定了${name}。` : "";
  // By number where a document has one: the titles are in the citations, and three of them fill a phone screen.
  const docs = [...new Map(citations.map((c) => [c.docId, c.docNumber ?? `《${c.title}》`])).values()];
  const text = [`${table.title}：`, ...comparisonLines(table), `${missing}${only}${table.differences}`, `出处：${docs.join("；")}。`].filter(Boolean).join("\n");
  return { intent: "lookup", region: compared.length === 1 ? compared[0]!.region : null, text, citations, calculation: null, comparison: table };
}

// Splits a document's text into clauses by the document's own labels (一、 / （一） / 1、 / 附件),
// keeping the hierarchy: each clause knows the headings of the sections it sits in.
import { cleanScanLine } from "./text.js";
import { statedDates } from "./validity.js";

export interface Clause {
  docId: string;
  /** Unique within its document; the document's own label ("（一）", "10、", "附件1"). */
  label: string;
  /** Headings of the enclosing sections, outermost first ("一、加大援企稳岗力度"). */
  path: string[];
  /** The clause's own short heading when it has one ("继续实施失业保险稳岗返还政策"). */
  heading: string | null;
  /** The clause's words, verbatim except for the scan's line-break and spacing artefacts. */
  text: string;
  /** For a row of an annex table: the annex's label and the row's cells. */
  row?: { annex: string; cells: string[] };
  /** An annex's own text (its title, a list, a blank form): supporting material, not a rule. */
  annex?: true;
  /** Dates the clause states for itself (ISO), e.g. 政策实施期限截至2023年12月31日. */
  startsOn: string | null;
  endsOn: string | null;
}

type Kind = "chapter" | "section" | "item" | "annex";

interface Label {
  kind: Kind;
  label: string;
  rest: string;
}

const CN_NUM = "[一二三四五六七八九十百]+";
const PATTERNS: Array<[Kind, RegExp, (m: RegExpMatchArray) => string]> = [
  ["annex", /^-?\s*附件\s*(\d*)\s*[:：]?\s*/, (m) => `附件${m[1] ?? ""}`],
  ["chapter", new RegExp(`^(${CN_NUM})、\\s*`), (m) => `${m[1]}、`],
  ["section", new RegExp(`^[（(]\\s*(${CN_NUM})\\s*[）)]\\s*`), (m) => `（${m[1]}）`],
  ["item", /^(\d{1,3})[、．](?!\d)\s*/, (m) => `${m[1]}、`],
];

function readLabel(line: string): Label | null {
  for (const [kind, re, name] of PATTERNS) {
    const m = line.match(re);
    if (m) return { kind, label: name(m), rest: line.slice(m[0].length) };
  }
  return null;
}

// Publication notes between the text and its annexes, e.g. （此件主动公开）.
const PUBLICATION_NOTE = /^[（(]此件.*[）)]$/;
// A line ending like this closes a sentence; any other line break inside a unit is the scan's page break.
const SENTENCE_END = /[。；;：:！？!?”"」）)〕\]]$/;
// A table row of an annex: tab-separated cells whose first cell is its 序号.
const TABLE_ROW = /^(\d+)\t/;

interface Unit {
  label: string;
  kind: Kind;
  depth: number;
  lines: string[];
  /** Set on a table row: the label of its annex. */
  rowOf?: string;
  /** The label's line is a title only (一、申领条件): the text starts on the next line. */
  titled?: true;
}

function joinLines(lines: string[], keepBreaks: boolean, titled = false): string {
  let out = "";
  for (const line of lines) {
    if (!out) out = line;
    else out += keepBreaks || SENTENCE_END.test(out) || (titled && out === lines[0]) ? `\n${line}` : line;
  }
  return out;
}

/** A label's rest that is a title, not the start of a sentence: short, with no punctuation. */
const TITLE = /^[^，。；：,.;:、（）()“”"]{1,12}$/;

// A heading is the first sentence when it is short: "继续实施失业保险稳岗返还政策。参保企业…".
function headingOf(text: string): string | null {
  const first = text.split(/[。\n]/, 1)[0] ?? "";
  return first.length > 0 && first.length <= 30 ? first : null;
}

function uniqueLabel(label: string, used: Map<string, number>): string {
  const n = (used.get(label) ?? 0) + 1;
  used.set(label, n);
  return n === 1 ? label : `${label}（第${n}个）`;
}

// Annex lines (titles, table rows) keep their line breaks; elsewhere a break inside a sentence is a page break.
const unitText = (u: Unit) => joinLines(u.lines, u.kind === "annex" || u.rowOf !== undefined, u.titled);

/** Pass 1: labelled units with their nesting depth, in document order. */
function readUnits(body: string): Unit[] {
  const units: Unit[] = [{ label: "前言", kind: "chapter", depth: 0, lines: [] }];
  const used = new Map<string, number>([["前言", 1]]);
  let stack: Kind[] = []; // label kinds in the order they nest in this document
  let annex: Unit | null = null; // inside an annex only annex labels and table rows count
  for (const raw of body.split(/\r?\n/)) {
    const line = cleanScanLine(raw);
    if (!line || PUBLICATION_NOTE.test(line)) continue;
    const row = annex ? line.match(TABLE_ROW) : null;
    if (annex && row) {
      const label = uniqueLabel(`${annex.label}（序号${row[1]}）`, used);
      units.push({ label, kind: "item", depth: annex.depth + 1, lines: [line], rowOf: annex.label });
      continue;
    }
    const label = readLabel(line);
    if (!label || (annex && label.kind !== "annex")) {
      (annex ?? units[units.length - 1]!).lines.push(line);
      continue;
    }
    if (label.kind === "annex") stack = [];
    const at = stack.indexOf(label.kind);
    stack = at >= 0 ? stack.slice(0, at + 1) : [...stack, label.kind];
    const unit: Unit = { label: uniqueLabel(label.label, used), kind: label.kind, depth: stack.length, lines: [] };
    if (label.rest) unit.lines.push(label.rest);
    if (label.rest && TITLE.test(label.rest)) unit.titled = true;
    units.push(unit);
    if (label.kind === "annex") annex = unit;
  }
  return units;
}

/** Parses a document body into clauses. Text before the first label becomes the clause 前言. */
export function parseClauses(docId: string, body: string): Clause[] {
  const units = readUnits(body);
  const clauses: Clause[] = [];
  const open: Unit[] = [];
  units.forEach((unit, i) => {
    while (open.length && open[open.length - 1]!.depth >= unit.depth) open.pop();
    const text = unitText(unit);
    const heading = unit.rowOf ? null : headingOf(text);
    const next = units.slice(i + 1).find((u) => !u.rowOf);
    const hasChildren = unit.depth > 0 && next !== undefined && next.depth > unit.depth;
    // A section heading with nothing but its title is structure, not a clause.
    if (text && !(hasChildren && text === heading)) {
      const dates = statedDates(text);
      clauses.push({
        docId,
        label: unit.label,
        path: open.map((u) => [u.label, headingOf(unitText(u))].filter(Boolean).join(/\d$/.test(u.label) ? " " : "")),
        heading,
        text,
        ...(unit.rowOf ? { row: { annex: unit.rowOf, cells: text.split("\t") } } : {}),
        ...(unit.kind === "annex" ? { annex: true as const } : {}),
        startsOn: dates.startsOn,
        endsOn: dates.endsOn,
      });
    }
    if (unit.depth > 0 && !unit.rowOf) open.push(unit);
  });
  return clauses;
}

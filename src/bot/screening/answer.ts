// A screening as an answer: what they get (each amount with its steps, clause and validity), what a
// fact still missing would unlock, what they narrowly miss and why, the total, and the one fact to
// ask next. The text serves every channel (a line per policy, numbered so that “第二项” can point
// at one); `screening` holds the same as data, and `calculation` the total.
import type { Corpus } from "../../knowledge/corpus.js";
import { chineseDate } from "../../knowledge/validity.js";
import type { Answer, Citation, Screened } from "../answer.js";
import { citationsOf, label, repliesFor } from "../calculate.js";
import { clauseName, REFERRAL } from "../compose.js";
import type { SlotKey } from "../understand/slot-values.js";
import type { Vocabulary } from "../understand/vocabulary.js";
import type { Entry, ScreenResult } from "./evaluate.js";

/** The calculator a screening's `calculation` names. */
export const SCREENING = "可享受政策测算";

/** The policies an answer lists, in its numbering: what “第二项” points at. */
export interface Listed {
  rule: string;
  named?: string;
}

export interface ScreeningAnswer {
  answer: Answer;
  listed: Listed[];
  /** The fact asked for: a bare answer next fills it. */
  requested: SlotKey[];
}

const yuan = (n: number) => `${Math.round(n * 100) / 100}元`;

/** 已于2023年12月31日到期 / 执行至… / 未载明执行期限. */
function validity(c: Citation): string {
  return c.expired ? `已于${chineseDate(c.endsOn!)}到期` : c.endsOn ? `执行至${chineseDate(c.endsOn)}` : "未载明执行期限";
}

/**
 * Where an entry's figure is written: the clause, with its document when several are cited, and its
 * validity when theirs differ (else said once, at the end).
 */
function whereFrom(c: Citation, all: readonly Citation[]): string {
  const doc = new Set(all.map((x) => x.docId)).size > 1 ? (c.docNumber ?? `《${c.title}》`) : "";
  const dated = new Set(all.map(validity)).size > 1 ? `，${validity(c)}` : "";
  return `${doc}${clauseName(c.clause)}${dated}`;
}

/** The clause an entry rests on: for a "no", the condition that failed; else the one stating its figure. */
function sourceOf(corpus: Corpus, e: Entry, today: string): Citation | undefined {
  const failed = e.status === "near" || e.status === "ineligible" ? e.result.checks.find((c) => !c.ok)?.source : undefined;
  const first = failed ? { doc: failed.doc, clause: failed.clause, quotes: [] } : e.result.sources[0];
  return first ? citationsOf(corpus, [first], e.result.figures, today)[0] : undefined;
}

function amountText(e: Entry): string {
  const r = e.result;
  if (r.amount === null) return `符合条件（${r.notes.find((n) => n.includes("文件")) ?? "文件未列具体金额"}）`;
  return e.counted ? yuan(r.amount) : `${Math.round(r.amount * 100) / 100}${r.unit}（不计入合计）`;
}

/** What an undecided policy waits for: the answers it needs, the figures to give, and what they unlock. */
function waitsFor(vocab: Vocabulary, e: Entry): string {
  const u = e.unlock!;
  if (u.rough) return `您说的“${u.rough}”是个大概的数，结果取决于确切的${u.facts.map((f) => label(vocab, f)).join("、")}，请告诉我确切的数（不估算）`;
  const asked = u.facts.filter((f) => !u.answers.some((a) => a.fact === f));
  const needs = [...u.answers.map((a) => `如${a.said}`), ...(asked.length ? [`需要知道${asked.map((f) => label(vocab, f)).join("、")}`] : [])].join("，");
  const unlocks = u.amount === null ? "金额按您提供的情况计算" : e.replaces ? `可多得${yuan(u.amount)}（与${e.replaces}不能重复享受，按较高者计）` : `可得${yuan(u.amount)}`;
  return `${needs}，${unlocks}`;
}

function lineOf(vocab: Vocabulary, e: Entry, n: number, where: string): string[] {
  const cite = where ? `（${where}）` : "";
  if (e.status === "possible") return [`${n}. ${e.label}：${waitsFor(vocab, e)}。${cite}`];
  if (e.status === "near" || e.status === "ineligible") return [`${e.status === "near" ? `${n}. ` : "· "}${e.label}：${e.why.join("；")}。${cite}`];
  // (A step naming the policy again — 一次性扩岗补助：2人×1500元 — is said without the name.)
  const steps = e.result.steps.length ? `${e.result.steps.map((t) => t.replace(`${e.label}：`, "")).join("；")}。` : "";
  const aside = e.setAside.map(
    (a) => `   ${a.rule.quote}（${a.of}），按金额较高的${a.kept}计入，${a.policy}${a.amount !== null ? `（${yuan(a.amount)}）` : "（文件未列其金额）"}不计入。`,
  );
  return [`${n}. ${e.label}：${amountText(e)}。${steps}${cite}`, ...aside];
}

/** The documents cited, each with its clauses: 《…》（平政办发〔2023〕75号）第（一）条、第（五）条. */
function sources(citations: readonly Citation[]): string {
  const byDoc = new Map<string, Citation[]>();
  for (const c of citations) byDoc.set(c.docId, [...(byDoc.get(c.docId) ?? []), c]);
  return [...byDoc.values()].map((cs) => `《${cs[0]!.title}》${cs[0]!.docNumber ? `（${cs[0]!.docNumber}）` : ""}${cs.map((c) => clauseName(c.clause)).join("、")}`).join("；");
}

/** `notes`: what the reading assumed (共10个，其中5个…，按这5人计算), said with the assumptions of the policies shown. */
export function screeningAnswer(corpus: Corpus, vocab: Vocabulary, region: string, s: ScreenResult, today: string, notes: readonly string[] = []): ScreeningAnswer {
  // With nothing to get, what was missed is all the answer: the narrow misses, then the rest (after what a fact could still unlock).
  const nothing = !s.entries.some((e) => e.status === "eligible" || e.status === "possible");
  const shown = s.entries.some((e) => e.status === "eligible") ? s.entries : [...s.entries, ...s.ineligible];
  const citations: Citation[] = [];
  const indexOf = (c: Citation | undefined) => {
    if (!c) return null;
    const i = citations.findIndex((x) => x.docId === c.docId && x.clause === c.clause);
    return i >= 0 ? i : citations.push(c) - 1;
  };
  const cited = shown.map((e) => indexOf(sourceOf(corpus, e, today)));
  for (const e of shown) for (const a of e.setAside) indexOf(citationsOf(corpus, [{ doc: a.rule.doc, clause: a.rule.clause, quotes: [a.rule.quote] }], [a.rule], today)[0]);
  const where = (i: number) => (cited[i] !== null ? whereFrom(citations[cited[i]!]!, citations) : "");

  const eligible = s.entries.filter((e) => e.status === "eligible");
  const counted = eligible.filter((e) => e.counted);
  // 大庆 is answered from 黑龙江省's documents too: whose they are is said.
  const whose = [...new Set(shown.map((e) => e.evaluator.at.region))];
  const head = `按${whose.length === 1 && whose[0] === region ? `${region}的规定` : `${region}适用的规定（${whose.join("、")}的文件）`}，根据您说的情况逐项核对`;
  const lines: string[] = [];
  const section = (status: Entry["status"], title: string) => {
    const at = shown.map((e, i) => ({ e, i })).filter((x) => x.e.status === status);
    if (at.length) lines.push(title, ...at.flatMap(({ e, i }) => lineOf(vocab, e, i + 1, where(i))));
  };
  if (eligible.length) lines.push(`${head}，可以享受${eligible.length}项${counted.length ? `，合计${yuan(s.total)}` : ""}：`);
  else if (nothing) lines.push(`${head}，暂不符合以下政策的条件：`);
  else lines.push(`${head}，还不能确定可以享受的政策。`);
  section("eligible", "");
  section("possible", eligible.length ? "如以下情况属实，还可以享受：" : "如以下情况属实，可以享受：");
  section("near", "差一点符合：");
  section("ineligible", s.entries.length ? "不符合：" : "");
  if (counted.length > 1) lines.push(`合计：${counted.map((e) => yuan(e.result.amount!)).join("+")}=${yuan(s.total)}。`);
  const next = s.next;
  if (next) {
    const decides = s.entries.filter((e) => e.unlock?.facts[0] === next).map((e) => e.label);
    lines.push(`请问：${label(vocab, next)}？${decides.length ? `（用于确定${decides.join("、")}）` : ""}`);
  }
  const ended = citations.some((c) => c.expired);
  const assumed = [...new Set([...notes, ...shown.flatMap((e) => e.parts.flatMap((p) => p.assumptions))])];
  lines.push(`说明：${assumed.map((a) => `${a}；`).join("")}以上按文件条款逐项测算，实际以当地人社部门审核为准${ended ? "；已到期的政策仅供参考" : ""}，${REFERRAL}。`);
  const dates = new Set(citations.map(validity));
  if (citations.length) lines.push(`出处：${sources(citations)}${dates.size === 1 ? `；${citations.length > 1 ? "均" : ""}${[...dates][0]}` : ""}。`);

  const items: Screened[] = [...s.entries, ...s.ineligible].map((e) => {
    const i = shown.indexOf(e);
    return {
      calculator: e.policy.rule.id,
      policy: e.label,
      status: e.status,
      amount: e.result.amount,
      unit: e.result.unit,
      counted: e.counted,
      steps: [...e.result.checks.filter((c) => c.ok).map((c) => `✓ ${c.text}`), ...e.result.steps],
      missing: (e.unlock?.facts ?? []).map((f) => label(vocab, f)),
      unlocks: e.unlock?.amount ?? null,
      why: [...e.why, ...e.setAside.map((a) => `${a.policy}：${a.rule.quote}（${a.of}），按金额较高的${a.kept}计入`)],
      citation: i >= 0 ? cited[i]! : null,
    };
  });
  const undecided = s.entries.some((e) => e.status === "possible");
  const replies = next ? repliesFor(vocab, [next]) : [];
  const answer: Answer = {
    intent: eligible.length || !undecided ? "calculate" : "clarify",
    region,
    text: lines.filter(Boolean).join("\n"),
    citations,
    calculation: {
      calculator: SCREENING,
      eligible: eligible.length ? true : undecided ? null : false,
      // (What they get may be no sum at all — a rate, a time: then there is no total to give.)
      amount: counted.length ? s.total : null,
      unit: "元",
      steps: [...eligible.map((e) => `${e.label}：${amountText(e)}`), ...(counted.length > 1 ? [`合计：${yuan(s.total)}`] : [])],
      missing: [...new Set(s.entries.flatMap((e) => e.unlock?.facts ?? []))].map((f) => label(vocab, f)),
    },
    screening: { items, total: s.total, unit: "元", next: next ? label(vocab, next) : null },
    ...(replies.length ? { replies } : {}),
  };
  const listed = shown.filter((e) => e.status !== "ineligible").map((e) => ({ rule: e.policy.rule.id, ...(e.policy.named ? { named: e.policy.named } : {}) }));
  return { answer, listed, requested: next ? [next] : [] };
}

/**
 * A screening with no region known: each region's result in a line — what the situation gets there
 * and the total, what waits for a fact — and the question where the user is, whose answer gives that
 * region's screening in full.
 */
export function byRegionAnswer(corpus: Corpus, vocab: Vocabulary, screened: ReadonlyArray<{ region: string; result: ScreenResult }>, today: string): Answer {
  const citations: Citation[] = [];
  const lines = screened.map(({ region, result }) => {
    for (const c of screeningAnswer(corpus, vocab, region, result, today).answer.citations) {
      if (!citations.some((x) => x.docId === c.docId && x.clause === c.clause)) citations.push(c);
    }
    const eligible = result.entries.filter((e) => e.status === "eligible");
    const waiting = result.entries.filter((e) => e.status === "possible").length;
    const got = eligible.length
      ? `可以享受${eligible.map((e) => (e.counted ? `${e.label}${yuan(e.result.amount!)}` : e.label)).join("、")}${eligible.some((e) => e.counted) ? `，合计${yuan(result.total)}` : ""}`
      : "暂无确定可以享受的政策";
    return { region, line: `${got}${waiting ? `；另有${waiting}项需补充情况后确定` : ""}。` };
  });
  // Regions coming to the same (大庆 and 黑龙江省, by the province's documents) are one line.
  const same = new Map<string, string[]>();
  for (const { region, line } of lines) same.set(line, [...(same.get(line) ?? []), region]);
  const text = [`您没有说在哪个地区，各地标准不同。按各地文件逐项核对您说的情况：`, ...[...same].map(([line, regions]) => `【${regions.join("、")}】${line}`), "请问您（企业）在哪个地区？告诉我后，我列出当地每一项的计算过程和依据。", `说明：以上按文件条款测算，实际以当地人社部门审核为准，${REFERRAL}。`].join("\n");
  return { intent: "clarify", region: null, text, citations, calculation: null, replies: screened.map((s) => s.region) };
}

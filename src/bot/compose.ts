// Wording shared by every answer: the source line, the validity sentence, quoting a clause.
import type { Clause } from "../knowledge/clauses.js";
import type { PolicyDocument } from "../knowledge/documents.js";
import { chineseDate, validityOn } from "../knowledge/validity.js";
import type { Citation } from "./answer.js";
import type { SlotReading } from "./understand/slots.js";
import type { Vocabulary } from "./understand/vocabulary.js";

export const REFERRAL = "最新政策请咨询当地人社部门或拨打12333";

/** Sentences of one clause (`i`: position in it), quoted in document order; "……" where text is left out. */
export function joinSentences(picked: ReadonlyArray<{ text: string; i: number }>): string {
  const ordered = [...picked].sort((a, b) => a.i - b.i);
  return ordered.map((s, k) => (k > 0 && s.i !== ordered[k - 1]!.i + 1 ? "……" : "") + s.text).join("");
}

export function citationOf(doc: PolicyDocument, clause: Clause, today: string): Citation {
  const v = validityOn(clause, today);
  return {
    docId: doc.id,
    docNumber: doc.docNumber,
    title: doc.title,
    clause: clause.label,
    place: clauseName(clause.label),
    text: clause.text,
    jurisdiction: doc.jurisdiction,
    endsOn: v.endsOn,
    expired: v.status === "expired",
  };
}

/** How a clause label reads in a sentence: （一） → 第（一）条, 10、 → 第10条, 一、 → 第一部分, 附件1（序号2） → 附件1第2行. */
export function clauseName(label: string): string {
  const row = label.match(/^(附件\d*)（序号(\d+)）$/);
  if (row) return `${row[1]}第${row[2]}行`;
  const item = label.match(/^(\d+)、(.*)$/);
  if (item) return `第${item[1]}条${item[2]}`;
  const chapter = label.match(/^([一二三四五六七八九十百]+)、$/);
  if (chapter) return `第${chapter[1]}部分`;
  return /^（[一二三四五六七八九十百]+）/.test(label) ? `第${label.replace(/^(（[^）]+）)/, "$1条")}` : label;
}

/** 《title》（文号）第（一）条 */
export function sourceLine(c: Citation): string {
  return `《${c.title}》${c.docNumber ? `（${c.docNumber}）` : ""}${clauseName(c.clause)}`;
}

/** Whether the policy still applies today, in the words a hotline officer would use. */
export function validitySentence(doc: PolicyDocument, clause: Clause, today: string): string {
  const v = validityOn(clause, today);
  switch (v.status) {
    case "expired":
      return `该政策执行期限截至${chineseDate(v.endsOn!)}，目前已到期，${REFERRAL}。`;
    case "in-force":
      return `该政策执行期限截至${chineseDate(v.endsOn!)}，目前仍在执行期内。`;
    case "not-yet":
      return `该政策自${chineseDate(v.startsOn!)}起执行。`;
    case "unstated":
      return `该条款未载明执行期限（文件印发于${doc.issued.slice(0, 4)}年），是否仍在执行，${REFERRAL}。`;
  }
}

/** A table row read with its header: "2022年度…目标任务表（单位：万人）：市（地）齐齐哈尔，目标任务6.22". */
export function readRow(doc: PolicyDocument, clause: Clause): string | null {
  if (!clause.row) return null;
  const annex = doc.clauses.find((c) => c.label === clause.row!.annex);
  const lines = annex?.text.split("\n") ?? [];
  const header = lines.find((l) => l.includes("\t"))?.split("\t") ?? [];
  const unit = lines.find((l) => /^单位[:：]/.test(l));
  const cells = clause.row.cells.map((cell, i) => (header[i] ? `${header[i]}${cell}` : cell)).slice(1);
  return `${lines[0] ?? annex?.label ?? ""}${unit ? `（${unit}）` : ""}：${cells.join("，")}`;
}

/** 已记下：4个月（稳定就业（务工）的月数）。 — what a message of facts was read as, in the user's words; "" when nothing. */
export function notedFacts(vocab: Vocabulary, reading: SlotReading): string {
  // (Words of the question, 招了 or 每人每月, are no fact of the user's to note.)
  const said = Object.entries(reading.said)
    .filter(([k]) => !vocab.slots.get(k as keyof SlotReading["said"])?.transient)
    .map(([k, text]) => `${text}（${vocab.slots.get(k as keyof SlotReading["said"])?.label ?? k}）`);
  return said.length ? `已记下：${said.join("、")}。` : "";
}

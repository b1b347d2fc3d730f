// The queue as CSV for a spreadsheet: one row per question, with its group and what staff decided.
import type { Corpus } from "../knowledge/corpus.js";
import type { GapEntry, GroupResolution } from "./entry.js";
import { clauseSource } from "./source.js";

const HEADER = ["时间", "渠道", "地区", "回答类型", "原因", "用户反馈没帮上忙", "问题（已脱敏）", "回答所引条款", "问题组", "处理状态", "处理结果", "处理备注", "处理人"];

/**
 * One field: quoted when it holds a comma, quote or line break; a leading = + - @ (or tab, CR) is
 * prefixed with ' so that a spreadsheet shows a question as text rather than running it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const REASONS: Record<string, string> = { unknown: "未能回答", "low-confidence": "把握不大" };

export function gapsCsv(corpus: Corpus, entries: GapEntry[], resolutions: ReadonlyMap<string, GroupResolution>, timeOf: (ms: number) => string): string {
  const clause = (docId: string | null, label: string | null) => clauseSource(corpus, docId, label) ?? "";
  const rows = entries.map((e) => {
    const r = resolutions.get(e.groupKey);
    const status = !r ? "待处理" : e.at > r.at ? "已处理后又有提问" : "已处理";
    const outcome = !r ? "" : r.kind === "outside" ? "文件未涉及" : `由条款解答：${clause(r.docId, r.clause)}`;
    return [timeOf(e.at), e.channel, e.region ?? "", e.intent, e.reason ? REASONS[e.reason]! : "", e.unhelpful ? "是" : "", e.question, clause(e.docId, e.clause), e.groupLabel, status, outcome, r?.note ?? "", r?.by ?? ""];
  });
  // A byte-order mark: spreadsheet programs then read the file as UTF-8.
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

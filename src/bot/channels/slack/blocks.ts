// An answer as a Slack message: Block Kit blocks plus a plain `text` fallback with the same content.
import type { types } from "@slack/bolt";
import type { Answer, Comparison } from "../../answer.js";
import { briefText, FULL_TEXT_HINT } from "../../brief.js";
import { clauseName, REFERRAL } from "../../compose.js";

/** A section reads well up to about this much; the quote goes to its own block. */
const BRIEF_SLACK = 400;

type Block = types.KnownBlock;

// Slack's limits: 3000 characters in a section's text, 2000 in a context element.
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** Slack mrkdwn treats &, < and > as markup; users' and documents' words are shown as typed. */
export const escapeMrkdwn = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The words quoted from a clause in an answer (依据：…“…” or X的规定：“…”). */
const QUOTED = /“([\s\S]+)”/;

/** Slack's most fields in one section. */
const MAX_FIELDS = 10;

/** Regions side by side: a section per region, a field per figure with its clause. */
function comparisonBlocks(c: Comparison): Block[] {
  return c.rows.flatMap((row) => {
    const fields = row.cells.map((cell, i) => ({ type: "mrkdwn" as const, text: clip(escapeMrkdwn(`*${c.columns[i]}*\n${cell.text}（${cell.place}）`), 2000) }));
    const sections: Block[] = [];
    for (let i = 0; i < fields.length; i += MAX_FIELDS) {
      sections.push({ type: "section", ...(i === 0 ? { text: { type: "mrkdwn" as const, text: `*${escapeMrkdwn(row.region)}*` } } : {}), fields: fields.slice(i, i + MAX_FIELDS) });
    }
    return sections;
  });
}

/**
 * The answer first (brief: the direct answer, steps, the source by name), then the amount, the
 * quoted clause and the sources as context, and the policy's end once — as a warning when it has
 * ended, else in the answer's own line.
 */
export function slackMessage(answer: Answer): { text: string; blocks: Block[] } {
  const expired = answer.citations.find((c) => c.expired);
  // With regions side by side, their fields take the place of the text's 【region】 lines.
  const shown = answer.comparison ? answer.text.split("\n").filter((l) => !l.startsWith("【")).join("\n") : answer.text;
  const lines = briefText(shown, BRIEF_SLACK).replace(FULL_TEXT_HINT, "").trim().split("\n");
  const main = lines.filter((l) => !(expired && /已到期/.test(l))).join("\n");
  const blocks: Block[] = [{ type: "section", text: { type: "mrkdwn", text: clip(escapeMrkdwn(main), 3000) } }];
  if (answer.comparison) blocks.push(...comparisonBlocks(answer.comparison));
  const calc = answer.calculation;
  if (calc && calc.amount !== null && calc.eligible !== false) {
    blocks.push({
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*${answer.screening ? "合计" : "金额"}*\n${calc.amount} ${escapeMrkdwn(calc.unit)}` },
        { type: "mrkdwn", text: `*政策*\n${escapeMrkdwn(calc.calculator)}` },
      ],
    });
  }
  const quoted = main !== shown ? shown.match(QUOTED)?.[1] : undefined;
  if (quoted) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: clip(escapeMrkdwn(`原文：“${quoted}”`), 2000) }] });
  if (answer.citations.length) {
    blocks.push({
      type: "context",
      elements: answer.citations.slice(0, 3).map((c) => ({
        type: "mrkdwn" as const,
        text: clip(escapeMrkdwn(`来源：《${c.title}》${c.docNumber ? ` ${c.docNumber}` : ""} ${clauseName(c.clause)}（${c.jurisdiction}）`), 2000),
      })),
    });
  }
  if (expired) {
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: `:warning: 该政策已于${expired.endsOn}到期，${REFERRAL}。` }],
    });
  }
  return { text: answer.text, blocks };
}

// An answer as plain text for a phone chat (WeChat, the terminal): the direct answer, the steps,
// the source by name and the validity — the long quotes left for "原文", which the bot answers with
// the clause in full.

/** About a screen of a phone chat. */
export const BRIEF_CHARS = 300;
/** A quote shortened in a brief answer keeps this many characters. */
const QUOTE_CHARS = 80;
export const FULL_TEXT_HINT = "（回复“原文”查看条款全文）";

/** The answer's text, shortened to about `max` characters when longer. */
export function briefText(text: string, max = BRIEF_CHARS): string {
  // (A clause asked for in full, with no 依据/出处 line, is left whole.)
  if (text.length <= max || !/^(?:依据|出处)：/m.test(text)) return text;
  const lines = text.split("\n").map((line) => {
    // 依据：《…》第（一）条：“…” → the source by name.
    if (line.startsWith("依据：")) return line.replace(/：“[\s\S]*”$/, "。");
    // X的规定：“…” / 【region】“…” → the quote's start.
    return line.replace(/“([^”]{1,10000})”/, (_, q: string) => `“${q.length > QUOTE_CHARS ? `${q.slice(0, QUOTE_CHARS)}……` : q}”`);
  });
  // Notes go first when it is still too long; the direct answer, steps, source and validity stay.
  const kept = lines.join("\n").length > max ? lines.filter((l) => !l.startsWith("说明：") && !l.startsWith("原文：")) : lines;
  return `${kept.join("\n")}\n${FULL_TEXT_HINT}`;
}

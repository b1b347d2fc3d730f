// Plain-text rendering of an answer for a terminal or a plain chat message.
import type { Answer } from "../answer.js";

export function renderPlain(answer: Answer): string {
  const lines = [answer.text];
  const calc = answer.calculation;
  if (calc && calc.steps.length && !answer.text.includes(calc.steps[0]!)) {
    lines.push("计算过程：", ...calc.steps.map((s, i) => `  ${i + 1}. ${s}`));
  }
  return lines.join("\n");
}

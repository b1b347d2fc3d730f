// The answer as a WeChat text message: the phone's short form (brief.ts), within one message.
import type { Answer } from "../../answer.js";
import { briefText } from "../../brief.js";

/**
 * WeCom cuts a text message past 2048 bytes of UTF-8; the 公众号 is held to the same, so a long answer
 * ends by saying where to read the rest instead of being cut off.
 */
export const MAX_MESSAGE_BYTES = 2048;
const CUT = "…（内容较长，请咨询12333获取完整条文）";

export function officialText(answer: Answer): string {
  const text = briefText(answer.text);
  if (Buffer.byteLength(text) <= MAX_MESSAGE_BYTES) return text;
  let room = MAX_MESSAGE_BYTES - Buffer.byteLength(CUT);
  let kept = "";
  for (const char of text) {
    room -= Buffer.byteLength(char);
    if (room < 0) break;
    kept += char;
  }
  return `${kept}${CUT}`;
}

/** What a picture, a voice message, a location or a file gets. */
export const TEXT_ONLY = "请用文字提问，例如：“稳岗返还怎么申请？”";

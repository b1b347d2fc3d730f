// Greetings, "what can you do", and the reply when the documents say nothing on a question.
import type { Corpus } from "../knowledge/corpus.js";
import { jurisdictionsOf } from "../knowledge/documents.js";
import { chineseDate } from "../knowledge/validity.js";
import type { Answer } from "./answer.js";
import { notedFacts, REFERRAL } from "./compose.js";
import type { SlotReading } from "./understand/slots.js";
import type { Vocabulary } from "./understand/vocabulary.js";

// 谢谢 / 好的，明白了，谢谢: a message made only of acknowledgements, in any order and number.
const ACKNOWLEDGEMENT = "谢谢|多谢|感谢|谢啦|好的|好|明白|知道|懂|收到|ok|嗯|行|没有别的问题|没别的问题|没有其他问题|没问题|没事|先这样|就这些";
const THANKS = new RegExp(`^(?:(?:${ACKNOWLEDGEMENT})[啊呀了您你哈]*[，,。.!！~～\\s]*)+$`, "i");

/** 谢谢 / 好的，明白了: the end of a question, not a new one. */
export function isThanks(text: string): boolean {
  return THANKS.test(text.trim());
}

export function thanksAnswer(region: string | null): Answer {
  return { intent: "help", region, text: `不客气！还有其他稳就业政策问题，随时问我。${REFERRAL}。`, citations: [], calculation: null };
}

function regionsCovered(corpus: Corpus): string {
  return [...jurisdictionsOf(corpus.documents)].join("、");
}

// "我在兴安盟" / "我是平凉的" / "大庆": the message only says where the user is.
// "那兴安盟呢" / "换成平凉" / "换到平凉算呢" / "假如我们公司开在乌兰浩特呢": the same, as a follow-up.
const ONLY_PLACE = /^(那|那么)?(换成|如果是|要是|如果|假如|换到)?(我们|咱们|我|本人|我家|咱|俺)?(公司|单位|企业|厂子|厂|店)?(在|是|来自|位于|属于|开在|设在|办在|注册在)?@(的)?(这边|这里|人|企业|公司|单位)?(的话)?(算|来算|计算|算的话)?(呢|的呢)?[，,。.!！]*(想问问?|咨询一下|问一下|请问)?(政策)?[，,。.!！?？]*$/;

/** True when a message, with its place names stood in by @, says nothing but where the user is. */
export function statesOnlyPlace(question: string, placeNames: string[]): boolean {
  if (!placeNames.length) return false;
  const masked = placeNames.reduce((q, name) => q.replaceAll(name, "@"), question).replace(/@+/g, "@");
  return ONLY_PLACE.test(masked);
}

/** greet: what the bot can do; region: the user said where they are; restart: the calculation was cleared. */
export function helpAnswer(corpus: Corpus, region: string | null, mode: "greet" | "region" | "restart" = "greet"): Answer {
  const ask = "请问您想了解哪项政策？也可以直接说明您的情况（如参保人数、招用人数、证书等级），我按文件条款为您计算。";
  if (mode === "region" && region) {
    const text = `好的，已记下您在${region}，之后按${region}适用的文件回答。${ask}`;
    return { intent: "help", region, text, citations: [], calculation: null };
  }
  if (mode === "restart") return { intent: "help", region, text: `好的，之前的情况已清空。${ask}`, citations: [], calculation: null };
  const text = [
    `您好！我是稳就业政策咨询助手，解答${regionsCovered(corpus)}的稳就业政策文件，每个回答都注明文件出处、条款原文和有效期。您可以问：`,
    "· 政策内容：“黑龙江的失业保险稳岗返还需要满足什么条件？”“兴安盟公益性岗位补贴最长能享受几年？”",
    "· 具体金额：“我们是平凉的小微企业，参保50人，去年裁员2人，缴失业保险10万元，稳岗返还能拿多少？”",
    "· 个人补贴：“我是黑龙江的脱贫人口，去浙江打工5个月，路费860元，交通补助给多少？”",
    "请尽量说明您所在的地区和具体情况，我会按文件条款为您计算。",
  ].join("\n");
  return { intent: "help", region, text, citations: [], calculation: null };
}

/** `elsewhere`: places the question is about that no document covers. */
export function unknownAnswer(corpus: Corpus, region: string | null, elsewhere: string[] = []): Answer {
  const text = elsewhere.length
    ? `抱歉，我收录的稳就业政策文件只涉及${regionsCovered(corpus)}，没有${elsewhere.join("、")}的文件，无法回答当地的规定。请咨询${elsewhere[0]}人社部门或拨打12333。`
    : `抱歉，我收录的稳就业政策文件（${regionsCovered(corpus)}）中没有与这个问题相关的内容，无法给出可靠答复。${REFERRAL}。`;
  return { intent: "unknown", region, text, citations: [], calculation: null };
}

/** 2026年稳岗返还比例出了没: a year after the documents' last date — they cannot say what it brings. */
export function beyondAnswer(region: string | null, year: string, last: string, term?: string): Answer {
  const text = `收录的文件没有${year}年的${term ?? ""}规定：${term ?? "其中的政策"}最晚执行到${chineseDate(last)}，之后是否延续、标准是多少，文件没有写。${REFERRAL}。`;
  return { intent: "unknown", region, text, citations: [], calculation: null };
}

/** 审核到哪一步了: the documents set the rules; where one application stands, the office handling it knows. */
export function ownCaseAnswer(region: string | null): Answer {
  const text = `收录的文件是政策条文，查不到具体单位或个人的申请、审核和发放进度。请向受理申请的当地人社部门查询，或拨打12333。`;
  return { intent: "unknown", region, text, citations: [], calculation: null };
}

/** Facts with no question and no rule they point to: noted, and the user asked what they want to know. */
export function acknowledgeAnswer(vocab: Vocabulary, reading: SlotReading, region: string | null): Answer {
  const noted = notedFacts(vocab, reading) || "已记下您的情况。";
  const doubted = reading.invalid.length ? `${reading.invalid.join("；")}，请核对后重新告诉我。` : "";
  return { intent: "clarify", region, text: `${noted}${doubted}请问您想了解哪项补贴或政策？例如稳岗返还、吸纳就业补贴、交通补助，我按文件条款为您计算。`, citations: [], calculation: null };
}

/** 没帮上忙 / 👎: the answer it is about went to the hotline's staff (`kept`), or no recent answer was found to attach it to. */
export function unhelpfulAnswer(region: string | null, kept: boolean): Answer {
  const text = kept
    ? `抱歉没能帮上忙。您的问题已转给热线工作人员核实，我们会据此完善答复。${REFERRAL}。`
    : `抱歉没能帮上忙。请把您的问题连同所在地区和政策名称再说一遍，我再为您查找；${REFERRAL}。`;
  return { intent: "help", region, text, citations: [], calculation: null };
}

// A figure asked of a policy the documents name but give no figure for (创业担保贷款最多能贷多少,
// 失业保险金最长能领几个月): the clauses found speak of the policy, yet none states a sum or a time
// for it, so quoting them as the answer would mislead. Told apart by the figures the clauses hold,
// read with the same quantity reader as the user's messages, not by listed questions.
import type { Corpus } from "../knowledge/corpus.js";
import { normalize } from "../knowledge/text.js";
import type { Answer } from "./answer.js";
import { readQuantities, type QuantityType } from "./understand/quantities.js";
import { vocabularyOf, type AskKind } from "./understand/vocabulary.js";

/** What each way of asking for a figure wants, and how the answer names it when it is missing. */
const ASKED: Partial<Record<AskKind, { types: QuantityType[]; what: string }>> = {
  // 能贷多少钱 / 还能领几次
  amount: { types: ["money", "percent", "times"], what: "金额" },
  // 标准 is any norm the clause sets: a sum, a share, a number of times or a time limit.
  standard: { types: ["money", "percent", "times", "months", "days", "count"], what: "标准" },
  duration: { types: ["months", "days"], what: "期限" },
};

/** 多少次 / 几回: a number of times asked. */
const TIMES_ASKED = /(?:多少|几)[次回]/;

/** 多少钱: a sum of money, or the share it is computed by. */
const SUM: QuantityType[] = ["money", "percent"];

/** The figures a question asks for, first the one it names; null when it asks anything else too. */
function figuresAsked(asks: ReadonlySet<AskKind>): Array<{ types: QuantityType[]; what: string }> | null {
  const wanted = [...asks].map((k) => ASKED[k]);
  return wanted.length && wanted.every((w) => w) ? (wanted as Array<{ types: QuantityType[]; what: string }>) : null;
}

/**
 * 一个月工资能拿多少 / 一人能拿多少钱: whatever the way of asking, a sum — unless a time or a share is
 * asked; 创业补贴按啥标准给: the standard of a subsidy (`money_terms`) is a sum too.
 */
function asksSum(corpus: Corpus, question: string, asks: ReadonlySet<AskKind>, term?: string): boolean {
  const { money_words, money_terms, share_words } = vocabularyOf(corpus).dialogue;
  // (一年可以享受多少次 asks a number of times: not a sum.)
  const ofSubsidy = term !== undefined && asks.size === 1 && asks.has("standard") && !TIMES_ASKED.test(question) && money_terms.some((w) => term.endsWith(w));
  return (ofSubsidy || money_words.some((w) => question.includes(w))) && !share_words.some((w) => question.includes(w)) && !asks.has("duration");
}

/** What the question asks for when it asks only for figures (金额, 标准, 期限), else null. */
export function figureAsked(corpus: Corpus, question: string, asks: ReadonlySet<AskKind>): string | null {
  const first = figuresAsked(asks)?.[0]?.what ?? null;
  return first && asksSum(corpus, question, asks) ? ASKED.amount!.what : first;
}

const SENTENCE = /[。；;]/;
const PART = /[，,：:]/;

/**
 * A figure said of `term`: in a sentence naming it, in the term's part or after it (the topic comes
 * first, the figure in what is said of it: 创业担保贷款借款人……，期限原则上不超过1年). A figure
 * before the term is of something else (缴费1年以上……，包括已领取失业保险金对应的缴费年限).
 */
function saidOf(text: string, term: string, hasFigure: (text: string) => boolean): boolean {
  return text.split(SENTENCE).some((sentence) => {
    const parts = sentence.split(PART);
    const at = parts.findIndex((p) => p.includes(term));
    return at >= 0 && parts.slice(at).some(hasFigure);
  });
}

/**
 * A figure in a clause about `term`: in a sentence naming it or naming no policy — not in a sentence
 * of other policies only (the clause of 技能提升补贴 also sets 鉴定评价补贴's 150–500元).
 */
function inClauseOf(corpus: Corpus, text: string, term: string, hasFigure: (text: string) => boolean): boolean {
  return text.split(SENTENCE).some((sentence) => {
    const names = corpus.terms.exactNames(normalize(sentence));
    return (!names.length || names.some((r) => r.meaning === term)) && hasFigure(sentence);
  });
}

/**
 * The figure the question asks of `term` that no cited clause states, named (金额, 期限); null when
 * one does, or when the question asks anything besides a figure. A clause states it when a figure
 * is said of the term, or anywhere in a clause about the term: its heading or opening words name it,
 * or (`own`) it is the clause of the term's rule. With no term (省级创业带动就业扶持资金补助具体能给多少钱,
 * naming no policy of the rules), only a sum asked is, of the clause found first.
 */
export function unstatedFigure(corpus: Corpus, question: string, term: string | undefined, asks: ReadonlySet<AskKind>, answer: Answer, own: boolean, requirement = false): string | null {
  const wanted = figuresAsked(asks);
  if (!wanted) return null;
  // (Of a policy the rules compute, its standard is what its parameters set — 1年以上, 3次 — not only a sum.)
  const sum = asksSum(corpus, question, asks, own ? undefined : term);
  const types = new Set<QuantityType>(sum ? SUM : wanted.flatMap((w) => w!.types));
  // (最晚多长时间内要申请: a time a condition sets as a least, 参保1年以上, is no limit of time — unless
  // that condition's time is what is asked, `requirement`: 要交多久社保才给.)
  const limit = asks.has("duration") && !requirement;
  // (Clause text keeps the document's full-width figures, ６个月: read as the user's are.)
  const hasFigure = (text: string) => readQuantities(normalize(text)).some((q) => types.has(q.type) && !(limit && q.approx === "atLeast"));
  if (term === undefined) {
    const first = answer.citations[0];
    // (每人每月补多少钱: a sum asked, whether as an amount or as a standard.)
    if (!sum || !first) return null;
    // (基础养老金最低标准提到多少钱: a sum said of the question's own subject — its longest word the clause has — not of another measure beside it.)
    const key = corpus.index.coverage(question).words.filter((w) => w.length >= 3 && first.text.includes(w)).sort((a, b) => b.length - a.length)[0];
    return (key ? saidOf(first.text, key, hasFigure) : hasFigure(first.text)) ? null : ASKED.amount!.what;
  }
  const states = answer.citations.some((c) => {
    const clause = corpus.clause(c.docId, c.clause)?.clause;
    const subject = clause?.heading ?? c.text.split(/[，,。；;]/)[0]!;
    if (own || subject.includes(term)) return inClauseOf(corpus, c.text, term, hasFigure);
    // (合同得签多长: a condition's time comes before the policy it is a condition of — 签订1年以上劳动合同的，给予200元就业创业服务补助.)
    return requirement ? c.text.split(SENTENCE).some((sentence) => sentence.includes(term) && hasFigure(sentence)) : saidOf(c.text, term, hasFigure);
  });
  return states ? null : sum ? ASKED.amount!.what : wanted[0]!.what;
}

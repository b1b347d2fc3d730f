// "What does the policy say": the clauses that answer a question, quoted, with source and validity.
import { policiesStatedIn } from "../calculators/registry.js";
import type { Corpus } from "../knowledge/corpus.js";
import type { SearchHit } from "../knowledge/search.js";
import { normalize } from "../knowledge/text.js";
import type { Answer } from "./answer.js";
import { citationOf, joinSentences, readRow, REFERRAL, sourceLine, validitySentence } from "./compose.js";
import { regionOf, type Scope } from "./scope.js";
import { asksIn } from "./understand/interpret.js";
import { readQuantities } from "./understand/quantities.js";
import { vocabularyOf, type AskKind } from "./understand/vocabulary.js";

/** Below this share of its topical words found in a clause, a question is not answered from that clause. */
const FLOOR_ON_TOPIC = 0.3;
const FLOOR_OFF_TOPIC = 0.5;
/** Other regions' clauses scoring within this ratio of the best are the same rule in another place. */
const SAME_RULE_RATIO = 0.7;
export const MAX_CITATIONS = 3;
/** A second sentence scoring at least this share of the best is quoted too. */
const CLOSE_SECOND = 0.8;

/** The question without the place names that only chose the documents (they would match noise). */
const topicalOf = (question: string, scope: Scope) => scope.selectors.reduce((q, name) => q.replaceAll(name, " "), question);

export function searchScope(corpus: Corpus, question: string, scope: Scope): SearchHit[] {
  const hits = corpus.index.search(topicalOf(question, scope), {
    // An open scope is every document: no filter to apply.
    ...(scope.open ? {} : { docIds: new Set(scope.documents.map((d) => d.id)) }),
    notTopical: scope.mentioned,
    limit: 12,
  });
  const ordered = combiningFirst(corpus, question, specificFirst(corpus, question, hits));
  // (全省合计多少: a total is not the row of the place the user is in — unless the question names that place.)
  const total = vocabularyOf(corpus).patterns.total.test(question) && ![...scope.mentioned, ...scope.selectors].some((p) => question.includes(p));
  return total ? ordered : placeRowFirst(scope, ordered);
}

/** `hit` first, then the others (a hit of another search counts as its clause). */
const leading = (hit: SearchHit, hits: readonly SearchHit[]): SearchHit[] => [hit, ...hits.filter((h) => h.clause !== hit.clause)];

/** A table row keyed by the place asked about covering at least this share of what the best hit covers is what was asked. */
const ROW_SHARE = 0.75;

/**
 * 绥化分的务工目标任务多少: a place named that keys a row of a table on the subject asked (附件1:
 * 绥化 5.30) asks for that row, not for the clause setting the province's total.
 */
function placeRowFirst(scope: Scope, hits: SearchHit[]): SearchHit[] {
  const top = hits[0];
  const keyed = hits.find((h) => h.clause.row?.cells.some((cell) => [...scope.mentioned, ...scope.selectors].some((place) => place.startsWith(cell) && cell.length >= 2)));
  if (!top || !keyed || keyed === top || keyed.coverage < top.coverage * ROW_SHARE) return hits;
  return leading(keyed, hits);
}

/** Hits scoring at least this share of the best may be put first for naming the policy more specifically. */
const SPECIFIC_RATIO = 0.5;

/**
 * 大庆一次性创业补贴谁能领: among the clauses that name the policy asked about, the one of the most local
 * document (大庆 over 黑龙江), and then the one whose subject it is (named in its heading or first
 * sentence, not listed among others), comes first.
 */
function specificFirst(corpus: Corpus, question: string, hits: SearchHit[]): SearchHit[] {
  const top = hits[0];
  const terms = new Set(corpus.terms.policyNames(question).map((r) => r.meaning));
  if (!top || !terms.size) return hits;
  const words = corpus.terms.namesOf(terms);
  const depth = (h: SearchHit) => corpus.places.resolve(h.doc.jurisdiction)?.chain.length ?? 0;
  const subject = (h: SearchHit) => (words.some((w) => (h.clause.heading ?? h.clause.text.split("。")[0]!).includes(w)) ? 1 : 0);
  const naming = hits.filter((h) => h.score >= top.score * SPECIFIC_RATIO && words.some((w) => h.clause.text.includes(w)));
  if (!naming.length) return hits;
  const best = [...naming].sort((a, b) => depth(b) - depth(a) || subject(b) - subject(a) || b.score - a.score)[0]!;
  return best === top ? hits : leading(best, hits);
}

/**
 * 跟技能提升补贴能叠加不: whether two combine is what a clause saying so (不得重复享受) of the policy
 * named says — first among those scoring close, whatever clause names the policy most.
 */
function combiningFirst(corpus: Corpus, question: string, hits: SearchHit[]): SearchHit[] {
  const top = hits[0];
  const vocab = vocabularyOf(corpus);
  if (!top || !vocab.patterns.combineAsked.test(question)) return hits;
  const policies = corpus.terms.policyNames(question).map((r) => corpus.terms.namesOf([r.meaning]));
  const names = (h: SearchHit) => policies.every((words) => words.some((w) => h.clause.text.includes(w)));
  const says = hits.find((h) => h.score >= top.score * SPECIFIC_RATIO && vocab.patterns.combinationSays.test(normalize(h.clause.text)) && names(h));
  return says && says !== top ? leading(says, hits) : hits;
}

/** Coverage less than this above its floor: the clause is quoted, but the answer is marked unsure. */
const UNSURE_MARGIN = 0.2;

/** How surely the best hit answers the question: null when it covers too little to answer from it. */
export function confidence(corpus: Corpus, question: string, hits: SearchHit[]): "high" | "low" | null {
  const top = hits[0];
  if (!top) return null;
  const text = corpus.index.corrected(normalize(question));
  if (corpus.terms.isOutside(text)) return null;
  const floor = corpus.terms.isOnTopic(text) ? FLOOR_ON_TOPIC : FLOOR_OFF_TOPIC;
  if (top.coverage < floor) return null;
  return top.coverage < floor + UNSURE_MARGIN ? "low" : "high";
}

/** True when the best hit covers enough of the question to answer from it. */
export function confident(corpus: Corpus, question: string, hits: SearchHit[]): boolean {
  return confidence(corpus, question, hits) !== null;
}

/** Asking for a figure: the sentence with one near the question's words is quoted first. */
const QUANTITY_ASKS: readonly AskKind[] = ["amount", "standard", "duration", "count"];

/** The sentence of a clause that best answers the question (two when the best is only a heading, or when a second comes close). */
/** `focus`: the follow-up asked of the question before it — its own words choose among the clause's sentences first. */
function quote(corpus: Corpus, question: string, scope: Scope, hit: SearchHit, focus?: string): string {
  const row = readRow(hit.doc, hit.clause);
  if (row) return row;
  const { words, covered } = corpus.index.coverage(topicalOf(question, scope), scope.mentioned);
  const ownCovered = focus ? corpus.index.coverage(topicalOf(focus, scope), scope.mentioned).covered : () => 0;
  const vocab = vocabularyOf(corpus);
  const asks = asksIn(corpus, question, vocab);
  const asksQuantity = QUANTITY_ASKS.some((k) => asks.has(k));
  // 怎么申请: the sentence saying how (申请, 经办, 免申即享 …) before the one with the figures.
  const procedure = asks.has("procedure") ? vocab.patterns.procedureSays : null;
  // 两个能一块领不: the sentence on combining (不得重复享受).
  const combining = asks.has("combine") ? vocab.patterns.combinationSays : null;
  // For "how much": a figure standing next to one of the question's words (60%返还, 下调50%).
  const word = words.map(escape).join("|") || "$^"; // no words: a pattern that matches nothing
  const figureNear = new RegExp(`(?:${word})[^，。；]{0,4}\\d|\\d[%元万]?[^，。；\\d]{0,3}(?:${word})`);
  const sentences = corpus.index.sentences(hit.clause);
  const asksWho = asks.has("department");
  // (就业帮扶车间…宁夏过来的也算不: whether a kind is covered, of a clause on several measures — the sentence naming the policy.)
  const policyWords = vocab.patterns.kindAsked.test(question) ? corpus.terms.namesOf(corpus.terms.policyNames(normalize(question)).map((r) => r.meaning)) : [];
  const asksWhen = asks.has("when");
  // (大庆一次性创业补贴补多少: of a question naming a policy, a sentence naming only others — 合作社's 1000元奖补 — is
  // another subject: neither quoted first nor joined to the sentence that is.)
  const named = (text: string) => new Set(corpus.terms.exactNames(normalize(text)).map((r) => r.meaning));
  const asked = named(question);
  // (裁员率按照…之比确定, naming 失业保险金 in passing: a sentence opening with a word of the question is about it, whatever it names later.)
  const opensWithAsked = (norm: string) => words.some((w) => w.length >= 2 && norm.startsWith(w));
  const otherSubject = (text: string, also: ReadonlySet<string> = new Set()) => {
    const theirs = named(text);
    return asked.size > 0 && theirs.size > 0 && [...theirs].every((m) => !asked.has(m) && !also.has(m)) && !opensWithAsked(normalize(text));
  };
  const scored = sentences.map(({ text, norm }, i) => {
    // 〔省人社厅牵头…按职责分工负责〕 says who carries it out: quoted only when that is asked.
    if (!asksWho && IN_CHARGE.test(text) && text.replace(IN_CHARGE, "").trim().length < 4) return { text, i, score: -1 };
    let score = covered(norm) + FOCUS_WEIGHT * ownCovered(norm);
    if (asksQuantity && /\d/.test(text)) score += 0.1;
    if (asksQuantity && figureNear.test(norm)) score += 0.3;
    if (procedure?.test(norm)) score += 0.3;
    if (combining?.test(norm)) score += 0.3;
    if (policyWords.some((w) => text.includes(w))) score += 0.2;
    // 多久能办下来 / 啥时候发: the sentence stating a time (2个工作日内, 10月底前). (How long, 几年, is a quantity.)
    if (asksWhen && statesWhen(norm)) score += 0.3;
    if (otherSubject(text)) score -= 0.3;
    return { text, i, score };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.i - b.i);
  const best = ranked[0]!;
  // 哪几个部门负责: the measure's sentence, and the bracket naming who carries it out.
  const inCharge = asksWho ? scored.find((s) => s !== best && IN_CHARGE.test(s.text)) : undefined;
  if (inCharge && !IN_CHARGE.test(best.text)) return joinSentences([best, inCharge]);
  const next = sentences[best.i + 1];
  if (best.text.length < 16 && next) return `${best.text}${next.text}`; // a heading: read on
  // A close second (the condition and the figure are often two sentences): both, in document order.
  const second = ranked[1];
  if (second && best.score > 0 && second.score >= best.score * CLOSE_SECOND && !otherSubject(second.text, named(best.text))) {
    return joinSentences([best, second]);
  }
  return best.text;
}

/**
 * 宁夏过来的脱贫户也算不 / 社会组织也能享受吗: whether another kind is covered is what the clause just
 * quoted says of whom it covers — unless a clause found names that kind far better (以单位形式参保的个体工商户).
 */
export function kindAnswer(corpus: Corpus, query: string, scope: Scope, quoted: readonly SearchHit[], today: string): Answer | null {
  const hits = searchScope(corpus, query, scope);
  const best = hits[0];
  const close = quoted.map((q) => hits.find((h) => h.clause === q.clause) ?? { ...q, score: 0 }).filter((q) => !best || q.score >= best.score * SPECIFIC_RATIO);
  const chosen = close.length ? [...close, ...hits.filter((h) => !close.some((c) => c.clause === h.clause))] : hits;
  return chosen.length ? lookupAnswer(corpus, query, scope, chosen, today) : null;
}

/** A month of the year something is done by (10月底前, 6月份) — not a dated period's end (截至2023年12月31日). */
const DATE = /(?<![\d年])\d{1,2}月(?:底|份|前|末)/;
/** A normalised text stating when: a limit (2个工作日内) or a date (10月底前) — not a time a condition sets (稳定就业3个月以上). */
const statesWhen = (norm: string) => readQuantities(norm).some((q) => (q.type === "days" || q.type === "months") && q.approx === "within") || DATE.test(norm);

/** What a normalised text must state to answer how long (5个工作日内), when (10月底前) or how many times (最多不超过三次). */
const STATES: ReadonlyArray<[AskKind, (norm: string) => boolean]> = [
  ["duration", (norm) => readQuantities(norm).some((q) => q.type === "months" || q.type === "days")],
  ["when", statesWhen],
  ["count", (norm) => readQuantities(norm).some((q) => q.type === "times")],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");


/** Hits to cite: the best, and where the region is unknown, the same rule in other regions. */
function pickHits(hits: SearchHit[], scope: Scope): SearchHit[] {
  const top = hits[0]!;
  if (!scope.open) return hits.slice(0, MAX_CITATIONS);
  const perRegion = new Map<string, SearchHit>();
  for (const h of hits) {
    if (h.score < top.score * SAME_RULE_RATIO) break;
    if (!perRegion.has(h.doc.jurisdiction)) perRegion.set(h.doc.jurisdiction, h);
  }
  if (perRegion.size < 2) return hits.slice(0, MAX_CITATIONS);
  return [...perRegion.values()].slice(0, MAX_CITATIONS);
}

/** How much more a follow-up's own words weigh in choosing the sentence than the question it is asked of. */
const FOCUS_WEIGHT = 1;

/**
 * `askRegion`: end a several-regions answer by asking where the user is (not when that is known);
 * `focus`: the follow-up, when `question` is it asked of the look-up before.
 */
export function lookupAnswer(corpus: Corpus, question: string, scope: Scope, hits: SearchHit[], today: string, { askRegion = true, focus }: { askRegion?: boolean; focus?: string } = {}): Answer {
  const chosen = pickHits(hits, scope);
  const regions = new Set(chosen.map((h) => h.doc.jurisdiction));
  const citations = chosen.map((h) => citationOf(h.doc, h.clause, today));
  let text: string;
  if (scope.open && regions.size > 1) {
    const parts = chosen.map(
      (h, i) =>
        `【${h.doc.jurisdiction}】“${quote(corpus, question, scope, h, focus)}”\n出处：${sourceLine(citations[i]!)}。${validitySentence(h.doc, h.clause, today)}`,
    );
    text = `各地的规定不同：\n${parts.join("\n")}${askRegion ? "\n告诉我您所在的地区，我只给出当地的规定。" : ""}`;
  } else {
    const top = chosen[0]!;
    const where = regionOf(scope, top.doc.jurisdiction);
    const applies = where && where !== top.doc.jurisdiction ? `${top.doc.jurisdiction}（含${where}）` : top.doc.jurisdiction;
    text =
      `${applies}的规定：“${quote(corpus, question, scope, top, focus)}”\n` +
      `出处：${sourceLine(citations[0]!)}。\n` +
      validitySentence(top.doc, top.clause, today);
  }
  return {
    intent: "lookup",
    region: regionOf(scope, regions.size === 1 ? [...regions][0]! : null),
    text,
    citations,
    calculation: null,
  };
}

/** A question's own informative words found in a clause below this share: the clause does not say. */
const OWN_WORDS_FLOOR = 0.3;

/** 〔省人社厅牵头，省财政厅等按职责分工负责〕: who carries a measure out, as the document says it. */
const IN_CHARGE = /[〔（(][^〔〕（）()]*(?:牵头|负责)[^〔〕（）()]*[〕）)]/;
/** A sentence stating the measure's period (政策实施期限截至…), or the day it starts (2023年6月1日起). */
const PERIOD = /截至|截止|期限|延长至|执行至|\d{4}年\d{1,2}月\d{1,2}日起/;

/** The clause of a hit's document that states the dates the hit's clause has, if another one does. */
function datesStatedIn(hit: SearchHit): SearchHit | null {
  const { clause, doc } = hit;
  if (!clause.endsOn || PERIOD.test(clause.text)) return null;
  const stating = doc.clauses.find((c) => c.endsOn === clause.endsOn && PERIOD.test(c.text));
  return stating ? { ...hit, clause: stating } : null;
}

/** The words of a hit's clause that match a pattern, as a lookup answer; null when it has none. */
function answerFrom(corpus: Corpus, scope: Scope, hit: SearchHit, today: string, pattern: RegExp, say: (found: string) => string): Answer | null {
  const sentence = corpus.index.sentences(hit.clause).find((x) => pattern.test(x.text) && x.text !== hit.clause.heading);
  const found = sentence?.text.match(pattern)?.[0];
  if (!sentence || !found) return null;
  const citation = citationOf(hit.doc, hit.clause, today);
  const said = say(found);
  // (The validity once: not again when what is said is the validity.)
  const validity = validitySentence(hit.doc, hit.clause, today);
  return {
    intent: "lookup",
    region: regionOf(scope, hit.doc.jurisdiction),
    text: `${said}\n原文：“${sentence.text}”\n出处：${sourceLine(citation)}。${said.includes(validity) ? "" : `\n${validity}`}`,
    citations: [citation],
    calculation: null,
  };
}

/** The documents do not say what was asked about a policy: say so, and where to ask. */
function notStated(scope: Scope, term: string): Answer {
  return { intent: "unknown", region: scope.places[0]?.name ?? null, text: `收录的文件中关于${term}的规定没有写明这一点。${REFERRAL}。`, citations: [], calculation: null };
}

/**
 * A follow-up about the policy just discussed (这个钱要申请吗, 什么时候截止, 归哪个部门管): the
 * policy's clauses, searched with its name; until when it runs and who is in charge are read from its
 * own clause. When they do not say what is asked, the answer says so and where to ask.
 */
export function topicAnswer(
  corpus: Corpus,
  question: string,
  term: string,
  scope: Scope,
  today: string,
  asks: ReadonlySet<string> = new Set(),
  cited: ReadonlyArray<{ docId: string; clause: string }> = [],
  kindAsked = false,
): Answer {
  // 那这个到什么时候截止: the clause just quoted about the policy, before any other that names it.
  // (企业招登记失业半年以上的人给吸纳就业补贴，哪些部门负责: the clause of what the question says of it.)
  const named = searchScope(corpus, `${term} ${question}`, scope);
  const found = named.find((h) => cited.some((c) => c.docId === h.doc.id && c.clause === h.clause.label)) ?? named[0];
  if (kindAsked && found) return kindAnswer(corpus, `${term} ${question}`, scope, [found], today)!;
  // Until when: from the clause that states the dates, when the policy's own clause takes them from
  // its document's 执行期限 section.
  const own = found && asks.has("validity") ? (datesStatedIn(found) ?? found) : found;
  // 截止日期和牵头部门: both asked, both answered — the period, then who is in charge.
  const inCharge = (from: SearchHit) => {
    const stating = [from, ...named.slice(0, MAX_CITATIONS)].find((h) => IN_CHARGE.test(h.clause.text)) ?? from;
    return answerFrom(corpus, scope, stating, today, IN_CHARGE, (said) => `${stating.doc.jurisdiction}的${term}，文件写明的分工是：${said}。`);
  };
  if (own && asks.has("validity") && asks.has("department")) {
    const period = topicAnswer(corpus, question, term, scope, today, new Set([...asks].filter((k) => k !== "department")), cited);
    const who = inCharge(own);
    if (!who || period.intent !== "lookup") return period;
    // (The validity and the source are said once.)
    const added = who.text.split("\n").filter((line) => !period.text.includes(line)).join("\n");
    return { ...period, text: `${period.text}\n${added}`, citations: [...period.citations, ...who.citations.filter((c) => !period.citations.some((p) => p.docId === c.docId && p.clause === c.clause))].slice(0, MAX_CITATIONS) };
  }
  if (own && asks.has("validity")) {
    // (2023年5月1日起…延长至2024年底, asked 到啥时候结束: the end, unless the start is what is asked.)
    const startAsked = vocabularyOf(corpus).patterns.starts.test(question) || !own.clause.endsOn;
    const period = answerFrom(corpus, scope, own, today, PERIOD, (found) => `${own.doc.jurisdiction}的${term}：${found.endsWith("起") && startAsked ? `${found}执行。` : validitySentence(own.doc, own.clause, today)}`);
    const citation = citationOf(own.doc, own.clause, today);
    // No date in the clause or its document: the documents do not say, and the answer says so.
    const unstated = !own.clause.endsOn && !own.clause.startsOn;
    return (
      period ?? {
        intent: unstated ? "unknown" : "lookup",
        region: regionOf(scope, own.doc.jurisdiction),
        text: `${own.doc.jurisdiction}的${term}：${validitySentence(own.doc, own.clause, today)}\n出处：${sourceLine(citation)}。`,
        citations: [citation],
        calculation: null,
      }
    );
  }
  // The policy's best clause that says who carries it out (the first one may not).
  if (own && asks.has("department")) return inCharge(own) ?? notStated(scope, term);
  const query = `${term} ${question}`;
  const hits = searchScope(corpus, query, scope);
  const top = hits[0];
  const words = corpus.index.coverage(question, scope.mentioned);
  // (评上了给钱不: whether it pays, in words no clause uses — the policy is asked about as a whole;
  // 几月份到账 asks for a particular the clause must state.)
  const asWhole = !words.words.some((w) => corpus.index.uses(w)) && (asks.has("amount") || asks.has("eligibility")) && !asks.has("when");
  // (几月份到手: when is said by a limit or a date, not by the words of paying.)
  const whenOnly = asks.has("when") && !asks.has("duration");
  const says = top && confident(corpus, query, hits) && (!whenOnly || statesWhen(normalize(top.clause.text))) && (asWhole || words.words.length === 0 || words.covered(corpus.index.clauseText(top.clause)) >= OWN_WORDS_FLOOR);
  if (says) return lookupAnswer(corpus, query, scope, hits, today);
  // Of the clause just quoted: 得带哪些材料, how to apply, when it says how (无需申请, 免申即享 — not when 几月份到账 asks
  // when); 两个能一块领不, whether it combines, when it says so (不得重复享受); 签一年合同就行吗, on what terms.
  const { procedureSays, combinationSays } = vocabularyOf(corpus).patterns;
  const saysHow = (pattern: RegExp) => found && pattern.test(normalize(found.clause.text));
  if (found && ((asks.has("procedure") && !whenOnly && saysHow(procedureSays)) || (asks.has("combine") && saysHow(combinationSays)) || asks.has("condition"))) return lookupAnswer(corpus, query, scope, leading(found, hits), today);
  // 从申请到钱放下来得多久 / 啥时候能发 / 一年能领几回: how long, when or how many times, of the policy, is answered
  // by its clause that states a time (5个工作日内, 10月底前) or a number of times (最多不超过三次).
  const states = STATES.find(([kind]) => asks.has(kind))?.[1];
  // (A time said of another measure of the clause, 服务事项…2个工作日内办结, is not the policy's: the sentence names it,
  // or the clause is about it and the sentence names no other policy. A limit on times, 每人每年…不超过三次, is said
  // of the measure as a whole: in the clause whose figures the policy's rule reads, too.)
  const names = corpus.terms.namesOf([term]);
  const ruleReads = (h: SearchHit) => asks.has("count") && policiesStatedIn(corpus.parameters, h.doc.id, h.clause.label).some((p) => p.term === term);
  const about = (h: SearchHit) => names.some((n) => (h.clause.heading ?? h.clause.text.split("。")[0]!).includes(n)) || ruleReads(h);
  const ofTerm = (h: SearchHit, says: (text: string) => boolean) =>
    corpus.index.sentences(h.clause).some(({ text, norm }) => says(norm) && (names.some((n) => text.includes(n)) || (about(h) && !corpus.terms.exactNames(norm).length)));
  const timed = states && top && confident(corpus, query, hits) ? hits.slice(0, MAX_CITATIONS).find((h) => ofTerm(h, states)) : undefined;
  return timed ? lookupAnswer(corpus, query, scope, leading(timed, hits), today) : notStated(scope, term);
}

// The one routing decision: what a message is, given what it says (interpret) and where the
// conversation stands. Reads no raw text. The order of the branches below is the precedence.
import type { Rule } from "../calculators/rule.js";
import { groupsFor } from "./calculate.js";
import { FactsSchema, type FactKey } from "../calculators/facts.js";
import { DECIDED_FROM } from "./understand/derive.js";
import { slotsOf, type Understanding } from "./understand/interpret.js";

export interface ConversationState {
  /** The calculation under way. */
  active: Rule | undefined;
  /** The policy last discussed (a term of corpus/terms.yaml): follow-ups without a name are about it. */
  topic: string | null;
  /** The rule of that policy, if it has one. */
  topicRule: Rule | undefined;
  /** The bot asked which fact a figure was (参保人数，还是裁员人数？). */
  confirming: boolean;
  /** The policies the last screening listed, in its numbering (第二项 is the second); null with no screening. */
  screening: ReadonlyArray<{ rule: Rule; named?: string }> | null;
  /** Facts of the user's are known from earlier turns (noted, or of a calculation). */
  known: boolean;
  /** The rules the bot just asked the user to choose between. */
  offered: readonly Rule[];
  /** The last answer was a look-up: a question of another kind (…的算不算) is asked of what it quoted. */
  lookedUp: boolean;
  /** A subsidy the user said they already had (单位已经帮我申请了技能提升补贴), or null. */
  had: string | null;
}

export interface Where {
  /** Places the question is about that no document covers (北京), with no place of the corpus named. */
  uncovered: boolean;
  /** The message started over (重新算) and said nothing else. */
  restartOnly: boolean;
  /** How many places of the corpus the message names (黑龙江和平凉: 2). */
  placesNamed: number;
  /** The year asked about (2026年稳岗返还) starts after the last date any document in scope runs to. */
  beyond: boolean;
}

export type Decision =
  | { kind: "restart" }
  | { kind: "uncovered" }
  | { kind: "beyond" }
  | { kind: "outside" }
  | { kind: "ownCase" }
  | { kind: "help" }
  | { kind: "compare"; rule: Rule }
  | { kind: "screen" }
  | { kind: "continue"; rule: Rule }
  | { kind: "item"; rule: Rule; named?: string | undefined }
  | { kind: "thanks" }
  | { kind: "place" }
  | { kind: "start"; rule: Rule }
  | { kind: "which"; rules: Rule[] }
  | { kind: "topic"; term: string }
  | { kind: "acknowledge" }
  | { kind: "lookup"; topic: string | null };

/** Characters a statement has at least (好的 / 明白了 only acknowledge). */
const STATEMENT = 5;

/** The message gives facts of the rule under way (or answers its question, or follows up on it). */
function continues(u: Understanding, s: ConversationState, rule: Rule): boolean {
  // Another policy named in a question is a new question (那见习补贴呢); named among facts it is a
  // fact's words (裁了5个，都符合领失业金条件).
  const other = u.named.some((r) => r !== rule);
  if (other && u.question) return false;
  const slots = slotsOf(rule);
  const r = u.reading;
  const gives =
    givesFactsOf(u, rule) ||
    groupsFor(rule, r.groups).length > 0 ||
    r.unplaced.some((p) => p.candidates.length > 0) ||
    r.invalid.length > 0 ||
    Object.keys(r.changes).some((k) => slots.has(k as never)) ||
    (s.confirming && r.mentioned.some((m) => slots.has(m)));
  if (gives) return true;
  if (other) return false;
  // 要是市里按顶格上浮呢: a what-if in words of the rule's own question (上浮), with no asking word — the same calculation.
  // (听说能上浮？: asked as a question of its own, not of how or who.)
  if ((u.followup || !ABOUT_THE_RULE.some((k) => u.asks.has(k))) && u.question && !u.names.length && [...u.questionSlots].some((k) => slots.has(k))) return true;
  // (合同得签多长: what the rule requires, asked of no case of the user's — its clause, not the calculation again.)
  if (u.asksRequirement && !u.situated && !u.stated) return false;
  // 留几个还没定呢: the fact asked for is not known yet — the calculation waits, asking for it again.
  if (u.unsure && !ABOUT_THE_RULE.some((k) => u.asks.has(k))) return true;
  // Facts alone, none of them this rule's (佳木斯的，失业三个月了): noted, and the missing fact asked again.
  if (u.stated && !u.question) return true;
  // 签了劳动合同: a fact of the rule named, with no figure and no question — more of the same conversation.
  if (!u.question && r.mentioned.some((m) => slots.has(m))) return true;
  // 工商登记早就办了: a statement of the user's situation the rules have no fact for — the answer stands, said again.
  if (!u.question && !u.names.length && !u.thanks && !u.help && u.text.length >= STATEMENT) return true;
  if (u.placeOnly) return true; // the region it was waiting for
  // 返还的钱用途有规定吗: with no fact given, a question about the rule itself is not the calculation again.
  if (ABOUT_THE_RULE.some((k) => u.asks.has(k))) return false;
  // 稳岗返还多少 again, or 那能领多少 / 能补多少路费 / 那单位每个月得交多少 naming no other policy: the same calculation.
  return asksFigure(u) && (u.named.includes(rule) || !u.names.length);
}

/**
 * A calculation is asked for: facts with figures; facts of the user's own with an amount or
 * eligibility question; or facts stated with no question at all (a turn of facts).
 */
function calculating(u: Understanding): boolean {
  const wantsFigure = u.asks.has("amount") || u.asks.has("duration") || u.asks.has("eligibility");
  const onlyHow = ABOUT_THE_RULE.some((k) => u.asks.has(k)) && !wantsFigure;
  if (onlyHow) return false;
  // 要在外省干几个月才能领: what the rule requires, not the user's own case.
  if (u.asksRequirement && !u.situated) return false;
  // 开发多少个见习岗位: a count the plan sets out (its 发多少 is no amount asked), unless the user gives figures.
  if (u.asks.has("count") && !u.figures) return false;
  // 招了个登记失业半年多的，签了一年合同，有补贴吗: whether there is one at all — of the one policy the facts
  // point to (its figures, unless the facts decide it), else what the documents say.
  if (u.asksExists) return u.ranked.length === 1;
  if (u.figures) return true;
  // 公益性岗位安置就业困难人员: a policy and whom it is for, no question and nothing of the user's — a subject to look up.
  if (!u.question && !u.situated && !u.noted && u.named.length > 0) return false;
  // 招社区工作者，对高校毕业生有没有倾斜: a fact in passing, the question about something the rules do not compute.
  if (!u.named.length && u.otherSubject) return false;
  // 我上个月被辞了，失业金一个月给多少 / 失业金一个月能领多少: their own amount, a share of a sum of theirs that is asked for.
  if (u.named.length > 0 && u.asks.has("standard") && u.needsOwnSum && (u.situated || u.noted || u.receives)) return true;
  // 标准是多少 / 一天多少钱, with no figure of the user's own: what the rule says, from its clause.
  if (u.asks.has("standard") && !u.situated && !u.noted) return false;
  // 稳岗返还能返多少: the facts it is computed from are asked for; 扩岗补助给多少: its standard is the answer.
  if (u.named.length > 0 && u.asks.has("amount")) return !u.standardOnly;
  // Facts with an amount or a time asked, the user's own facts with eligibility asked, or facts alone.
  // (…, or facts noted before and an amount or eligibility asked now: 家里是建档立卡户 … 找工作有没有补贴，能给多少.)
  return (u.stated && (u.asks.has("amount") || u.asks.has("duration") || (u.situated && wantsFigure) || !u.question)) || (u.noted && wantsFigure);
}

/** Questions about a rule itself, not about an amount: how, when, until when, who, which, on what conditions. */
export const ABOUT_THE_RULE = ["procedure", "when", "validity", "department", "what", "condition"] as const;

/** A figure of the rule is asked: an amount, a time, whether it pays, or its standard. */
const asksFigure = (u: Understanding) => (["amount", "duration", "eligibility", "standard"] as const).some((k) => u.asks.has(k));

/** How many facts of the message a rule reads, in their own words or in words they follow from (建档立卡户家 → 困难家庭). */
function fit(u: Understanding, rule: Rule): number {
  const slots = slotsOf(rule);
  const r = u.reading;
  const inGroups = r.groups.flatMap((g) => ["people", ...Object.keys(g.values)]);
  // (招了, 每人每月 point to rules, not facts a rule reads of the user: they do not make one fit better.)
  const said = new Set([...Object.keys(r.values).filter((k) => !u.questionSlots.has(k as never)), ...r.approximate.map((a) => a.slot), ...inGroups]);
  // A fact decided from words already counted (证书等级 → 取得证书) is not counted again.
  const derived = Object.keys(u.derived).filter((k) => !said.has(k) && !u.questionSlots.has(k as never) && !(DECIDED_FROM[k as FactKey] ?? []).some((f) => said.has(f) && f in FactsSchema.shape));
  return [...said, ...derived].filter((k) => slots.has(k as never)).length;
}
const givesFactsOf = (u: Understanding, rule: Rule) => fit(u, rule) > 0;

/**
 * Precedence, first match wins:
 *  1. restart — 重新算 and nothing else
 *  2. uncovered — a place no document covers
 *     beyond — a year written out after every end date of the documents in scope (2026年稳岗返还比例出了没)
 *  3. help — a greeting or "what can you do"
 *     ownCase — where the user's own application stands (审核到哪一步了): no document says, even mid-calculation
 *     outside — a topic the documents do not cover (月薪8000交多少个税), even with facts, unless a
 *     calculation is under way
 *     compare — how regions differ (对比, 有什么不同) on one policy (named, or the one discussed), for
 *     two places named or every region (各地, 三个地方)
 *     screen — what applies to the user's situation (能享受哪些政策, 一共能拿多少), naming no policy, with
 *     facts of theirs (now or before); not when it continues a calculation of one policy under way
 *  4. continue — the calculation under way gets facts, an answer to its question, or its region
 *     item — after a screening, one policy of its list (第二项怎么算的, 那吸纳就业补贴呢): its calculation
 *     over the facts given; screen — facts, an answer to its question or its region: screened again
 *  5. thanks — 谢谢 / 好的
 *  6. place — the message only says where the user is
 *  7. start — the message gives facts of the policy last discussed, naming none (稳岗返还怎么申请 →
 *     我们参保50人…), unless they fit another rule better
 *  8. start / which — a calculation is asked for and one rule (or several) fits
 *  9. topic — a follow-up about the policy just discussed, naming none (这个钱要申请吗), or until when
 *     one policy named runs or who is in charge of it (扩岗补助什么时候截止, 稳岗返还哪个部门负责):
 *     answered from that policy's own clause
 * 10. acknowledge — facts with no question and no rule they fit
 * 11. lookup — what the documents say (with the topic to fall back on)
 */
export function decide(u: Understanding, s: ConversationState, where: Where): Decision {
  if (where.restartOnly) return { kind: "restart" };
  if (where.uncovered && !u.help) return { kind: "uncovered" };
  if (where.beyond && !u.help) return { kind: "beyond" };
  if (u.help) return { kind: "help" };
  if (u.ownCase) return { kind: "ownCase" };
  if (u.outside && !s.active) return { kind: "outside" };
  const compared = u.named.length === 1 ? u.named[0] : u.names.length ? undefined : (s.active ?? s.topicRule);
  if (u.comparing && compared && (where.placesNamed >= 2 || u.everywhere)) return { kind: "compare", rule: compared };
  const screening = u.screens && (!u.names.length || u.screensApart) && (u.figures || u.situated || s.known || s.screening !== null);
  if (screening && (!s.active || s.screening || !continues(u, s, s.active))) return { kind: "screen" };
  // 鉴定评价补贴和技能提升补贴能一起领吗 / 那这个跟吸纳就业补贴能两个都拿吗 (one named, the other the policy
  // discussed): whether two policies combine is what their clauses say, not a choice between them.
  // (吸纳补贴和扩岗补助: two policies, though one rule computes both.)
  const policies = new Set(u.names.map((n) => n.meaning)).size;
  // (…已经领了技能提升补贴 → 那鉴定评价补贴还能再领一份不: whether the one named pays after the one had, its rule reading what was had.)
  const afterHad = s.had !== null && u.named.length === 1 && u.named[0]!.facts.includes("receivedSubsidy");
  const whetherBoth = u.reading.values.combined === true && !afterHad && (u.named.length > 1 || policies > 1 || (policies === 1 && s.topic !== null && s.topic !== u.names[0]!.meaning));
  // (…有生产奖补吗 → 干乡村公益岗的也算不: of the kind, what the clause says — not the user's case.)
  // (…生产奖补怎么发 → 我是村里的公益岗护林员，也能领吗: of the user's own kind too, when no figure of theirs decides more.)
  if (s.active && u.kindAsked && (!u.situated || !u.figures) && !u.names.length && s.topic) return { kind: "topic", term: s.topic };
  // (灵活就业交社保的补贴 → 刚毕业一年多的大学生算不算: of the clause just quoted, whatever rule the kind's words fit.)
  if (!s.active && s.lookedUp && u.kindAsked && !u.names.length && !s.topic) return { kind: "lookup", topic: null };
  // (两个能一块领不, of the policy discussed, naming no other and giving no fact: what its clause says of
  // combining — unless its rule computes the combination, as 平凉's 吸纳就业补贴 and 扩岗补助.)
  const discussed = s.active ?? s.topicRule;
  if (u.asks.has("combine") && !u.names.length && s.topic && !(discussed && (slotsOf(discussed).has("combined") || fit(u, discussed) > 0))) return { kind: "topic", term: s.topic };
  if (s.active && !whetherBoth && continues(u, s, s.active)) return { kind: "continue", rule: s.active };
  if (s.screening) {
    const listed = u.item !== null ? s.screening[u.item - 1] : undefined;
    if (listed) return { kind: "item", rule: listed.rule, named: listed.named };
    // (Asked how to apply, or what its standard is, a policy named is looked up, not computed.)
    if (u.named.length === 1 && !ABOUT_THE_RULE.some((k) => u.asks.has(k)) && !u.asks.has("standard")) return { kind: "item", rule: u.named[0]! };
    // (再加2个人呢: more of those counted, screened again.)
    if (!s.active && !u.names.length && (u.stated || u.placeOnly || "people" in u.reading.changes)) return { kind: "screen" };
  }
  if (u.thanks) return { kind: "thanks" };
  if (u.placeOnly) return { kind: "place" };
  const asked = u.ranked.length > 0 && calculating(u);
  // The policy last discussed keeps the facts unless they fit another rule better.
  // (没有对公账户，钱打到哪: facts said in passing to a question about the rule itself leave it that question.)
  const onlyAboutRule = (ABOUT_THE_RULE.some((k) => u.asks.has(k)) && !asksFigure(u)) || u.asksExists;
  const topicFit = s.topicRule && !u.names.length && !onlyAboutRule ? fit(u, s.topicRule) : 0;
  // (一类行业的单位也能降吗 after the policy was looked up: whether a kind of unit or person is covered, asked of
  // no one of the user's — what the clause says of them, not a calculation.)
  // (我是公益岗护林员，也能领吗: asked in words of a kind, 也能…, of the user's own kind too.)
  const ofAKind = u.question && (!u.situated || u.kindAsked) && !u.figures && [...u.asks].every((k) => k === "eligibility");
  if (topicFit > 0 && ofAKind && s.topic && !s.active) return { kind: "topic", term: s.topic };
  if (topicFit > 0 && (!asked || u.ranked.every((r) => fit(u, r) <= topicFit))) return { kind: "start", rule: s.topicRule! };
  // 那职业技能鉴定评价补贴呢, the user's facts known: that policy over them, as after a screening.
  // (…还能再领吗 / 能给多少: whether it pays, or how much, over those facts.)
  const overKnown = [...u.asks].every((k) => k === "eligibility" || k === "amount") && (!u.reading.values.combined || afterHad);
  if ((u.followup || afterHad) && u.named.length === 1 && s.known && overKnown && !u.stated) return { kind: "start", rule: u.named[0]! };
  // 您问的是哪一项：技能提升补贴，还是鉴定评价补贴？ — 我是中级，都是头一回考: of the rules offered, the one the facts fit.
  // 技能提升补贴拿中级证 → 一次能领多少: the figure of the policy discussed, which the region may not set — not
  // another rule the facts said before happen to fit (鉴定评价补贴).
  if (asked && s.topic && !u.names.length && !u.stated && u.ranked.every((r) => !r.terms.includes(s.topic!))) return s.topicRule ? { kind: "start", rule: s.topicRule } : { kind: "topic", term: s.topic };
  const chosen = u.ranked.length > 1 ? s.offered.filter((r) => u.ranked.includes(r)) : [];
  if (asked && !whetherBoth && chosen.length === 1) return { kind: "start", rule: chosen[0]! };
  if (asked && !whetherBoth) return u.ranked.length > 1 ? { kind: "which", rules: u.ranked } : { kind: "start", rule: u.ranked[0]! };
  // (…合同得签多长: what the policy discussed requires is asked of it.)
  if (s.topic && !u.names.length && (u.anaphora || u.followup || u.asksRequirement || ABOUT_THE_RULE.some((k) => u.asks.has(k)))) return { kind: "topic", term: s.topic };
  if (u.names.length === 1 && (u.asks.has("validity") || u.asks.has("department"))) return { kind: "topic", term: u.names[0]!.meaning };
  if (u.stated && !u.question && !u.names.length && !u.keywords) return { kind: "acknowledge" };
  // 我们是做保洁的公司: the user's situation, no fact a rule reads and no question — noted, and what they want asked.
  if (u.describes && !u.names.length && !u.stated && u.text.length >= STATEMENT) return { kind: "acknowledge" };
  return { kind: "lookup", topic: u.names.length ? null : s.topic };
}

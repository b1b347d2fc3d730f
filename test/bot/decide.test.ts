// The routing decision, branch by branch: a message (read as the bot reads it) and where the
// conversation stands → what the bot does. One row per branch of decide(), in its order of precedence.
import { describe, expect, it } from "vitest";
import { ruleById } from "../../src/calculators/registry.js";
import { decide, type ConversationState, type Decision } from "../../src/bot/decide.js";
import { interpret } from "../../src/bot/understand/interpret.js";
import { vocabularyOf } from "../../src/bot/understand/vocabulary.js";
import { normalize } from "../../src/knowledge/text.js";
import { repoCorpus } from "../helpers.js";

const corpus = repoCorpus();
const vocab = vocabularyOf(corpus);
const refund = ruleById("失业保险稳岗返还")!;
const hiring = ruleById("一次性吸纳就业补贴")!;
const upgrade = ruleById("技能提升补贴")!;

const fresh: ConversationState = { active: undefined, topic: null, topicRule: undefined, confirming: false, screening: null, known: false, offered: [], lookedUp: false, had: null };
const calculating: ConversationState = { ...fresh, active: refund, topic: "稳岗返还", topicRule: refund };
const afterLookup: ConversationState = { ...fresh, topic: "稳岗返还", topicRule: refund };
const screened: ConversationState = { ...fresh, screening: [{ rule: refund }, { rule: hiring, named: "扩岗补助" }] };
const where = { uncovered: false, restartOnly: false, placesNamed: 0, beyond: false };

type Row = [string, string, ConversationState, Partial<typeof where>, Decision["kind"], string?];

const rows: Row[] = [
  ["restart", "", calculating, { restartOnly: true }, "restart"],
  ["uncovered", "北京的稳岗返还多少", fresh, { uncovered: true }, "uncovered"],
  ["beyond: a year written out after the documents' last date", "2026年的稳岗返还比例是多少", fresh, { beyond: true }, "beyond"],
  ["ownCase: where one's own application stands, even mid-calculation", "我们去年报的审核到哪一步了", calculating, {}, "ownCase"],
  ["help", "你好", calculating, {}, "help"],
  ["outside: a topic the documents do not cover, even with facts", "月薪8000块要交多少个税", fresh, {}, "outside"],
  ["not outside: an uncovered topic beside a policy named", "月工资8000，个税另算，单位交多少失业保险", fresh, {}, "start", "失业保险费（阶段性降低费率）"],
  ["not outside: a fact of a rule asked about", "我是脱贫户，去江苏打工4个月，路费能报销吗", fresh, {}, "start", "一次性往返交通补助"],
  ["not outside: an uncovered word said as a fact", "我是脱贫户，在外省打工5个月，回来坐高铁花了400，能补吗", fresh, {}, "start", "一次性往返交通补助"],
  ["outside: asked before the asking words", "个税怎么算", fresh, {}, "outside"],
  ["not outside: the calculation under way goes on", "月工资8000，个税另算", calculating, {}, "continue"],
  ["compare: two places named, how they differ", "黑龙江和平凉的稳岗返还有什么不同", fresh, { placesNamed: 2 }, "compare", refund.id],
  ["compare: every region", "三个地方的吸纳就业补贴标准对比", fresh, {}, "compare", hiring.id],
  ["compare: the policy under way, in two places", "黑龙江和兴安盟比有什么区别", calculating, { placesNamed: 2 }, "compare", refund.id],
  ["not compare: one place named, no word for every region", "平凉的稳岗返还大型企业和中小微企业有什么区别", fresh, { placesNamed: 1 }, "lookup"],
  ["screen: the user's facts and what applies", "我们是小微企业，参保30人，去年没裁员，能享受哪些政策", fresh, {}, "screen"],
  ["screen: what applies, the facts noted before", "都能领啥", { ...fresh, known: true }, {}, "screen"],
  ["screen: 一共能拿多少 after a screening, one of its policies under way", "一共能拿多少", { ...screened, active: hiring }, {}, "screen"],
  ["not screen: what applies, with no facts of the user's", "国有企业招聘高校毕业生有什么政策", fresh, {}, "lookup"],
  ["not screen: a policy named", "招了3个应届生，签了1年合同，吸纳就业补贴一共能拿多少", fresh, {}, "start", hiring.id],
  ["continue: a fact of the rule under way", "去年裁了3个", calculating, {}, "continue"],
  ["continue: a correction with a bare figure", "不对，是5万", calculating, {}, "continue"],
  ["continue: another policy's words among facts", "缴了失业保险费12万", calculating, {}, "continue"],
  ["continue: facts that are not the rule's, with no question", "佳木斯的，失业三个月了", calculating, {}, "continue"],
  ["not continue: another policy asked about", "那见习补贴呢", calculating, {}, "lookup"],
  ["start: another policy asked after the one the user had, its rule reading what was had", "鉴定评价补贴还能另外再领吗", { ...fresh, active: upgrade, topic: "技能提升补贴", topicRule: upgrade, known: true, had: "技能提升补贴" }, {}, "start", "职业技能鉴定评价补贴"],
  ["lookup: whether two combine, nothing had said", "鉴定评价补贴还能另外再领吗", { ...fresh, active: upgrade, topic: "技能提升补贴", topicRule: upgrade, known: true }, {}, "lookup"],
  ["continue: 一共能拿多少 in the calculation of one policy, with no screening", "缴了10万，一共能拿多少", calculating, {}, "continue"],
  ["item: a policy of the screening's list, by its number", "第二项怎么算的", screened, {}, "item", hiring.id],
  ["item: a policy named after a screening", "那吸纳就业补贴呢", screened, {}, "item", hiring.id],
  ["screen: a fact given after a screening", "交了5万失业保险", screened, {}, "screen"],
  ["not item: how to apply for a policy named after a screening", "稳岗返还怎么申请", screened, {}, "lookup"],
  ["not item: the standard of a policy named after a screening", "吸纳就业补贴的标准是多少", screened, {}, "lookup"],
  ["thanks", "好的，谢谢", calculating, {}, "thanks"],
  ["place", "我在兴安盟", fresh, {}, "place"],
  ["start: facts of the policy last discussed", "我们参保50人，去年没裁员", afterLookup, {}, "start", refund.id],
  ["start: facts that fit another rule better than the topic's", "招了3个应届生，签了1年合同，能补多少", afterLookup, {}, "start", hiring.id],
  ["start: facts with figures and an amount asked", "平凉的小微企业，参保50人，缴了10万失业保险，稳岗返还多少", fresh, {}, "start", refund.id],
  ["start: facts of one rule only (参保, 缴费), no name", "阿尔山的小微企业 参保15个人 去年失业保险交了一万八 能返多少", fresh, {}, "start", refund.id],
  ["start: a policy named with an amount asked, no facts yet", "稳岗返还能返多少钱", fresh, {}, "start", refund.id],
  ["start: facts alone, with no question", "我是脱贫户，在外省打工4个月了，路费380", fresh, {}, "start", "一次性往返交通补助"],
  ["lookup: whether two policies of two rules combine", "我考了中级工证书，鉴定评价补贴和技能提升补贴能一起领吗", fresh, {}, "lookup"],
  ["which: the facts fit two rules equally", "黑龙江，技能提升补贴和职业技能鉴定评价补贴各能拿多少钱？", fresh, {}, "which"],
  ["topic: a follow-up pointing back at the policy", "这笔钱要我们去申请吗", afterLookup, {}, "topic"],
  ["topic: until when, with no name", "什么时候截止的", afterLookup, {}, "topic"],
  ["topic: until when one policy named runs", "扩岗补助什么时候截止", fresh, {}, "topic"],
  ["topic: who is in charge of one policy named", "稳岗返还归哪个部门管", fresh, {}, "topic"],
  ["acknowledge: facts that point to no rule", "我们是小微企业", fresh, {}, "acknowledge"],
  ["lookup: a question about something the rules do not compute, a fact in passing", "平凉今年招社区工作者，对高校毕业生有没有倾斜？", fresh, {}, "lookup"],
  ["which: facts with no figure and only the topic's general words, two rules fitting", "我家是脱贫户，儿子在外省打工，能补多少", fresh, {}, "which"],
  ["lookup: whether there is a benefit at all, facts in passing", "我家是脱贫户，儿子在外省打工，有补贴吗", fresh, {}, "lookup"],
  ["start: of two rules fitting, the one the bot offered to choose", "我家是脱贫户，儿子在外省打工，能补多少", { ...fresh, offered: [ruleById("一次性往返交通补助")!, refund] }, {}, "start", "一次性往返交通补助"],
  ["lookup: keywords beside a fact (a staff search)", "平凉 零就业家庭 帮扶", fresh, {}, "lookup"],
  ["lookup: another kind asked of right after a look-up, no policy discussed", "刚毕业一直没找到活的大学生算不算", { ...fresh, lookedUp: true }, {}, "lookup"],
  ["start: the same facts with no look-up before", "刚毕业一直没找到活的大学生算不算", fresh, {}, "start", "一次性求职创业补贴"],
  ["lookup: keywords beside a fact, several", "大庆 毕业生 社保转移 档案 办结时限", fresh, {}, "lookup"],
  ["lookup: what a policy says", "黑龙江的稳岗返还需要满足什么条件？", fresh, {}, "lookup"],
  ["lookup: the amount of a policy paying a set standard, no facts (fixed per person)", "大庆求职创业补贴给多少", fresh, {}, "lookup"],
  ["lookup: how many of something a plan sets out", "今年平凉要开发多少个就业见习岗位", fresh, {}, "lookup"],
  ["lookup: the conditions of a policy, with a fact that names its people", "黑龙江 脱贫劳动力 生产奖补 领取条件", fresh, {}, "lookup"],
  ["start: the user's total of a policy paying a set standard asked (一共), no facts yet", "兴安盟培训生活费补贴一共能领多少", fresh, {}, "start", "培训期间生活费补贴"],
  ["lookup: a time the rule requires asked, with a fact of the rule's said", "交通补助要在外省干几个月才能领", fresh, {}, "lookup"],
  ["start: the user's own time said, the rest of it asked", "我在外省干了2个月，交通补助还要干几个月才能领", fresh, {}, "start", "一次性往返交通补助"],
  ["start: the user's own standard of a policy computed from their sum", "我在哈尔滨，上个月被辞了，失业金一个月给多少钱", fresh, {}, "start", "失业保险金"],
  ["lookup: a standard asked after 我想问", "我想问一下，失业金的标准是多少", fresh, {}, "lookup"],
  ["lookup: a standard asked, no figures of the user's", "兴安盟培训期间的生活费补贴一天多少钱？", fresh, {}, "lookup"],
  ["lookup: a general question with categorical facts", "创业担保贷款遇到自然灾害还不上了能展期吗？", fresh, {}, "lookup"],
];

describe("decide(): one row per branch, in order of precedence", () => {
  it.each(rows)("%s: “%s”", (_, text, state, w, kind, rule) => {
    const u = interpret(corpus, vocab, normalize(text), { active: state.active, topicRule: state.topicRule, placeNames: text.includes("兴安盟") ? ["兴安盟"] : [] });
    const d = decide(u, state, { ...where, ...w });
    expect(d.kind).toBe(kind);
    if (rule) expect("rule" in d && d.rule.id).toBe(rule);
  });
});

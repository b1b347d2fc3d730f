// One test per class of wording users were seen to type (issue 8's list), each with sentences of
// its own: the classes, not the sentences that revealed them.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/bot/answer.js";
import { testBot } from "../helpers.js";

/** A conversation on a fresh bot; the answers to each turn. */
async function talk(turns: string[], region?: string): Promise<Answer[]> {
  const bot = testBot();
  const out: Answer[] = [];
  for (const t of turns) out.push(await bot.reply("u", t, region ? { region } : {}));
  return out;
}
const last = async (turns: string[], region?: string) => (await talk(turns, region)).at(-1)!;

describe("a number after its noun", () => {
  it.each([
    [["兴安盟小微企业，职工人数30人，裁员人数3人，失业保险费共1.5万元，稳岗返还能返多少"], 9000],
    [["平凉的单位，见习生12名，见习期3个月，留用率70%，见习补贴一共多少"], 54000],
    [["黑龙江的帮扶车间吸纳脱贫劳动力9名，年度工资都达到了监测标准，奖补多少"], 9000],
    [["兴安盟的脱贫人口，职业培训参加了15天，生活费补贴多少"], 1500],
  ])("%j → %d", async (turns, amount) => {
    expect((await last(turns)).calculation?.amount).toBe(amount);
  });

  // 2个特困家庭的学生: what is counted after a 的-phrase describing it.
  it.each([
    ["平凉市 有2个特困家庭的应届毕业生 问下一次性的求职补贴共多少", 2000],
    ["平凉这边我们系有5个低保户家庭出来的学生，求职补贴总共给多少", 5000],
    ["我们寝室4个家里吃低保的大学生，平凉的求职创业补贴一起能拿多少", 4000],
  ])("%s → %d", async (question, amount) => {
    expect((await last([question])).calculation).toMatchObject({ eligible: true, amount });
  });
});

describe("a sum in any form", () => {
  it.each([
    ["全年缴纳3.6万元", 21600],
    ["一年交了六万", 36000],
    ["失业保险交了2万4千元", 14400],
    ["缴了失业保险费36000块", 21600],
    ["失业保险费三万六千元", 21600],
  ])("稳岗返还 with “%s”", async (premium, amount) => {
    const a = await last([`平凉的小微企业，参保40人，去年没裁员，${premium}，稳岗返还多少`]);
    expect(a.calculation?.amount).toBe(amount);
  });

  it.each([["8万"], ["八万"], ["8万块"], ["80000"], ["8w"]])("answers the bot's question for the premium with “%s”", async (answer) => {
    const a = await last(["平凉的小微企业稳岗返还能拿多少？参保40人，去年没裁员", answer]);
    expect(a.calculation?.amount).toBe(48000);
  });
});

describe("a policy named in a fact of the user's, its figure asked", () => {
  // 在领失业金，一个月按标准能发多少: the one policy named is what is asked about, though said as a fact.
  it.each(["刚失业在领失业金，一个月按标准能发多少钱", "我在领失业金，每个月能发多少", "我正领着失业保险金，一个月标准多少", "我领着失业金呢，一个月给多少", "上个月被裁了，失业金每个月给多少", "厂里下岗了，失业保险金一个月多少钱"])("%s", async (q) => {
    const a = await last([q], "黑龙江省");
    expect(a.intent).toBe("clarify");
    expect(a.calculation?.calculator).toBe("失业保险金");
  });
});

describe("a rough figure, then the exact one", () => {
  // 8万多，准确说是8.3万: the exact figure said after the rough one is the figure.
  it.each(["缴了8万多，准确说是8.3万", "交了八万多，具体是83000", "失业保险八万出头，确切地说是8万3", "大概8万吧，准确来说是83000元"])("稳岗返还 with “%s”", async (paid) => {
    const a = await last(["黑龙江这边稳岗返还，我们中小企业，参保300人，去年裁了15人，能返多少", paid]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 49800 });
  });
});

describe("the answer to the bot's own question", () => {
  it("fills the fact just asked for with a bare figure, of any form", async () => {
    const t = await talk(["平凉接收了6个见习生，留用率60%，见习补贴多少", "4个月"]);
    expect(t[0]!.intent).toBe("clarify");
    expect(t[0]!.text).toContain("见习月数");
    expect(t[1]!.calculation?.amount).toBe(6 * 4 * 1350);
    expect((await last(["平凉接收了6个见习生，留用率60%，见习补贴多少", "四"])).calculation?.amount).toBe(6 * 4 * 1350);
  });

  it("takes a count as the count asked for, and a yes or no as the answer to a yes-or-no question", async () => {
    const a = await last(["稳岗返还多少", "兴安盟的中型企业", "60人", "没有裁员", "缴了5万"]);
    expect(a.calculation).toMatchObject({ amount: 30000, eligible: true });
    const b = await talk(["黑龙江的脱贫户，去外省打工4个月了，生产奖补多少"]);
    expect(b[0]!.text).toContain("自主发展生产");
    const c = await last(["黑龙江的脱贫户，去外省打工4个月了，生产奖补多少", "是的"]);
    expect(c.calculation).toMatchObject({ eligible: true, amount: 1000 });
  });

  it("does not let policy words inside the answer change the topic", async () => {
    const a = await last(["兴安盟小微企业，参保30人，去年裁员1人，稳岗返还多少", "失业保险费交了9万"]);
    expect(a.calculation).toMatchObject({ calculator: "失业保险稳岗返还", amount: 54000 });
    const b = await last(["兴安盟小微企业，参保30人，稳岗返还多少", "裁了2个，都是符合领失业金条件的", "交了5万"]);
    expect(b.calculation).toMatchObject({ calculator: "失业保险稳岗返还", amount: 30000 });
  });
});

describe("the topic kept across turns", () => {
  it("a look-up quoting a clause of two policies (平凉 （五）) leaves the facts to decide which", async () => {
    const a = await last(["平凉招应届毕业生，企业能拿啥补贴", "招了3个应届大学生，都签了两年合同", "三险都给交上了，交了俩月了"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 4500 });
  });
  // A look-up naming no policy, answered with a clause stating one policy's figures: that policy is the topic.
  it.each([
    [["企业招了失业的人，政府给补贴吗", "招了5个，都登记失业一年多了，合同签的两年"], "一次性吸纳就业补贴", 5000],
    [["我们招了一批登记失业的人，有补贴吗", "登记失业都一年多了，总共7个", "合同签的一年，能拿多少"], "一次性吸纳就业补贴", 7000],
    [["车间吸纳脱贫人口就业，有啥奖励", "吸纳了6个，工资都达到了监测标准"], "就业帮扶车间奖补", 6000],
  ] as Array<[string[], string, number]>)("%j → %s %d", async (turns, calculator, amount) => {
    const t = await talk(turns, "黑龙江省");
    expect(t[0]!.intent).toBe("lookup");
    expect(t.at(-1)!.calculation).toMatchObject({ calculator, amount });
  });

  it("answers a follow-up without the policy's name from the policy's clauses", async () => {
    const t = await talk(["兴安盟的小微企业，参保20人，没裁员，交了4万失业保险，稳岗返还多少", "这笔钱要我们自己去申请吗"]);
    expect(t[0]!.calculation?.amount).toBe(24000);
    expect(t[1]!.intent).toBe("lookup");
    expect(t[1]!.citations[0]).toMatchObject({ docId: "xinganmeng-2023-04", clause: "10、" });
    expect(t[1]!.text).toContain("免申即享");
  });

  it("answers until when from the clause just quoted, not another clause naming the policy", async () => {
    const t = await talk(["平凉扩岗补助给多少钱", "它到什么时候截止的"], "兴安盟");
    const quoted = t[0]!.citations[0]!;
    expect(t[1]!.citations[0]).toMatchObject({ docId: quoted.docId, clause: quoted.clause });
    const [first, then] = await talk(["吸纳就业补贴的标准是多少", "那这个执行到哪天"], "兴安盟");
    expect(then!.citations[0]).toMatchObject({ docId: first!.citations[0]!.docId, clause: first!.citations[0]!.clause });
    expect(then!.text).toContain("2023年12月31日");
  });

  // Where the money comes from, what it may be spent on, the day a standard starts: in the policy's own clauses.
  it.each([
    ["兴安盟就业困难人员，培训10天，生活费补贴多少", ["这钱从哪出", "这个钱是从哪里出的", "资金来源是啥"], "统筹安排"],
    ["平凉的小微企业，参保20人，没裁员，交了4万失业保险，稳岗返还多少", ["返的钱能用在哪", "这笔钱能用来干啥", "返还的钱用途有规定吗"], "应用于职工生活补助"],
    ["黑龙江，当地最低工资2000，失业保险金一个月多少", ["这个标准从哪天开始的", "哪天起执行的", "什么时候开始按这个标准发"], "2023年6月1日起"],
  ] as Array<[string, string[], string]>)("after “%s”: %j", async (first, followups, words) => {
    for (const f of followups) {
      const a = await last([first, f]);
      expect(a.intent, f).toBe("lookup");
      expect(a.citations[0]?.text, f).toContain(words);
    }
  });

  it("says when the policy's clauses do not state what is asked, and where to ask", async () => {
    const a = await last(["平凉的小微企业，参保20人，没裁员，交了4万失业保险，稳岗返还多少", "这个钱一般几月份到账"]);
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("稳岗返还");
    expect(a.text).toContain("12333");
  });

  it("recomputes a follow-up that changes one fact", async () => {
    const base = "黑龙江的中小微企业，参保100人，去年裁员2人，缴失业保险费10万元，稳岗返还多少";
    expect((await last([base, "那大企业呢"])).calculation?.amount).toBe(30000);
    expect((await last([base, "如果裁了6个人呢"])).calculation?.eligible).toBe(false);
    expect((await last([base, "换成兴安盟呢"])).calculation?.amount).toBe(60000);
  });

  it("keeps the question asked when a later turn only corrects or adds a fact", async () => {
    // 标准 asked: the figure per person and month, again after the correction
    const a = await last(["平凉的见习单位，10个见习生留了4个，见习补贴标准多少", "说错了，留了6个"]);
    expect(a.calculation).toMatchObject({ amount: 1350, unit: "元/人·月" });
    // a statement the rules have no fact for leaves the answer standing
    const b = await talk(["黑龙江劳务经纪人介绍了3个脱贫人口就业，都签了两年合同，服务补助多少", "我们是正规注册的人力资源公司"]);
    expect(b[1]!.calculation?.amount).toBe(600);
  });

  it("notes a turn of facts alone and asks for what is missing", async () => {
    const a = await last(["往返交通补助怎么算", "我是脱贫户，今年去广东的工地上干了5个月"], "黑龙江省");
    expect(a.intent).toBe("calculate");
    expect(a.calculation?.amount).toBe(500);
    const b = await last(["我去年在外省厂里上了4个月班"], "黑龙江省");
    expect(b.intent).toBe("clarify");
    expect(b.text).toContain("已记下");
    expect(b.text).not.toContain("没有与这个问题相关的内容");
  });
});

describe("eligibility asked with facts", () => {
  it("answers no, naming the condition and its clause", async () => {
    const a = await last(["考了高级工证书，已经领过技能提升补贴了，鉴定评价补贴还能领吗"], "黑龙江省");
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", eligible: false });
    expect(a.text).toContain("不得重复享受");
    expect(a.citations[0]).toMatchObject({ docId: "heilongjiang-2023-02", clause: "（七）" });
    const b = await last(["我是脱贫户，去江苏打工才2个月，路费能报销吗"], "黑龙江省");
    expect(b.calculation).toMatchObject({ calculator: "一次性往返交通补助", eligible: false });
    expect(b.text).toContain("3个月以上");
  });

  // 能享受稳岗返还不 with no premium said: whether one qualifies needs no fact the amount alone is computed from.
  it.each([
    ["平凉", "我们是个28人参保的小公司，去年裁了5个，还能享受稳岗返还不", true],
    ["平凉", "参保28人的小厂，去年裁了7个，稳岗返还还能申请吗", false],
    ["兴安盟", "我们单位参保200人，去年一个没裁，够不够稳岗返还的条件", true],
    ["黑龙江", "我们招了几个今年毕业的大学生，签了一年合同，能领吸纳就业补贴吗", true],
    ["兴安盟", "我是脱贫劳动力，参加了职业培训，能领生活费补贴不", true],
    ["平凉", "我们接收了见习的大学生，留用率70%，能拿见习补贴吗", true],
  ] as Array<[string, string, boolean]>)("%s: %s → %s", async (region, question, eligible) => {
    const a = await last([question], region);
    expect(a.intent).toBe("calculate");
    expect(a.calculation?.eligible).toBe(eligible);
    expect(a.calculation?.amount ?? null).toBeNull();
    if (eligible) expect(a.text).toContain("具体金额还需要知道");
  });

  it("computes the amount once its facts come, after the yes", async () => {
    const t = await talk(["我们是个28人参保的小公司，去年裁了5个，还能享受稳岗返还不", "交了3万"], "平凉");
    expect(t[1]!.calculation).toMatchObject({ eligible: true, amount: 18000 });
  });
});

describe("a subset of those counted", () => {
  it("counts those of 其中 who meet the condition, and says so", async () => {
    const a = await last(["黑龙江的就业帮扶车间吸纳了10个脱贫人口，其中7个全年工资达到了监测标准，奖补多少"]);
    expect(a.calculation?.amount).toBe(7000);
    expect(a.text).toContain("其中7个");
  });

  it("reads a smaller count with a condition after a total as the part that meets it", async () => {
    const a = await last(["黑龙江劳务经纪人介绍了20个脱贫人口就业，16个签了1年以上合同，服务补助多少"]);
    expect(a.calculation?.amount).toBe(3200);
    expect(a.text).toMatch(/共20个[\s\S]*16个/);
  });

  it("computes groups with facts of their own one by one, and adds up those that qualify", async () => {
    const a = await last(["兴安盟企业招了2个今年毕业的大学生，还有3个失业一年多的，合同都签了两年，吸纳就业补贴多少"]);
    expect(a.calculation).toMatchObject({ amount: 7500, eligible: true });
    const b = await last(["黑龙江劳务经纪人介绍了10个脱贫人口就业，7个签了两年合同，另外3个只签了半年，服务补助多少"]);
    expect(b.calculation?.amount).toBe(1400);
    expect(b.text).toContain("不计入");
    const c = await last(["黑龙江帮扶车间有12个脱贫人口，其中4个全年工资没达到监测标准，奖补多少"]);
    expect(c.calculation?.amount).toBe(8000);
  });

  it("splits the people of an earlier message by what a later one says of some of them", async () => {
    // the rest said with 其他/剩下
    const a = await last(["黑龙江帮扶车间奖补多少", "车间有9个脱贫劳动力，全年工资都达到了监测标准", "刚才说错了，有3个工资没达到监测标准，剩下的都达到了"]);
    expect(a.calculation?.amount).toBe(6000);
    // parts said with 其中, the second denying the first one's fact
    const b = await last(["平凉企业招了4个今年毕业的大学生，合同签了两年", "其中1个社保交了3个月了，另外3个社保还没交，扩岗补助多少"]);
    expect(b.calculation?.amount).toBe(1500);
    const c = await last(["平凉企业招了6个登记失业的青年，都是20岁，签了合同，扩岗补助多少", "其中4个交了两个月社保，另外2个还没交"]);
    expect(c.calculation?.amount).toBe(6000);
  });

  // Counts in a later message that add up to those counted before are its parts, each with its facts.
  it.each([
    [["黑龙江劳务经纪人介绍脱贫人口就业有补助吗", "介绍成功了9个", "7个签了一年以上的合同 俩签的半年"], 1400],
    [["大庆的合作社吸纳建档立卡贫困劳动力有奖补吗", "四个", "仨干满一年多了 还有一个才来半年"], 3000],
  ] as Array<[string[], number]>)("%j → %d", async (turns, amount) => {
    expect((await last(turns)).calculation?.amount).toBe(amount);
  });

  // A later message that opens with 有N个 + a condition speaks of some of those counted before.
  it.each(["有", "只有", "他们中有"].flatMap((lead) => [
    [["黑龙江帮扶车间吸纳脱贫人口有奖补吗", "吸纳了十个", `${lead}7个全年工资达到防返贫监测标准了`], 7000],
    [["黑龙江劳务经纪人介绍脱贫人口就业有补助吗", "介绍了12个", `${lead}9个签了一年以上合同`], 1800],
  ] as Array<[string[], number]>))("%j → %d", async (turns, amount) => {
    expect((await last(turns)).calculation?.amount).toBe(amount);
  });

  // 其中3个干了没俩月就走了: what some of them did is no other fact (走了 is no layoff of the workshop's).
  it.each(["其中3个干了没俩月就走了，全年工资没达到监测标准，其他的都超过了", "其中3个干了一个月就辞职了，工资没达到监测标准，剩下的都达到了", "其中3个被辞退了，工资没够监测标准，其余的都够了"])("%s → 9 counted", async (turn) => {
    const a = await last(["黑龙江就业帮扶车间吸纳脱贫人口有奖补吗", "去年招了12个脱贫人口", turn, "能拿多少奖补"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 9000 });
  });

  // 都签了一年以上 … 不对，有5个只签了半年: a correction of some of them; the others keep what was said.
  it.each(["不对 有5个只签了半年", "说错了，其中5个只签了半年", "不对，有5个合同只签了6个月"])("%s → the other 13 still count", async (fix) => {
    const a = await last(["黑龙江劳务经纪人介绍脱贫人口就业有补助吗", "介绍成了18个 都签了一年以上合同", fix]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 2600 });
  });

  // 都属于长期失业的 … 一个其实才失业三个月: one said to be of another kind, with more of their own; the others keep theirs.
  it.each(["其中一个其实刚登记两个月，42岁了", "有一个其实失业才三个月，年纪四十了", "不对，有1个只失业了3个月，他45岁"])("%s → the other 3 still count", async (fix) => {
    const a = await last(["哈尔滨的公司招了四个人，都是失业超过半年登记过的，合同签两年，能给多少一次性吸纳补贴", fix]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 3000 });
  });

  it("reads a part said in the same message to be of another kind than all (其中一个其实只失业了3个月)", async () => {
    const a = await last(["牡丹江一个厂子招了五个失业超过半年登记过的，其中两个其实只失业了4个月，合同都是一年，能领多少吸纳补助"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 3000 });
  });

  it("reads each group's noun before its count (应届大学生4个，还有失业大半年的1个)", async () => {
    const a = await last(["平凉的厂子招了应届大学生4个，还有登记失业八个月的1个，另外2个才失业三个月，都签了一年合同，吸纳就业补贴能拿多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 5000 });
  });

  it("takes several parts of an earlier count as all its parts, one described as none of the kinds counting none", async () => {
    const a = await last(["大庆的公司，今年招了7个人，都签了两年合同", "其中3个是今年毕业的大学生，2个登记失业快一年了，剩下2个是朋友介绍来的", "吸纳就业补贴一共多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 5000 });
    expect(a.text).not.toContain("其余");
  });

  // Parts adding up to the count before them, one of them of none of the rule's kinds: only the others count, said once.
  it.each(["另外俩是从别的单位跳槽过来的", "剩下2个是老员工介绍来的", "另外两个是社会上招的"])("招了6个，4个是今年毕业的大学生，%s → 4 counted", async (rest) => {
    const one = await last([`兴安盟企业招了6个，4个是今年毕业的大学生，${rest}，合同都签的两年，吸纳就业补贴多少`]);
    expect(one.calculation).toMatchObject({ eligible: true, amount: 6000 });
    expect(one.text.match(/未计入/g)).toHaveLength(1);
    const split = await last(["兴安盟的公司，想问下一次性吸纳就业补贴", `招了6个，4个是今年毕业的大学生，${rest}`, "合同都签的两年"]);
    expect(split.calculation).toMatchObject({ eligible: true, amount: 6000 });
  });

  it.each(["三险也给交了两个月了", "社保都交了两个月", "社保全部交了俩月"])("…剩下3个是老师傅，合同都签了，%s: said of everyone counted", async (insurance) => {
    const a = await last([`平凉的公司招了9个人，有6个是离校两年内没就业的大学生，剩下3个是从别的厂挖来的老师傅，合同都签了，${insurance}，扩岗补助一共多少`]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 9000 });
  });

  it("a fact said with 也 of the last group is theirs, whatever the others have of their own", async () => {
    const a = await last(["平凉的厂子招了5个人：3个是去年毕业一直没工作的大学生，签了一年合同，社保交了俩月；另外2个四十多岁，登记失业一年多了，也签了一年合同。吸纳补贴多少"]);
    expect(a.calculation).toMatchObject({ eligible: true });
    expect(a.calculation?.missing).toEqual([]);
  });

  it("counts people described one by one with no headcount said (一个…，一个…)", async () => {
    const a = await last(["平凉的企业，招了些登记失业的人", "都签了一年合同，一个失业10个月了，一个才失业两个月，吸纳就业补贴多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 1000 });
  });

  it("reads 俩 and 仨 as counts of people", async () => {
    const a = await last(["黑龙江劳务经纪人介绍了5个脱贫人口就业，仨签了两年合同，另外俩签的半年，服务补助多少"]);
    expect(a.calculation?.amount).toBe(600);
  });

  // 还招了一个… in a later message: more people beside those counted before, each lot with its own facts.
  it.each(["还招了", "另外还招了", "又招了", "后来又招了", "再加上"].flatMap((more) => [
    [["兴安盟的企业招了2个应届毕业生，签了两年合同，吸纳就业补贴能拿多少", `${more}一个登记失业8个月的大姐，签了1年合同`], 4500],
    [["兴安盟的企业，招了3个离校两年内没找到工作的大学生，合同签了一年", `${more}2个失业一年多的，也签了一年`, "吸纳就业补贴一共多少"], 7500],
    [["兴安盟的企业招了2个应届毕业生，签了两年合同，吸纳就业补贴能拿多少", `${more}一个45岁的，签了1年合同，才失业2个月`], 3000],
  ] as Array<[string[], number]>))("%j → %d", async (turns, amount) => {
    expect((await last(turns)).calculation).toMatchObject({ eligible: true, amount });
  });

  // 吸纳了20名，16个…，另外4个没达到。另外还招了一个…: parts adding up to the first count, then people beside them.
  it.each(["另外还招了一个应届大学毕业生，签了3年合同", "另外今年还招了1个应届生，合同签了三年", "还有，今年又招了一个应届毕业生，签了3年"])("…，%s → both counted", async (more) => {
    const a = await last([`我们在绥化办了个就业帮扶车间，吸纳了20名脱贫人口，有16个全年工资达到了监测标准，另外4个没达到。${more}。能享受哪些政策，一共多少？`]);
    expect(a.calculation).toMatchObject({ amount: 17000 });
  });

  it("adds up counts given one after the other", async () => {
    const a = await last(["黑龙江劳务经纪人介绍了20个脱贫人口就业，又介绍了16个，都签了1年以上合同，服务补助多少"]);
    expect(a.calculation?.amount).toBe(7200);
  });
});

describe("everyday wordings of facts, in a conversation", () => {
  it.each([
    // 在山东就待了两个半月: where one worked, not where one lives
    [["俺是齐齐哈尔的脱贫户，去山东打工干了4个月，来回车票花了三百八，交通补助能给多少", "不好意思说错了，在山东就待了两个半月就回来了"], false, undefined],
    // 招个…: one hired
    [["黑龙江这边，企业招个登记失业的20岁小年轻，签1年合同，一个人补多少", "换成兴安盟呢"], true, 1500],
    // 工资没够标准, with the workshop's rule in play
    [["黑龙江的就业帮扶车间，吸纳了脱贫人口10个，全年工资都够防返贫监测标准了，奖补多少", "要是里头有3个工资没够标准呢"], true, 7000],
    // 辞了3个: laid off
    [["平凉的小公司，参保员工15名", "去年辞了3个，那还能申请稳岗返还不"], true, undefined],
    // 4个来月: about four months
    [["脱贫户出去打工的那个生产奖补咋给的", "俺是绥化的，去年上江苏干了4个来月", "家里种着地养着两头猪，自个儿能整"], true, 1000],
    // each one's wage
    [["我月工资5千2，按这个基数交，黑龙江失业保险我个人每月扣多少", "我老公工资6千8，也是按工资交的，俺俩加一块一个月个人交多少"], true, 60],
  ] as Array<[string[], boolean, number | undefined]>)("%j", async (turns, eligible, amount) => {
    const a = await last(turns);
    expect(a.calculation?.eligible).toBe(eligible);
    if (amount !== undefined) expect(a.calculation?.amount).toBe(amount);
  });

  it.each(["这钱能拿来干啥，给员工发奖金行不", "返还的钱能用来干什么", "这笔钱用途有要求吗"])("what the money may be used for: %s", async (q) => {
    const a = await last(["平凉的，公司稳岗返还批下来了，6万多", q]);
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]?.text).toContain("应用于职工生活补助");
  });
});

describe("a smaller count after the first, with no word adding people", () => {
  // 介绍了15个，上岗13个: the 13 are some of the 15, not 13 more; counts adding up to it are its parts.
  it.each([
    ["黑龙江劳务经纪人，给厂里介绍了十五个脱贫户，上岗13个，都签了两年合同，服务补助多少", 2600],
    ["劳务经纪人，介绍了20个脱贫劳动力出去，成功就业的16个，都签了一年合同，黑龙江的服务补助多少", 3200],
    ["黑龙江劳务经纪人，介绍了十五个脱贫户，上岗13个，其中11个签了两年合同，2个签的半年，服务补助多少", 2200],
    ["黑龙江的企业，招了10个登记失业半年以上的人，签了一年以上合同的有8个，吸纳就业补贴多少", 8000],
  ])("%s → %d", async (question, amount) => {
    expect((await last([question])).calculation).toMatchObject({ eligible: true, amount });
  });

  // 新招了仨人，俩是…，还有一个…，仨人都签的一年合同: the first count said again after its parts is no one more.
  it.each(["仨人都签的一年合同", "三个人都签了一年合同", "这3个都签了1年的合同"])("the parts, then “%s”", async (again) => {
    const a = await last([`兴安盟的厂子新招了3个人，俩是去年毕业一直没找着工作的大学生，还有一个20岁的在人社局登了失业，${again}，吸纳就业补贴多少`]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 4500 });
  });

  it("still adds people said to be more (还招了)", async () => {
    const a = await last(["黑龙江的企业，招了10个登记失业半年以上的人，都签了一年合同，还招了2个，也是登记失业一年的，签了两年，吸纳就业补贴多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 12000 });
  });
});

describe("some of those counted, in a what-if", () => {
  // 都干了一年以上 … 那如果有一个才干了8个月呢: the others keep what was said of them.
  it.each(["那如果有一个才干了8个月呢", "要是其中一个只干了8个月呢", "如果有1个才来了8个月呢"])("%s → the other still counts", async (whatIf) => {
    const a = await last(["大庆的农民合作社，吸纳了建档立卡贫困家庭劳动力2人，都稳定干了一年以上，奖补多少", whatIf]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 1000 });
  });
});

describe("a standard per person, for several people", () => {
  it("multiplies a per-person subsidy by each group counted, with other facts' nouns nearby", async () => {
    const a = await last(["七台河的公司，组织员工参加鉴定，6个人头一回拿到中级（四级）证，2个拿到技师（二级）证，鉴定评价补贴总共多少"]);
    expect(a.calculation?.amount).toBe(6 * 350 + 2 * 450);
    const b = await last(["平凉的企业，员工参加失业保险都两年多了", "这次4个人考了初级证，1个人考了高级证", "技能提升补贴加起来能申请多少"]);
    expect(b.calculation?.amount).toBe(4 * 1000 + 2000);
  });

  it("counts each person of a household for a per-person award (我和我爱人俩人)", async () => {
    const a = await last(["黑龙江的脱贫户，我们两口子俩人都在省内县城干了4个月，家里自己种地，生产奖补一共多少"]);
    expect(a.calculation?.amount).toBe(2 * 500);
  });

  it("answers 能一起拿吗 with an amount asked as the larger one, saying they cannot be combined", async () => {
    const a = await last(["崆峒区一家企业招了3个应届大学生，合同签了2年，三险交了1个多月了，扩岗补助跟吸纳就业补贴可以同时拿吗，最多给多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 4500 });
    expect(a.text).toContain("不能重复享受");
  });
});

describe("a sum said in parts", () => {
  it.each([
    ["单位交了4万失业保险，个人交了2万", 36000],
    ["失业保险单位缴4万、职工缴2万", 36000],
    ["失业保险一共交了6万，其中单位交了4万", 36000],
    ["失业保险交了6万，其中单位4万", 36000],
    ["单位交了4万失业保险，个人交了2万，总共6万", 36000],
  ])("稳岗返还 with “%s”", async (premium, amount) => {
    const a = await last([`平凉的小微企业，参保40人，去年没裁员，${premium}，稳岗返还多少`]);
    expect(a.calculation?.amount).toBe(amount);
  });
});

describe("everyday words for the groups the rules name", () => {
  it.each([
    ["兴安盟企业招了三个今年刚毕业的大学生，签了两年合同，吸纳就业补贴多少", 4500],
    ["兴安盟企业招了2个应届毕业生，签了一年合同，吸纳就业补贴多少", 3000],
    ["黑龙江企业招了2个毕业一年还没找到工作的大学生，签了3年合同，吸纳补贴多少", 2000],
    ["黑龙江企业招了4个失业8个月的人，签了1年合同，吸纳就业补贴多少", 4000],
    ["兴安盟招了1个20岁的登记失业青年，签了1年合同，吸纳就业补贴多少", 1500],
    // An age said roughly: the same answer at both ends of what it could be.
    ...["二十出头", "二十来岁", "二十岁左右"].map((age) => [`黑龙江的厂子，招了3个登记失业的年轻人，都${age}，签了两年合同，吸纳就业补贴多少`, 3000] as [string, number]),
  ])("%s → %d", async (q, amount) => {
    expect((await last([q])).calculation?.amount).toBe(amount);
  });

  it("says no to a group the rule does not name", async () => {
    const a = await last(["黑龙江企业招了1个毕业三年多还没工作的大学生，签了1年合同，吸纳就业补贴能领吗"]);
    expect(a.calculation?.eligible).toBe(false);
  });
});

describe("an age corrected", () => {
  it.each(["哦我记错了，他其实25了，不过失业登记快一年了", "说错了，她26岁，登记失业八个月了"])("%s → the person's group read again", async (fix) => {
    const a = await last(["乌兰浩特，店里招了个登记失业的小伙，23岁，签了一年合同，吸纳补贴有没有？", fix]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 1500 });
  });
});

describe("a region corrected", () => {
  // The place said not to be theirs is not read as a second place.
  it.each(["说错了 我们公司在兴安盟 不在哈尔滨", "不是哈尔滨，是兴安盟的", "我们不在哈尔滨，在兴安盟", "搞错了，是兴安盟的企业，不是黑龙江的"])("%s → 兴安盟's figure", async (fix) => {
    const a = await last(["哈尔滨这边 招了5个离校两年内还没工作的大学生 合同签了三年 吸纳就业补贴给多少", fix]);
    expect(a).toMatchObject({ region: "兴安盟", calculation: { amount: 7500 } });
  });
});

describe("the province one went to work in", () => {
  // 山东 holds only 邹平's document: working there says where the user went, not whose rules apply.
  it.each(["跨省的 在山东干了半年了", "在山东打工半年了，跨省的", "去山东干了六个月"])("%s, after asking about 路费补助: the home region's rule", async (turn) => {
    const a = await last(["脱贫户出去打工有路费补助吗", turn, "来回火车票加起来六百二"]);
    expect(a.calculation).toMatchObject({ calculator: "一次性往返交通补助", eligible: true, amount: 500 });
  });
  // 我是绥化的 … 在哈尔滨干了3个月: where they are from is whose rules apply, even when the workplace has rules too.
  it.each([
    ["我是平凉的脱贫户", "在兴安盟打工干了4个月"],
    ["我家在兴安盟，是脱贫户", "去年在平凉市上班干了4个月"],
    ["我是大庆的脱贫户", "在哈尔滨工地干了4个月"],
  ])("%s，%s: the home region's rules", async (home, work) => {
    const a = await last([`${home}，${work}，能拿哪些补贴`]);
    const region = home.match(/平凉|兴安盟|大庆/)![0];
    expect(a.region).toContain(region);
  });

  it("a question about the province's own rules still reads its documents", async () => {
    expect((await last(["山东的扩岗补助标准"])).citations[0]?.docId).toBe("zouping-2023-kgbz");
  });
});

describe("words that ask in a question, said as facts", () => {
  // 到期 / 截至 ask until when a policy runs; in 合同到期 / 截至去年底 they are the user's facts.
  it.each([
    ["参保80人，去年走了3个，都是合同到期领失业金的", 60000],
    ["截至去年底参保80人，去年裁了3个，合同到期走的", 60000],
  ])("%s: the calculation goes on", async (facts, amount) => {
    const a = await last(["黑龙江的中型企业，稳岗返还能返多少", facts, "缴了失业保险费10万元"]);
    expect(a.calculation).toMatchObject({ calculator: "失业保险稳岗返还", amount });
  });
});

describe("certificates of groups of people", () => {
  // 其中12个拿的初级，另外8个拿的中级: each count with its level, not one person's two certificates.
  it.each([
    [["黑龙江鉴定评价补贴怎么发", "这期20个学员，都是头一回考", "其中12个拿的初级，另外8个拿的中级", "一共能申请多少"], 6400],
    [["黑龙江的培训学校，10个学员考证，6个考的初级，4个考的高级，都是第一次考，鉴定评价补贴一共多少"], 3400],
    // the level before its count: 初级工（五级）4个
    [["佳木斯，车间这批考证的：初级工（五级）4个，中级工（四级）2个，还有1个考的专项职业能力证，都是头一回考，鉴定评价补贴一共多少"], 2050],
    [["黑龙江，我们厂考证的有初级工6个、高级工4个，都是第一次考，鉴定评价补贴加起来多少"], 3400],
  ] as Array<[string[], number]>)("%j → %d", async (turns, amount) => {
    expect((await last(turns)).calculation).toMatchObject({ eligible: true, amount });
  });
});

describe("several certificates of one person", () => {
  // Each certificate a part of its own, the amounts added; 中级（四级）is one certificate said twice.
  const joins = ["，又考了", "，还考了", "和", "，后来又拿了"];
  it.each(joins)("焊工初级证%s电工中级（四级）证 → 技能提升补贴 1000 + 1500", async (join) => {
    const a = await last([`参加失业保险两年多了，今年考了焊工初级证${join}电工中级（四级）证，技能提升补贴一共能领多少`], "平凉市");
    expect(a.calculation).toMatchObject({ calculator: "技能提升补贴", eligible: true, amount: 2500 });
  });
  it.each(joins)("专项职业能力证书%s电工初级（五级）证 → 鉴定评价补贴 150 + 300", async (join) => {
    const a = await last([`今年考了个专项职业能力证书${join}电工初级（五级）证，没领过技能提升补贴，鉴定评价补贴一共多少`], "黑龙江省");
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", eligible: true, amount: 450 });
  });
  it.each(["考了电工中级（四级）证", "考下来中级电工证（四级）", "考了个中级，四级的"])("%s: one certificate named by its level and its grade", async (cert) => {
    const a = await last([`参加失业保险两年了，${cert}，技能提升补贴多少`], "平凉市");
    expect(a.calculation?.amount).toBe(1500);
  });
  it("certificates named as words of a question are no figures of the user's (评上技师、高级技师的…待遇)", async () => {
    expect((await last(["大庆企业里评上技师、高级技师的，能不能跟工程师享受一样的待遇？"])).intent).toBe("lookup");
  });
});

describe("a subsidy had, or not had", () => {
  it.each([
    ["考了焊工中级（四级）证书，已经领过失业保险的技能提升补贴了，鉴定评价补贴还能领吗", false],
    ["考了焊工中级（四级）证书，这个证领过技能提升补贴，还能再领鉴定评价补贴吗", false],
    ["考了焊工中级（四级）证书，之前也没领过技能提升补贴，鉴定评价补贴能领吗", true],
    ["考了焊工中级（四级）证书，没享受过技能提升补贴，鉴定评价补贴能领吗", true],
    ["考了焊工中级（四级）证书，技能提升补贴已经领过了，鉴定评价补贴还能领吗", false],
    ["考了焊工中级（四级）证书，技能提升补贴没领过，鉴定评价补贴能领吗", true],
  ])("%s → eligible %s", async (q, eligible) => {
    const a = await last([q], "黑龙江省");
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", eligible });
  });
});

describe("a policy's name said as where one works", () => {
  it.each(["俺是村里公益岗搞保洁的", "我在村里的公益岗上干", "我干公益岗", "我当公益岗护林员", "我是公益岗"])("%s: a fact that decides the answer, not the topic", async (post) => {
    const a = await last([`${post}，家里脱贫户，今年在省内干了半年，生产奖补有我的吗`], "黑龙江省");
    expect(a.calculation).toMatchObject({ calculator: "生产奖补", eligible: false });
  });
  it("the name asked about stays the topic", async () => {
    expect((await last(["兴安盟的公益岗补贴最多给几年"])).intent).toBe("lookup");
  });
  // 不含公益岗 only rules a person out of 生产奖补: time on the post is about the post's own term limit.
  it.each(["公益岗上干了快两年半了，往后还给补吗", "在公益性岗位干满三年，能不能再续", "我这公益岗都第3年了，补贴到头没", "干公益岗整三年了还能领吗"])("%s (兴安盟): the post's term limit", async (q) => {
    const a = await last([q], "兴安盟");
    expect(a.citations[0]).toMatchObject({ docId: "xinganmeng-2023-04", clause: "27、" });
    if (a.calculation) expect(a.calculation).toMatchObject({ calculator: "公益性岗位补贴期限", missing: ["距法定退休年龄还有几年"] });
  });
});

describe("numerals that are not one figure", () => {
  it("asks back for an approximate figure the answer depends on", async () => {
    const a = await last(["兴安盟企业招了七八个应届生，签了1年合同，吸纳就业补贴多少"]);
    expect(a.intent).toBe("clarify");
    expect(a.text).toContain("七八个");
    const b = await last(["兴安盟企业招了七八个应届生，签了1年合同，吸纳就业补贴多少", "8个"]);
    expect(b.calculation?.amount).toBe(12000);
  });

  it("computes when the answer is the same whatever the figure exactly is", async () => {
    const a = await last(["黑龙江的脱贫户，去浙江打工半年多了，来回路费九百多，交通补助多少"]);
    expect(a.calculation?.amount).toBe(500);
    expect(a.text).toContain("九百多");
  });

  it("answers a yes-or-no question when the answer is yes at both ends, the amount as its range", async () => {
    const a = await last(["兴安盟公益性岗位人员，离退休还有两年多，补贴期满后还能延长吗"]);
    expect(a.calculation?.eligible).toBe(true);
    expect(a.text).toContain("两年多");
    expect(a.text).toMatch(/2至2\.\d+年/);
    // asked how long, the same rough figure is asked back
    expect((await last(["兴安盟公益性岗位人员，离退休还有两年多，补贴能享受多少年"])).intent).toBe("clarify");
  });

  it("reads mixed numerals as one figure", async () => {
    expect((await last(["兴安盟，月工资4千5，失业保险单位每月交多少"])).calculation?.amount).toBe(22.5);
    expect((await last(["黑龙江最低工资标准是1千9，失业保险金每月多少"])).calculation?.amount).toBe(1710);
  });
});

describe("one figure, one fact", () => {
  it("reads a headcount lost as layoffs, not as the headcount", async () => {
    const a = await talk(["平凉的小微企业稳岗返还，去年减少了3名员工"]);
    expect(a[0]!.intent).toBe("clarify");
    expect(a[0]!.text).not.toMatch(/裁员率3÷3/);
    const b = await last(["平凉的小微企业稳岗返还，去年减少了3名员工", "参保60人", "交了5万"]);
    expect(b.calculation).toMatchObject({ amount: 30000 });
    expect(b.calculation?.steps.join()).toContain("3÷60");
  });

  it("asks which fact a bare count corrects when the rule has two", async () => {
    const t = await talk(["平凉的小微企业，参保50人，去年裁员2人，缴失业保险费10万元，稳岗返还多少", "不对，是3个人", "裁员"]);
    expect(t[1]!.intent).toBe("clarify");
    expect(t[1]!.text).toContain("上年度月均参保人数");
    expect(t[1]!.text).toContain("上年度裁员人数");
    expect(t[2]!.calculation?.steps.join()).toContain("3÷50");
  });
});

describe("the region, answering the bot's question after a look-up", () => {
  // A look-up answered for every region asks where the user is: the place alone answers that question there.
  it.each([
    ["高校毕业生去基层工作有什么政策", "我在兴安盟", "兴安盟", "xinganmeng-2023-04"],
    ["创业担保贷款还不上能展期吗", "兴安盟的", "兴安盟", "xinganmeng-2023-04"],
    ["失业保险稳岗返还的条件是什么", "我是平凉市的", "平凉市", "pingliang-2023-75"],
    ["一次性吸纳就业补贴是多少钱", "黑龙江", "黑龙江省", "heilongjiang-2023-02"],
  ])("%s → %s", async (question, place, region, doc) => {
    const [first, then] = await talk([question, place]);
    expect(first!.region).toBeNull();
    expect(then!.region).toBe(region);
    expect(then!.citations.length).toBeGreaterThan(0);
    for (const c of then!.citations) expect(c.docId).toBe(doc);
  });

  it.each(["换成兴安盟呢", "那兴安盟呢", "兴安盟的呢"])("a look-up for one region, then “%s”", async (other) => {
    const [, then] = await talk(["黑龙江的创业担保贷款还不上能展期吗", other]);
    expect(then!.region).toBe("兴安盟");
    for (const c of then!.citations) expect(c.docId).toBe("xinganmeng-2023-04");
  });

  it("answers only the question just asked, not one before another turn", async () => {
    const t = await talk(["创业担保贷款还不上能展期吗", "谢谢", "在平凉"]);
    expect(t[2]!.citations).toEqual([]);
  });
});

describe("a correction that says what it is not, or why", () => {
  // 是2万4，不是4万2: the figure denied is no fact; 有一个后来没签 after 留用的是6个 explains the correction.
  it.each(["交的钱说错了，是2万4，不是4万2", "不对，不是4万2，是2万4", "说错了，应该是24000，不是42000"])("%s → the figure said to be it", async (fix) => {
    const a = await last(["兴安盟的小企业，月均参保27.6人，解除合同能领失业金的5个，失业保险交了4万2，稳岗返还多少", fix]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 14400 });
  });

  it.each(["更正下，留用的是6个，有一个后来没签", "不对，留用了6个，其中一个后来走了", "说错了，留了6个，有1个没签合同"])("%s → 6 retained", async (fix) => {
    const a = await last(["平凉的见习单位，接了10个见习生，都是毕业两年内没找着工作的，每人见习4个月，留用了7个，见习补贴多少", fix]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 54000 });
  });
});

describe("counts of things, not of people", () => {
  // 十几头牛, 二十亩地, 开了个做餐饮的小公司: a figure of animals, land or a business counts no one.
  it.each(["家里养了十几头牛", "种了二十多亩地", "家里开着一个小卖部", "买了两台收割机", "盖了三间大棚"])("生产奖补 with “%s”", async (things) => {
    const a = await last([`我是绥化的脱贫户，${things}，自己经营着，今年去天津工地干了4个月，生产奖补给多少`]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 1000 });
  });

  it.each(["开了个做餐饮的小公司", "开了家卖建材的小公司", "我们是个做服装的小厂"])("稳岗返还 with “%s”", async (firm) => {
    const a = await last([`${firm}，参保员工十五个，去年裁了三个，失业保险交了6400元，稳岗返还能返多少`], "大庆市");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 3840 });
  });

  it.each(["一个也没辞", "一个都没辞", "一个人也没走", "没辞过人"])("no one laid off: “%s”", async (none) => {
    const a = await last([`兴安盟的律所，参保的就19个人，去年${none}，失业保险一共交了1.2w，稳岗返还有多少`]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 7200 });
  });
});

describe("no region, the same rule everywhere", () => {
  it("computes once and cites each region's document", async () => {
    const a = await last(["缴费基数7000元，每个月单位交多少失业保险"]);
    expect(a.intent).toBe("calculate");
    expect(a.calculation?.amount).toBe(35);
    const docs = a.citations.map((c) => c.docId);
    expect(docs).toContain("heilongjiang-2023-02");
    expect(docs).toContain("xinganmeng-2023-04");
  });
});

describe("a region added as data (邹平's 一次性扩岗补助)", () => {
  it("computes its figure and cites the clause of its conditions as well as of its amount", async () => {
    const a = await last(["山东邹平，公司新招应届生两名，失业工伤养老都交了一个多月，扩岗补助给多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 3000 });
    expect(a.region).toBe("邹平市");
    expect(a.citations.slice(0, 3).map((c) => c.clause)).toEqual(expect.arrayContaining(["一、", "二、"]));
  });

  it("reads a place and one inside it as the inner one, and keeps it for later turns", async () => {
    const t = await talk(["滨州市邹平这边的企业，扩岗补助怎么算", "招了2个离校一年的大学生，社保交了3个月"]);
    expect(t[1]!.calculation?.amount).toBe(3000);
    expect(t[1]!.text).toContain("按邹平市的规定");
  });

  it("says no to a second 扩岗补助 for one person, and to 扩岗补助 for someone who had 吸纳就业补贴", async () => {
    const a = await last(["邹平的企业问下扩岗补助，新来的员工以前那家单位已经用他申过扩岗补助了，我们还能用他再申吗"]);
    expect(a.calculation?.eligible).toBe(false);
    expect(a.text).toContain("只能用来享受1次");
    const b = await last(["邹平的，招了5个今年毕业的学生，社保都交了2个月，扩岗补助多少", "其中2个之前已经领过吸纳就业补贴了"]);
    expect(b.calculation?.amount).toBe(4500);
  });

  it("answers until when from the section that states it", async () => {
    const a = await last(["邹平扩岗补助执行到哪天为止"]);
    expect(a.text).toContain("2023年12月31日");
    expect(a.citations[0]?.clause).toBe("三、");
  });
});

describe("quick replies to the bot's own question", () => {
  it.each([
    ["平凉的企业，参保20人，去年没裁员，缴了失业保险4万元，稳岗返还多少", "企业类型"],
    ["黑龙江的脱贫户，打工4个月了，路费500，交通补助多少", "跨省"],
    ["黑龙江的脱贫户，去外省打工4个月了，生产奖补多少", "自主发展生产"],
    ["招了2个应届生，签了1年合同，吸纳就业补贴多少", "地区"],
  ])("each reply offered to “%s” answers it", async (question, asked) => {
    const first = await last([question]);
    expect(first.intent).toBe("clarify");
    expect(first.text).toContain(asked);
    expect(first.replies?.length).toBeGreaterThan(1);
    // the question's only missing fact: every reply gives an answer, yes or no
    for (const reply of first.replies!) expect((await last([question, reply])).intent, reply).toBe("calculate");
  });
});

describe("a layoff rate said instead of the people laid off", () => {
  it.each(["裁员率2%", "裁员率百分之二", "裁员比例是2%", "去年裁员率不到3%"].flatMap((rate) => [
    [[`平凉大型企业，${rate}，失业保险交了20万，稳岗返还能返多少`], 60000],
    [["平凉的企业想问稳岗返还", `我们是大型企业，${rate}`, "失业保险交了20万"], 60000],
  ] as Array<[string[], number]>))("%j → %d", async (turns, amount) => {
    expect((await last(turns)).calculation).toMatchObject({ eligible: true, amount });
  });

  it("asks for the headcount when the rate is above the general limit, and decides with it", async () => {
    const t = await talk(["兴安盟小公司，裁员率10%，交了3万失业保险，能返多少", "参保20人"]);
    expect(t[0]!.calculation?.missing).toEqual(["上年度月均参保人数"]);
    expect(t[1]!.calculation).toMatchObject({ eligible: true, amount: 18000 });
  });
});

describe("people said one by one by who they are", () => {
  // Each one named at a clause's start, with facts of their own, is computed on their own and added up.
  const pairs = [["我", "我媳妇"], ["我", "我爱人"], ["我", "我儿子"], ["俺", "俺闺女"], ["我", "我老公"]] as Array<[string, string]>;
  it.each(pairs.flatMap(([a, b]) => [
    [[`${a}和${b.replace(/^[我俺]/, "")}都是脱贫户，去浙江打工5个月了，${a}路费花了380，${b}路费花了460，交通补助能补多少`], "黑龙江省", 840],
    [[`${a}们家是脱贫户，都去江苏打工半年了。${a}来回车票460，${b}来回车票花了520，路费能补多少`], "黑龙江省", 960],
    [[`家里是零就业家庭，${a}参加了10天的技能培训，${b}也参加了15天，生活费补贴一共多少`], "兴安盟", 2500],
  ] as Array<[string[], string, number]>))("%j (%s) → %d", async (turns, region, amount) => {
    expect((await last(turns, region)).calculation).toMatchObject({ eligible: true, amount });
  });

  // Where each one worked is theirs: 省内 and 跨省 in one family.
  it.each([
    ["我老公在哈尔滨厂子里干了5个月", "儿子在北京打工干了4个月"],
    ["我在本省干了5个月", "我儿子去北京打工4个月了"],
  ])("%s；%s → 生产奖补 500 + 1000", async (one, other) => {
    const a = await last([`黑龙江的脱贫户，${one}；${other}，都不是公益岗，家里自己种地，生产奖补一共多少`]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 1500 });
  });

  // Each one's certificates, several for one of them: every certificate computed, for its holder.
  it.each([
    ["我老公参加失业保险3年了，今年考下了焊工高级证，后来又考了个电工中级证；我在领失业保险金，考了个保育师初级证。我俩一共能领多少技能提升补贴", 4500],
    ["我交了2年失业保险，考了个高级证。另外我媳妇在领失业金，她也考了个中级证，我俩技能提升补贴一共能拿多少", 3500],
  ] as Array<[string, number]>)("%s → %d", async (q, amount) => {
    expect((await last([q], "平凉市")).calculation).toMatchObject({ eligible: true, amount });
  });

  it("is one person when only one is named, however often", async () => {
    const a = await last(["我是脱贫户，我去江苏干了5个月，我路费600，给多少"], "黑龙江省");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 500 });
  });
});

describe("a fact alone, and an amount asked", () => {
  // One fact two rules read, nothing else said: which of them is asked, not a guess and not “no content”.
  it.each(["我考了个证，能补多少钱？", "刚拿到证，能给多少补贴", "我拿了证，能补多少", "考了个证 补多少"])("%s → which of the certificate subsidies", async (q) => {
    const a = await last([q], "黑龙江省");
    expect(a.intent).toBe("clarify");
    expect(a.text).toMatch(/技能提升补贴[\s\S]*职业技能鉴定评价补贴|职业技能鉴定评价补贴[\s\S]*技能提升补贴/);
  });
  it("then computes the one chosen with the level given", async () => {
    const a = await last(["我考了个证，能补多少钱？", "鉴定评价补贴", "中级"], "黑龙江省");
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", amount: 350 });
  });
});

describe("another person of the family in a later message", () => {
  it("inherits the household's facts, not the other one's own (我在公益岗 → 我媳妇 is not)", async () => {
    const a = await last(["黑龙江生产奖补咋领", "我们是脱贫户，家里自己种地，能自主发展生产", "22年我在村里干公益岗", "我媳妇在天津干了4个月，我俩一共多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 1000 });
  });

  it.each(["那我媳妇呢？她跟我一起去干了4个月，来回花了620", "那我爱人呢，也干了4个月，路费620"])("%s: asked of them alone", async (turn) => {
    const a = await last(["我是脱贫劳动力，去年在浙江干了4个月，来回车费一共420，往返交通补助能给多少", turn], "黑龙江省");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 500 });
  });

  // …的呢 / …，他能领多少: the question is about the one named; 我俩 / 一共 asks of both.
  it.each([
    ["那我老公考的是技师二级的呢，也是第一次考", 450],
    ["我爱人考了高级技师一级，头一回，她能拿多少", 500],
    ["我媳妇考的高级技师，一级，也是第一回考，她可以补多少", 500],
    ["我爱人考了高级技师一级，头一回，我俩能拿多少", 850],
    ["我老公考的是技师二级，第一次考，加起来多少", 800],
  ])("%s → %d", async (turn, amount) => {
    const a = await last(["第一次考了焊工中级证（四级），鉴定评价补贴给多少", turn], "黑龙江省");
    expect(a.calculation).toMatchObject({ eligible: true, amount });
  });

  // The user's own facts first, then 我媳妇… / 我弟弟… in a message of their own: a group each, added up.
  it.each(["我媳妇", "我爱人", "我弟弟", "我老公"].flatMap((who) => [
    [["脱贫户外出打工的路费补助怎么算", "我家是脱贫户，我去年在山东干了5个月，来回车票640", `${who}在天津干了4个月，来回花了380`, "一共能补多少"], "黑龙江省", 880],
    [["平凉技能提升补贴怎么领", "我失业保险交了三年了，今年考了个中级工证书", `${who}失业保险交了两年，考了初级的`, "俩人一共能拿多少"], "平凉市", 2500],
    [["培训期间生活费补贴咋算的", "我是零就业家庭的，参加了20天的培训", `${who}参加了12天的培训`], "兴安盟", 3200],
  ] as Array<[string[], string, number]>))("%j (%s) → %d", async (turns, region, amount) => {
    expect((await last(turns, region)).calculation).toMatchObject({ eligible: true, amount });
  });

  // 我表妹 / 我邻居 is of another household: what the user said of theirs is not the other one's.
  it.each(["还有我表妹也去了", "我堂弟也报了", "另外我邻居也参加了"])("%s: of another household, with facts of their own", async (lead) => {
    const own = await last(["我是零就业家庭的，报了个培训20天，生活费补贴多少", `${lead}，她是农村的两后生，培训了12天，俩人一共多少`], "兴安盟");
    expect(own.calculation).toMatchObject({ eligible: true, amount: 3200 });
    const none = await last(["我是零就业家庭的，报了个培训20天，生活费补贴多少", `${lead}，培训了12天，俩人一共多少`], "兴安盟");
    expect(none.calculation?.amount).not.toBe(3200);
  });
});

describe("a total said after a part of it", () => {
  // 又留下了2个，一共留用了5个: the total is the figure, not the part, nor more people.
  it.each(["后来又留下了2个，一共留用了5个", "又留了2个，总共留用5个", "再留下2个，合计留用了5个"])("%s → 5 of 8 retained", async (fix) => {
    const a = await last(["平凉企业接收了8名离校2年内未就业的大学生见习，每人见习4个月，留用了3个，见习补贴多少", fix], "平凉市");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 43200 });
  });
});

describe("people counted who are not of the count", () => {
  // 走了7个，其中4个是自己辞职的: those said not to be laid off are taken from the layoffs, in any wording of slots.yaml's except.
  it.each(["其中4个是自己辞职的", "有4个是主动辞职的，不符合领失业金条件", "其中4个自己不干了", "4个是退休的"].flatMap((out) => [
    [[`兴安盟小微企业，参保60人，去年走了7个人，${out}，交了4万5失业保险，稳岗返还多少`], 27000],
    [["兴安盟的失业保险稳岗返还", "小微企业，参保60人", `去年一共走了7个，${out}；另外3个是解除合同的`, "交了四万五"], 27000],
  ] as Array<[string[], number]>))("%j → %d", async (turns, amount) => {
    expect((await last(turns)).calculation).toMatchObject({ eligible: true, amount });
  });
});

describe("a question ended by 不 or 没 instead of 吗", () => {
  // 能领不 / 有人管没 ask as 能领吗 / 有人管吗 do: the same answer, whichever ends the question.
  it.each([
    ["黑龙江，考了中级工证书，已经领过技能提升补贴了，还能领鉴定评价补贴吗", "不"],
    ["平凉的小公司参保28人，去年裁了5个，还能享受稳岗返还吗", "不"],
    ["去广东打工刚满1个月，黑龙江的路费能报吗", "不"],
    ["大庆的退役军人想创业，有扶持政策吗", "没"],
    ["兴安盟的创业担保贷款遇到疫情还不上，可以展期吗", "不"],
    ["黑龙江脱贫人口返乡回流了，有跟踪服务吗", "没"],
  ])("%s / …%s", async (question, ending) => {
    const [asked, said] = [await last([question]), await last([question.replace(/吗$/, ending)])];
    expect(said.intent).toBe(asked.intent);
    expect(said.calculation?.eligible).toEqual(asked.calculation?.eligible);
    expect(said.citations[0]?.clause).toEqual(asked.citations[0]?.clause);
    expect(asked.intent).not.toBe("unknown");
  });
});

describe("people not of the count, said in a later message", () => {
  // 走了7个 … (next message) 其中4个是自己辞职的: the count said before is the whole they are taken from.
  it.each(["其中4个是自己辞职的", "有4个是主动辞职的", "4个是自己不干了的", "里面有4个是退休的"])("%s → 3 of 60 laid off", async (out) => {
    const a = await last(["兴安盟小微企业，参保60人，去年走了7个人，交了4万5失业保险，稳岗返还多少", out]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 27000 });
    expect(a.text).toContain("3人");
  });
});

describe("a bare correction that fits one fact only beside the others", () => {
  // 参保50人，裁了3个 … 不对，是2个: 2 insured with 3 laid off cannot be, so it is the layoffs.
  it.each([
    [50, 3, 2, "不对，是2个"],
    [40, 4, 1, "说错了，是1个"],
    [120, 9, 6, "不对不对，是6个人"],
    [36, 3, 2, "哦，是两个"],
  ])("参保%d人，裁%d个, then %d in “%s”", async (insured, layoffs, fixed, fix) => {
    const a = await last([`平凉小微企业，参保${insured}人，去年裁了${layoffs}个，缴了失业保险10万，稳岗返还多少`, fix]);
    expect(a.calculation?.steps.join("")).toContain(`${fixed}÷${insured}`);
  });

  it("still asks which when the figure could be either", async () => {
    const a = await last(["平凉小微企业，参保50人，去年裁了3个，缴了失业保险10万，稳岗返还多少", "不对，是40个"]);
    expect(a.intent).toBe("clarify");
    expect(a.text).toContain("还是");
  });
});

describe("a household fact kept when the person is described anew", () => {
  // 建档立卡贫困户 (a 困难家庭) then 今年大学毕业: the graduate is still of a 困难家庭.
  it.each(["我家是建档立卡贫困户", "家里是脱贫户", "我们家是建档立卡户"])("%s, then the graduates → 求职创业补贴", async (home) => {
    const a = await last(["大庆的求职创业补贴给多少", home, "我家双胞胎今年都大学毕业，都还没找到工作", "俩孩子能领多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 2000 });
  });
});

describe("whether a rule applies, its deciding facts unsaid", () => {
  // The clause on such a case answers; the facts that would decide it are asked for, and a later message computes.
  it.each([
    ["平凉市", "我们是会计师事务所，稳岗返还能申请不", "会计师事务所"],
    ["平凉市", "我们单位是律师事务所，能不能享受稳岗返还", "律师事务所"],
    ["平凉市", "我们是社会团体，也可以申请稳岗返还吗", "社会团体"],
  ])("%s: %s", async (region, question, quoted) => {
    const a = await last([question], region);
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]!.text).toContain(quoted);
    expect(a.text).toMatch(/还需要知道：.*裁员/);
    const b = await last([question, "参保20人，去年没裁员，交了失业保险3万"], region);
    expect(b.calculation).toMatchObject({ calculator: "失业保险稳岗返还", eligible: true, amount: 18000 });
  });
});

describe("a time that names the thing asked about", () => {
  it.each(["剩下几个月的见习补贴还发吗", "没满的那几个月的见习补贴还给不给", "提前签了合同，剩余几个月的补贴能拿不"])("%s asks no time", async (q) => {
    const a = await last([q], "平凉市");
    expect(a.intent).toBe("lookup");
    expect(a.citations.some((c) => c.text.includes("剩余期限见习补贴"))).toBe(true);
  });
});

describe("a topic the documents do not cover, inside the words asking", () => {
  it.each(["社保断交了还能补交吗", "养老保险中间断了，还能补交不", "医药费能报销吗"])("%s → unknown", async (q) => {
    expect((await last([q])).intent).toBe("unknown");
  });
  it.each([
    ["我是脱贫户，去江苏打工4个月，路费能报销吗", true],
    ["我是脱贫户，去浙江打工才2个月，车费能报销不", false],
  ])("%s: the user's facts make it a rule's question", async (q, eligible) => {
    expect((await last([q], "黑龙江省")).calculation).toMatchObject({ calculator: "一次性往返交通补助", eligible });
  });
});

describe("a standard the documents only measure by", () => {
  it.each(["哈尔滨最低工资多少钱", "平凉的低保标准是多少", "大庆现在最低工资标准是多少"])("%s: not stated, with the clause that uses it", async (q) => {
    const a = await last([q]);
    expect(a.intent).toBe("unknown");
    expect(a.text).toMatch(/没有写明.*的具体数额/);
    expect(a.text).toContain("12333");
  });
});

describe("a certificate's words around its level", () => {
  it.each(["考了个四级证书", "拿到了中级（四级）证", "考下了四级电工证", "考取了中级工证"])("%s → 中级, 1500", async (cert) => {
    const a = await last([`我在平凉，${cert}，失业保险交了2年，技能提升补贴多少`]);
    expect(a.calculation).toMatchObject({ calculator: "技能提升补贴", eligible: true, amount: 1500 });
  });
});

describe("the asking words begun inside a policy's name", () => {
  // 稳岗返还有没有份: 还有没有 is not asked whether it still runs.
  it.each(["稳岗返还有没有份", "稳岗返还有没有我们的", "稳岗返还能不能拿"])("…%s → eligibility, computed", async (ask) => {
    const a = await last([`兴安盟的小企业，去年月均参保28人，裁了6个，失业保险交了3千5，${ask}？`]);
    expect(a.calculation).toMatchObject({ calculator: "失业保险稳岗返还", eligible: false });
  });
});

describe("a count that is a clause of its own", () => {
  // After a look-up on the policy, 4个，都签了三年合同 answers how many were hired.
  it.each(["4个，合同都是三年的", "4个，签的都是三年", "有4个，合同签了三年", "三年合同，4个"])("%s → 4 × 1000", async (facts) => {
    const a = await last(["我们在哈尔滨，今年招了一批应届毕业生，有补贴不", facts]);
    expect(a.calculation).toMatchObject({ calculator: "一次性吸纳就业补贴", eligible: true, amount: 4000 });
  });
});

describe("the others of a count said with the opposite word, its object left out", () => {
  it.each(["另外2个没到", "剩下2个不够", "另外2个低于标准", "其他2个没达到"])("7 of 9 above the line, %s → 7000", async (rest) => {
    const a = await last([`黑龙江的帮扶车间用了9个脱贫人口，7个工资过了监测标准，${rest}，奖补多少`]);
    expect(a.calculation).toMatchObject({ calculator: "就业帮扶车间奖补", eligible: true, amount: 7000 });
  });
});

describe("a fact the user does not know yet", () => {
  it.each(["最后留几个还没定", "留用多少现在说不好", "这个还不确定", "不清楚，还没定"])("%s: the calculation waits for it", async (unsure) => {
    const turns = ["见习补贴怎么算", "见习生6个，见习期5个月", unsure];
    const a = await last(turns, "平凉市");
    expect(a.intent).toBe("clarify");
    expect(a.calculation).toMatchObject({ calculator: "见习补贴", eligible: null });
    expect(a.text).toContain("留用");
    const b = await last([...turns, "最后留了3个"], "平凉市");
    expect(b.calculation).toMatchObject({ calculator: "见习补贴", amount: 36000 });
  });
  it.each(["我也不清楚我们算大型还是中型", "大型还是中小微我也说不准", "不知道是大企业还是小企业"])("%s: a choice states neither", async (unsure) => {
    const a = await last(["平凉这边稳岗返还咋算", "我们参保1500来人，去年一个没裁，失业保险交了60万", unsure]);
    expect(a.intent).toBe("clarify");
    expect(a.calculation?.missing.join("")).toContain("企业类型");
  });
});

describe("a figure said again is no keyword", () => {
  it.each(["上个月考了个初级证，五级的", "考了个五级证，也就是初级", "拿了初级工证书（五级）"])("%s, after 在领失业金 → 1000", async (cert) => {
    const a = await last(["我目前正在领失业金", cert], "平凉市");
    expect(a.calculation).toMatchObject({ calculator: "技能提升补贴", eligible: true, amount: 1000 });
  });
});

describe("facts of the user's own that point to one rule, whatever other words are said", () => {
  it.each([
    ["我们单位属于一类行业，这边基金结存可支付26个月，费用能少交点不", false, null],
    ["我们单位不是一类行业，基金可支付月数20个月，现行费率1%，以后按多少交", true, 0.8],
    ["我们是三类行业，结存可支付30个月，现在费率1.6%，能降到多少", true, 0.8],
  ] as Array<[string, boolean, number | null]>)("%s", async (q, eligible, amount) => {
    const a = await last([q], "兴安盟");
    expect(a.calculation).toMatchObject({ calculator: "工伤保险费率（阶段性降低）", eligible, amount });
  });
});

describe("how people talk around a programme's name", () => {
  // Single characters no clause uses (老, 听) and words like 这边 are how people talk, not a subject.
  it.each(["老听人提龙江护工，是个啥", "常听人讲龙江护工，是干啥的", "龙江护工到底是个啥东西"])("%s → the clause naming it", async (q) => {
    const a = await last([q]);
    expect(a.intent).toBe("lookup");
    expect(a.citations.slice(0, 3).some((c) => c.text.includes("龙江护工"))).toBe(true);
  });
  it.each(["我想在小区开个家政小店，黑龙江有扶持没", "想开个社区家政小店，有啥优惠", "黑龙江开家政小店有扶持吗"])("%s → the clause on it", async (q) => {
    const a = await last([q]);
    expect(a.intent).toBe("lookup");
    expect(a.citations.slice(0, 3).some((c) => c.text.includes("家政小店"))).toBe(true);
  });
  it.each(["我不是本地人，在哈尔滨钱包丢了，能找政府救个急不", "在哈尔滨打工钱包丢了，政府能救急不"])("%s → 临时救助, kept as the topic", async (q) => {
    const a = await last([q]);
    expect(a.citations[0]!.text).toContain("临时救助");
    const b = await last([q, "这个归哪个部门管"]);
    expect(b.text).toContain("临时救助");
  });
});

describe("whether a programme pays, asked after it in words no clause uses", () => {
  it.each(["要是评上了给钱不", "选上了有钱拿吗", "评上的话发钱不"])("创业新秀 … %s → its clause", async (q) => {
    const a = await last(["平凉是不是在评创业新秀", q]);
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]!.text).toContain("创业新秀");
  });
});

describe("a rule of elsewhere that fits the message better than the region's", () => {
  // In 平凉 (whose clause names 往返交通补助 without a figure), the group alone does not make it 吸纳就业补贴.
  it.each(["我家是脱贫户，想去外地打工，来回路费能补点不", "我们家是脱贫户，打算出去打工，车费给报不", "脱贫户出去务工，路费有补助吗"])("%s → 往返交通补助's clause", async (q) => {
    const a = await last([q], "平凉市");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("往返交通补助");
    expect(a.calculation).toBeNull();
  });
});

describe("a rough figure, then the exact one", () => {
  it.each(["四万多，具体是41800", "4万多点，准确说是41800", "大概四万吧，确切的是41800元", "四万来块，具体点41800", "四万多，就按41800算", "4万多，按41800来", "四万二左右，确切数是41800", "4万2上下，具体是41800"])("交了%s → 41800 × 60%", async (paid) => {
    const a = await last(["黑龙江的小厂，员工参保30名，去年裁了2个", `失业保险一共交了${paid}，稳岗返还多少`]);
    expect(a.calculation).toMatchObject({ calculator: "失业保险稳岗返还", amount: 25080 });
  });
});

describe("一块 before a verb is together, not one yuan", () => {
  it.each(["单位和个人一块交的失业保险是1.2万", "单位跟个人一块缴了1.2万失业保险", "一块交了1.2万失业保险费"])("%s → 12000", async (paid) => {
    const a = await last([`平凉的会计师事务所，参保职工8人，去年没裁人，${paid}，稳岗返还多少`]);
    expect(a.calculation).toMatchObject({ calculator: "失业保险稳岗返还", amount: 7200 });
  });
});

describe("the answer to which fact a figure was, given as the other fact", () => {
  // 十个人是人数还是留用人数？ — 留下来7个: the figure asked about is the one not given now.
  it.each(["见习完留下来7个", "最后留用了7个", "留了7个人"])("%s → 10 trainees, 7 kept", async (kept) => {
    const a = await last(["平凉的单位，见习补贴咋算", "见习生一共十个人，见习期半年", kept]);
    expect(a.calculation).toMatchObject({ calculator: "见习补贴", amount: 90000 });
  });
});

describe("a policy named that no rule computes", () => {
  it.each(["大学毕业3年，在大庆开店一年多了，一次性创业补贴能领吗", "我是大学毕业4年的，开了个小饭馆一年半了，一次性创业补贴有吗"])("%s → its clause", async (q) => {
    const a = await last([q]);
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]!.text).toContain("一次性创业补贴");
  });
});

describe("a fact turn with an ordinal (第一次考了技师证)", () => {
  it.each(["七台河，今年第一次考下技师证", "鸡西的，头一回考下来技师证", "佳木斯的，第一次拿到技师（二级）证书"])("%s → 鉴定评价补贴, then 已领过技能提升补贴 → no", async (first) => {
    const a = await last([first]);
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", eligible: true });
    for (const had of ["已经领了技能提升补贴的，鉴定评价补贴能不能也要一份", "技能提升补贴我们已经领过了，鉴定评价补贴还能领吗"]) {
      expect((await last([first, had])).calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", eligible: false });
    }
  });
});

describe("facts noted in one turn, the amount asked in the next without the policy's name", () => {
  it.each([
    ["我大四了，家里是建档立卡的贫困户", "毕业找工作的话有补贴吗，多少钱"],
    ["我快毕业了，家里是低保户", "找工作的话能补多少钱"],
    ["我今年要毕业，家里吃低保", "求职有补贴不，给多少"],
  ])("%s / %s → 1000", async (facts, ask) => {
    const a = await last([facts, ask], "大庆市");
    expect(a.calculation).toMatchObject({ calculator: "一次性求职创业补贴", eligible: true, amount: 1000 });
  });
});

describe("a couple said as one", () => {
  it.each(["我们两口子都是脱贫劳动力，都在浙江厂里干了5个月", "夫妻俩都是脱贫户，一起去江苏打工干了半年", "我俩都是脱贫人口，在广东干了4个月"])("%s → 2 × 1000", async (q) => {
    const a = await last([`${q}，家里地也种着，生产奖补一共多少`], "黑龙江省");
    expect(a.calculation).toMatchObject({ calculator: "生产奖补", eligible: true, amount: 2000 });
  });
});

describe("how long, asked of the policy discussed in everyday words", () => {
  // The policy's clause that states a time answers (贷款受理至发放时限压缩在5个工作日内).
  it.each(["从申请到放款要多久", "放款要多长时间", "申请了多久能放下来"])("创业担保贷款 … %s", async (q) => {
    const a = await last(["兴安盟的创业担保贷款好办吗", q]);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("5个工作日");
  });
});

describe("a follow-up right after a look-up that kept no policy as the topic", () => {
  // 落户 quoted from the clause that also sets 求职创业补贴: the follow-up is asked of the look-up, not of that policy.
  it.each(["那去哪儿办呢", "那要去哪办", "需要带什么材料"])("能把户口落过来不 … %s", async (q) => {
    const a = await last(["中专毕业在大庆上班，租的房子，户口能落过来吗", q]);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("户籍管理部门");
  });
});

describe("the amount asked again after a calculation, in other words", () => {
  it.each(["那单位每月要交多少", "单位一个月要交多少钱", "那我们每月交多少"])("工资总额1.2万 … %s → 60", async (q) => {
    const a = await last(["失业保险单位现在交几个点", "我们小店每月工资总额1.2万", q], "兴安盟");
    expect(a.calculation).toMatchObject({ calculator: "失业保险费（阶段性降低费率）", amount: 60 });
  });
});

describe("another policy asked after, with no facts of its own", () => {
  // The facts given for one rule are the user's for the next (考了个电工证，中级的 … 鉴定评价补贴给多少).
  it.each(["鉴定评价补贴能给多少", "那职业技能鉴定评价补贴呢", "鉴定补贴能拿多少"])("…%s → 350", async (q) => {
    const a = await last(["问下考证有什么补贴", "今年头一次考了电工证，中级，四级的", q], "黑龙江省");
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", eligible: true, amount: 350 });
  });
});

describe("a what-if that changes a count by some (再多留一个, 少裁两个)", () => {
  it.each([["要是再多留一个呢", 144000], ["那多留一个呢", 144000], ["要是少留一个呢", 120000]])("留用了9个 … %s", async (what, amount) => {
    const a = await last(["平凉的见习补贴咋算，见习生20个，见习期6个月", "留用了9个", what]);
    expect(a.calculation).toMatchObject({ calculator: "见习补贴", amount });
  });
  it.each([["那要是少裁两个呢", true], ["如果再多裁两个呢", false]])("裁员7人 of 100 … %s", async (what, eligible) => {
    const a = await last(["黑龙江的中小微企业，参保100人，去年裁员7人，缴失业保险费10万元，稳岗返还多少", what]);
    expect(a.calculation).toMatchObject({ calculator: "失业保险稳岗返还", eligible });
  });
});

describe("each level's figure asked (各给多少), not a total", () => {
  it.each(["鉴定评价补贴初级中级高级每级各给多少钱", "鉴定评价补贴初级、中级、高级分别给多少", "考初级中级高级证，鉴定评价补贴各补多少"])("%s → the clause with each standard", async (q) => {
    const a = await last([`黑龙江${q}`]);
    expect(a.intent).toBe("lookup");
    expect(a.calculation).toBeNull();
    for (const figure of ["300", "350", "400"]) expect(a.text).toContain(figure);
  });
});

describe("a first message that only describes the user's business", () => {
  it.each(["我们是家保洁公司", "我们单位是搞物流的", "我是开饭店的"])("%s → noted, and what they want asked", async (q) => {
    const a = await last([q], "大庆市");
    expect(a.intent).toBe("clarify");
    expect(a.text).toContain("请问您想了解");
  });
  it.each(["不对，有一个登记才3个月，一共多少", "不对，其中一个登记失业才4个月"])("then 5 hired, 登记失业一年多 … %s → 4 × 1000", async (fix) => {
    const a = await last(["我们是家保洁公司", "招了5个阿姨，都在社区登记失业一年多了，合同签的一年", fix], "大庆市");
    expect(a.calculation).toMatchObject({ calculator: "一次性吸纳就业补贴", amount: 4000 });
  });
});

describe("a request of the bot is not a description of the user", () => {
  it.each(["帮我写封辞职信", "帮我推荐个平凉的馆子", "给我写个请假条"])("%s → unknown", async (q) => {
    expect((await last([q])).intent).toBe("unknown");
  });
});

describe("还能再领 … 吗 with a long gap (a figure and a name between)", () => {
  it.each(["还能再领那350块的鉴定评价补贴不", "还能再拿那个鉴定补贴吗", "鉴定评价补贴还能领吗"])("拿了中级证书，已经领过技能提升补贴 … %s → no", async (q) => {
    const a = await last([`佳木斯的，中级证书到手了，技能提升补贴已经领过，${q}`]);
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", eligible: false });
  });
});

describe("one person's certificates, several of them (slots.yaml `several`)", () => {
  // 初级（五级）…中级（四级），两个加一起: the 两个 counts the certificates, not people.
  it.each(["今年先拿了初级（五级）证，后来又拿了中级（四级）证，两个一共多少", "考了初级工证和中级工证，两个证加起来能补多少", "拿了初级证书，又拿了个中级证书，俩证合计多少"])("%s → 2500", async (q) => {
    const a = await last(["平凉的技能提升补贴", "失业保险交了两年多", q], "平凉市");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 2500 });
  });

  // A later message adding one (又, 另外, 还): each computed and added up; a correction replaces it.
  it.each([
    ["后来又考了个高级证，两个一共多少", 3000],
    ["另外我还拿了个中级的", 2500],
    // (the adding word farther before the certificate, in its clause)
    ["下半年又去考下来一个维修电工中级，加一块多少", 2500],
    ["年底的时候还报名考过了高级，合计能拿多少", 3000],
    ["不对，是高级证", 2000],
    ["说错了，是中级", 1500],
  ])("then “%s” → %d", async (turn, amount) => {
    const a = await last(["平凉技能提升补贴，我交失业保险三年了，考了个初级证，能拿多少", turn], "平凉市");
    expect(a.calculation).toMatchObject({ eligible: true, amount });
  });
});

describe("a standard asked with words of the question only (每人每月)", () => {
  // 每人每月 says what is asked, not who the user is: the clause's figures answer, no facts asked for.
  it.each(["平凉见习补贴一个人一个月给多少", "见习补贴每人每月发多少钱", "平凉这边见习单位的补贴每月每人多少"])("%s", async (q) => {
    const a = await last([q], "平凉市");
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]?.text).toContain("1000");
  });
  it("with the user's own facts it is computed", async () => {
    const a = await last(["我们接了10个见习的，留下了6个，见习补贴每人每月多少"], "平凉市");
    expect(a.calculation).toMatchObject({ amount: 1350 });
  });
});

describe("facts said in passing to a question about the rule itself, after a look-up", () => {
  it.each(["我们小微企业没开对公账户，这钱会打到哪里", "我们厂参保30来人，这个要去哪儿申请", "我们厂是中小企业，这个需要自己去申请吗", "我们是个小厂，没有对公账户咋整", "我们是小微企业，没有对公账户，钱往哪打"])("%s stays the question", async (turn) => {
    const a = await last(["兴安盟的稳岗返还要企业自己申请吗", turn], "兴安盟");
    expect(a.intent).toBe("lookup");
    expect(a.calculation).toBeNull();
  });
});

describe("a policy and whom it is for, said as a subject (no question, nothing of the user's)", () => {
  it.each(["公益性岗位 用来安置就业困难人员", "一次性吸纳就业补贴 登记失业半年以上人员", "技能提升补贴 领取失业保险金人员"])("%s → look-up", async (q) => {
    const a = await last([q], "兴安盟");
    expect(a.intent).toBe("lookup");
  });
});

describe("a correction of one group's count, named by its description", () => {
  // 不对，大姐是2个: the group described with 大姐 changes; the other stands.
  it.each([
    ["不对，大姐是两个", 4000],
    ["说错了，那几个大姐其实是1个", 3000],
    ["小伙子应该是3个", 6000],
  ])("%s → %d", async (fix, amount) => {
    const a = await last(["招了登记失业的20岁小伙子2个，另外登记失业9个月的大姐3个，合同都签了一年", "一次性吸纳就业补贴多少", fix], "黑龙江省");
    expect(a.calculation).toMatchObject({ eligible: true, amount });
  });
  // The group named by the words that describe it, a fact of theirs said again in passing (登记失业的).
  it.each([["更正一下，登记失业那批是2个", 5000, "2个登记失业"], ["我说错了，刚毕业的应该是1个", 4000, "1个今年刚毕业"]])("%s → %d, the group named by its new count", async (fix, amount, named) => {
    const a = await last(["平凉的厂子，招了3个登记失业一年多的，另外3个今年刚毕业的大学生，都签了两年合同，吸纳就业补贴多少", fix]);
    expect(a.calculation).toMatchObject({ eligible: true, amount });
    expect(a.text).toContain(`【${named}`);
  });
  it("a count said for everyone is not one group's", async () => {
    const a = await last(["招了登记失业的20岁小伙子2个，另外登记失业9个月的大姐3个，合同都签了一年", "一次性吸纳就业补贴多少", "不对，一共是4个"], "黑龙江省");
    expect(a.calculation?.amount).not.toBe(5000);
  });
});

describe("an employer's hiring points to the hiring subsidies (招了, 录用了)", () => {
  // The people hired are graduates: 吸纳就业补贴 for the firm, not the graduate's own 求职创业补贴.
  it.each(["我们公司今年招了3个应届毕业生，能拿什么补贴", "厂里录用了3名今年毕业的大学生，补贴咋算", "我们单位新招了3个毕业年度的大学生，有补助吗"])("%s", async (q) => {
    const a = await last([q], "黑龙江省");
    expect(a.citations[0]).toMatchObject({ docId: "heilongjiang-2023-02", clause: "（十一）" });
    expect(a.text).toContain("吸纳就业补贴");
    expect(a.text).not.toContain("求职创业补贴");
  });
  it("within another policy's conversation, the hiring word does not move it", async () => {
    const a = await last(["黑龙江就业帮扶车间的奖补怎么算", "车间雇了5个脱贫劳动力", "工资都达到监测标准了"]);
    expect(a.calculation).toMatchObject({ calculator: "就业帮扶车间奖补", amount: 5000 });
  });
  // 还有登记失业半年以上的2个: more people, the word adding them opening the clause.
  it.each(["还有2名登记失业超过半年的", "另外登记失业一年的2名", "还有登记失业七个月的两个人"])("then “%s” → both lots", async (more) => {
    const a = await last(["单位今年招用了毕业年度的高校毕业生4名", more, "合同都签的两年，一共能拿多少"], "兴安盟");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 9000 });
  });
});

describe("each person's own figures, said the way another's were", () => {
  // 我老公交失业险两年多…；我交了才10个月: the second figure is the same fact, of the second person.
  it.each([
    ["平凉的，爱人那边失业保险交了三年，今年考下电工中级证；我自己只交了8个月，拿了初级证。我们家技能提升补贴合计多少", 1500],
    ["平凉的，我交失业险两年了，拿了个初级证；我老公交了才半年，拿了中级证，两人的技能提升补贴合计多少", 1000],
  ])("%s → %d", async (q, amount) => {
    expect((await last([q])).calculation).toMatchObject({ amount });
  });
  // 俺培训了12天，孩子培训了25天: 孩子 is a person of the family, with days of their own.
  it("孩子 named as a person, with their own days", async () => {
    const a = await last(["俺家是脱贫户，俺和孩子都去参加了培训，孩子是没考上高中的两后生，俺培训了10天，孩子培训了20天，生活费补贴合计给多少"], "兴安盟");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 3000 });
  });
});

describe("one person at a time, an age with no 岁 (一个22一个19)", () => {
  it.each(["另外还有2个登记失业的年轻人，一个23一个18", "另外2名登记失业的青年，一个二十三一个十八"])("%s → both youth", async (more) => {
    const a = await last([`招了2个今年毕业的大学生，${more}，合同都签了一年，一次性吸纳就业补贴多少`], "兴安盟");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 6000 });
  });
});

describe("a firm counted is no person (一个小微企业)", () => {
  it.each(["我们是五常的一个小厂，", "我们是开发区一个小型加工厂，", "我们是一家小公司，"])("%s… before the headcount", async (firm) => {
    const a = await last([`${firm}参保职工20人，去年走了3个，失业保险费一共缴了3万，稳岗返还多少`], "黑龙江省");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 18000 });
  });
  it("稳岗返还 with 一个小微企业 before the headcount", async () => {
    const a = await last(["我们是哈尔滨一个小微企业，参保职工20人，去年减员3人，失业保险费一共缴了3万，稳岗返还多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 18000 });
  });
});

describe("a follow-up about the policy just looked up, in words another clause has too", () => {
  // 在岗的给上保险吗 after 乡村公益性岗位: its clause says 购买意外伤害商业保险; 稳岗返还's 失业保险 is another subject.
  it.each(["在岗的人有没有保险", "上岗以后给买保险不"])("%s", async (turn) => {
    const a = await last(["黑龙江的乡村公益岗都安置什么人", turn], "黑龙江省");
    expect(a.citations[0]).toMatchObject({ docId: "heilongjiang-2022-18", clause: "（八）" });
  });
  it("a follow-up on another subject is searched as asked", async () => {
    const a = await last(["黑龙江的乡村公益岗都安置什么人", "高校毕业生去基层就业有学费补偿吗"], "黑龙江省");
    expect(a.citations[0]?.text).toContain("学费补偿");
  });
});

describe("an employer who hired, nothing else said yet", () => {
  // 招了几个人，能拿啥补贴: the hiring subsidies are gone through, and who was hired is asked.
  it.each(["我们公司今年招了几个人，能申请啥补贴", "厂里刚招了一批新人，有什么补贴没", "单位新招了人，能享受哪些补贴"])("%s", async (q) => {
    const a = await last([q], "平凉市");
    expect(a.intent).toBe("clarify");
    expect(a.text).toContain("一次性吸纳就业补贴");
    expect(a.text).toContain("人员类别");
  });
});

describe("two lots of people no cue places, the second said to be more (还有3个…的)", () => {
  // Each lot has its policy: 扩岗补助 for the graduates insured a month, 吸纳就业补贴 for the long unemployed.
  it("each lot computed on its own, both policies named", async () => {
    const a = await last(["我们单位今年招人了", "3名应届毕业的大学生，签了两年合同，三险交了一个多月了；还有2个五十来岁、登记失业一年多的，合同签了一年", "一共能拿多少"], "平凉市");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 6500 });
    expect(a.text).toContain("一次性扩岗补助和一次性吸纳就业补贴");
  });
});

describe("a firm's contribution for all its insured, the base being each one's", () => {
  it.each([
    [["我们单位参保职工20人，每个人缴费基数都是5000，单位每月失业保险交多少"], 500],
    [["公司有12名员工，缴费基数每人3000元", "单位一个月失业保险得交多少钱"], 180],
    [["月工资8000，失业保险单位每个月交多少"], 40],
  ])("%j → %d", async (turns, amount) => {
    expect((await last(turns, "黑龙江省")).calculation).toMatchObject({ amount });
  });
});

describe("children named by their order in the family (老大, 老二)", () => {
  it("each one's months and fare", async () => {
    const a = await last(["黑龙江的脱贫户，家里几个人都在外省打工", "老大在江苏干了5个月，老二在山东才干了1个月，我在河北干了4个月。来回路费我是380，老大是600", "路费补助总共多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 880 });
  });
});

describe("another policy asked whether it still pays, over the facts given (还能再领那300不)", () => {
  // 那300 points at a sum, not a count of people; what was had (技能提升补贴) bars it.
  it.each(["那职业技能鉴定评价补贴那300还能领吗", "那职业技能鉴定评价补贴还能领吗"])("%s", async (turn) => {
    const a = await last(["黑龙江的，交失业保险3年了，今年考了个初级证，已经领过失业保险技能提升补贴了", turn]);
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", eligible: false });
  });
  it("whether two can be had together stays a question about both", async () => {
    const a = await last(["新招了一个应届毕业生，社保也交上了，听说有扩岗补助？", "那它和吸纳就业补贴能一起拿吗"], "平凉市");
    expect(a.intent).toBe("lookup");
  });
});

describe("a yearly limit over one person's certificates (每人每年最多3次)", () => {
  // The best ones count: 高级 2000 + 中级 1500 + 中级 1500; the fourth is past the limit.
  it.each(["今年我一共拿了4个证，电工初级、焊工中级、车工中级、钳工高级，最多能领多少", "今年拿了焊工初级证、电工中级证、车工中级证，还有钳工高级证，技能提升补贴合计多少"])("%s", async (turn) => {
    const a = await last(["平凉的，我交失业保险3年了", turn], "平凉市");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 5000 });
  });
  it("two certificates are both counted", async () => {
    const a = await last(["平凉的，我交失业保险3年了", "今年考了焊工初级证，又考了电工高级证，技能提升补贴多少"], "平凉市");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 3000 });
  });
});

describe("where each person worked, said in messages of their own", () => {
  // 我在哈尔滨… then 我媳妇去天津…: in-province for the one, cross-province for the other.
  it("生产奖补 each by where they went", async () => {
    const a = await last(["黑龙江的脱贫户，家里自己种地", "我在大庆打工干了4个月", "我爱人去北京干了5个月", "生产奖补总共给多少"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 1500 });
  });
});

describe("where the money comes from, asked after a look-up (哪出的, 什么资金)", () => {
  it.each(["那这钱是从哪出的", "这个补贴用的什么资金", "这钱从哪个资金里出啊"])("%s → the 列支 sentence", async (turn) => {
    const a = await last(["黑龙江职业技能鉴定评价补贴标准是多少", turn]);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("列支");
  });
});

describe("whether there is a benefit at all (有补贴吗), facts said in passing", () => {
  // What the documents give, quoted with its figure — not a calculation asking for more facts.
  it.each([
    ["咱们厂里录用了两个登记失业快一年的，有没有补贴", "heilongjiang-2023-02", "1000"],
    ["帮扶车间里干活的都是脱贫户，车间有奖补没", "heilongjiang-2022-18", "1000"],
    ["我儿子今年毕业进了我们公司，公司有补助不", "heilongjiang-2023-02", "1000"],
    ["做劳务经纪的，帮脱贫人口找到活了，签了两年合同，政府有补助吗", "heilongjiang-2022-18", "200元"],
  ])("%s", async (q, docId, figure) => {
    const a = await last([q], "黑龙江省");
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]?.docId).toBe(docId);
    expect(a.text).toContain(figure);
  });
  it("facts that decide it are the calculation's answer", async () => {
    const a = await last(["厂里新招进来两个登记失业七个多月的，合同只签了三个月，能有补贴吗"], "黑龙江省");
    expect(a.intent).toBe("calculate");
    expect(a.calculation).toMatchObject({ calculator: "一次性吸纳就业补贴", eligible: false });
    expect(a.citations[0]).toMatchObject({ docId: "heilongjiang-2023-02", clause: "（十七）" });
  });
  it("facts missing: the figures' sentence for the case described, and what would decide it", async () => {
    const a = await last(["厂里新招进来两个登记失业七个多月的，能有补贴吗"], "黑龙江省");
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]).toMatchObject({ docId: "heilongjiang-2023-02", clause: "（十七）" });
    expect(a.text).toContain("还需要知道：签订的劳动合同期限");
  });
  it("an amount asked beside it is computed (有没有补贴，能给多少)", async () => {
    const a = await last(["我们新招的3个都在人社登记失业七八个月了，合同都签了两年，有没有补贴，能给多少"], "黑龙江省");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 3000 });
  });
  it("the facts told after it compute the policy it quoted", async () => {
    const t = await talk(["给脱贫户介绍工作的劳务经纪人有补助吗", "介绍成了8个，都签了一年多的合同"], "黑龙江省");
    expect(t[0]!.intent).toBe("lookup");
    expect(t[1]!.calculation).toMatchObject({ calculator: "就业创业服务补助", eligible: true, amount: 1600 });
  });
});

describe("the rest of those counted before, said with facts of their own (剩下的都签了两年)", () => {
  // 有4个只签了半年，剩下的都…: two groups, the rest being those counted before less the ones said.
  it.each(["里面3个合同才签了半年，余下的都签了两年", "有3个签的半年合同，其余的都是两年", "3个只签了5个月，别的都签了一年多"])("%s", async (turn) => {
    const a = await last(["黑龙江这边，我是给脱贫户介绍工作的劳务经纪人", "这回介绍上岗了12个", turn]);
    expect(a.calculation).toMatchObject({ calculator: "就业创业服务补助", eligible: true, amount: 1800 });
  });
});

describe("a what-if in the words of the rule's own question (要是…上浮呢)", () => {
  // No asking word: 要是…呢 over the calculation under way recomputes it with the question's condition.
  it.each(["要是当地上浮到顶呢", "假如按最高的上浮比例呢"])("%s → 400 × 130%", async (turn) => {
    const a = await last(["鸡西的，头一回考下电工高级（三级）证，鉴定评价补贴给多少", turn]);
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", amount: 520 });
  });
});

describe("an answer to the bot's own which-question, by facts that fit one of the rules offered", () => {
  // 您问的是哪一项：技能提升补贴，还是鉴定评价补贴？ — facts that fit 鉴定评价补贴 and a third rule choose the one offered.
  it("鉴定评价补贴, chosen by 头一回考", async () => {
    const t = await talk(["牡丹江的，我和爱人这一年都拿了证，补贴给多少", "我考的焊工中级（四级），她拿的是育婴员五级证，俩人这证都是头一回考的"]);
    expect(t[0]!.text).toContain("哪一项");
    expect(t[1]!.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", amount: 650 });
  });
});

describe("a workshop or base counted is no person (一个见习基地)", () => {
  it.each(["崆峒区一个见习基地，", "我们是平凉的一个就业帮扶车间，"])("%s… the trainees counted after it", async (firm) => {
    const a = await last([`${firm}接收见习生8个，见习6个月，留下2个，见习补贴多少`]);
    expect(a.calculation).toMatchObject({ calculator: "见习补贴", eligible: true });
    expect(a.calculation?.amount).toBe(8 * 6 * 1000);
  });
});

describe("the same case in another region, said of the firm (要是我们厂开在…呢)", () => {
  it.each(["假如我们公司开在乌兰浩特呢", "如果公司设在科右前旗呢", "那咱厂子在阿尔山的话呢"])("%s → 兴安盟's 1500 each", async (turn) => {
    const a = await last(["崇信县的厂子，招了2个登记失业七个多月的，合同签的两年，能补多少", turn]);
    expect(a.calculation).toMatchObject({ calculator: "一次性吸纳就业补贴", amount: 3000 });
    expect(a.region).toBe("兴安盟");
  });
});

describe("times said before the question's verb are the times asked, not times had (一次能给多少, 两回一共)", () => {
  it("技能提升补贴 discussed where no sum is set: 一次能给多少钱 is its sum, not another rule's", async () => {
    const a = await last(["黑龙江的，技能提升补贴我考了个中级证", "那一次能给多少钱"]);
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("未规定技能提升补贴");
  });
  it.each([
    ["平凉的，参保3年了，今年拿了焊工初级证，又考了电工中级证，技能提升补贴两回一共能领多少", 2500],
    ["平凉参保2年的职工，考下高级证，技能提升补贴一次能补多少", 2000],
  ])("%s → %d", async (q, amount) => {
    expect((await last([q])).calculation?.amount).toBe(amount);
  });
});

describe("the place one sets out from is home (从七台河去山东打工)", () => {
  it.each([
    ["俺从七台河去山东打工了半年，是脱贫户，来回花了700，交通补助多少", 500],
    ["我由双鸭山到浙江干了4个月，脱贫劳动力，路费380，交通补助给多少", 380],
  ])("%s → %d", async (q, amount) => {
    const a = await last([q]);
    expect(a.calculation).toMatchObject({ calculator: "一次性往返交通补助", amount });
  });
});

describe("a count given by its label (人数是4, 招聘人数8个)", () => {
  // (The bot asks for 月数 and 人数: a bare figure would be the first, the label makes it the second.)
  it.each(["人数是4", "人数为4"])("answers the bot's question for 月数 and 人数 with “%s”", async (answer) => {
    const a = await last(["大庆的家庭农场，招了建档立卡贫困家庭劳动力", answer, "都干了一年多了"]);
    expect(a.calculation).toMatchObject({ amount: 4000 });
  });
});

describe("an amount asked as what the benefit is (补贴是多少)", () => {
  it.each([
    ["牡丹江职工初次取得高级工证书，鉴定评价补贴是多少", 400],
    ["佳木斯的，头一回考下技师证，工种在重点产业目录里，市里按顶格上浮，评价补贴是多少", 585],
  ])("%s → %d", async (q, amount) => {
    expect((await last([q])).calculation?.amount).toBe(amount);
  });
});

describe("a time the clause sets as a condition, asked as a requirement (签多久合同才给)", () => {
  it("订单培训's 6个月 contract, quoted with its full-width figure", async () => {
    const a = await last(["大庆的企业跟培训机构合作定向培训，学员合同至少要签几个月才有培训补贴"]);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("６个月以上劳动合同");
  });
});

describe("whether a kind of unit or person is covered, asked after the policy was looked up (…的也能…吗)", () => {
  it.each([
    [["黑龙江的生产奖补咋规定的", "干公益性岗位的能不能拿"], "不含公益岗"],
    [["兴安盟工伤保险费率怎么降", "属于一类行业的企业能不能降"], "不含一类行业单位"],
  ])("%j → the clause that says so", async (turns, words) => {
    const a = await last(turns);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain(words);
  });
  it.each([
    [["兴安盟工伤保险费率怎么降", "我们是一类行业的企业，能降吗"], "工伤保险费率（阶段性降低）"],
    [["黑龙江的生产奖补咋规定的", "我在村里干公益岗，能拿吗"], "生产奖补"],
  ])("%j, said of the user's own → their case computed", async (turns, calculator) => {
    expect((await last(turns)).calculation).toMatchObject({ calculator, eligible: false });
  });
});

describe("where the user's own application stands (审核到哪一步了, 批下来没): no document says", () => {
  it.each([
    [["我们单位的吸纳就业补贴材料交上去一个月了，审批进度能帮忙看看吗"]],
    [["平凉的小微企业，参保20人，没裁员，交了失业保险4万，稳岗返还多少", "那我们去年申请的批下来没"]],
  ])("%j → unknown, where to ask", async (turns) => {
    const a = await last(turns);
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("12333");
    expect(a.calculation).toBeNull();
  });
  it("when the money comes, asked of the policy, is its clause", async () => {
    expect((await last(["兴安盟稳岗返还一般多久能到账"])).intent).toBe("lookup");
  });
});

describe("figures of the user's own case, asking whether it pays (去年裁了…，还能领吗)", () => {
  it.each([
    ["我们单位去年辞了两个人，今年还能享受稳岗返还不", "黑龙江省"],
    ["厂里上年度减员5人，稳岗返还还有份吗", "平凉市"],
  ])("%s → the facts that decide it are asked for", async (q, region) => {
    const a = await last([q], region);
    expect(a.intent).toBe("clarify");
    expect(a.calculation?.missing.join("")).toContain("参保人数");
  });
  it("a kind of unit with no figure is what the clause says of it, and what would decide it", async () => {
    const a = await last(["我们是会计师事务所，稳岗返还能申请不"], "兴安盟");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("按您的情况核对");
  });
});

describe("people called by name are counted (小张和小赵, 王姐、李师傅、小刘三个)", () => {
  it.each([
    ["黑龙江，我们店招了小张和小赵，都是今年毕业的大学生，签了两年合同，一次性吸纳就业补贴能给多少", 2000],
    ["大庆的企业，招了王姐、李师傅、小刘三个登记失业半年以上的，合同签了一年，吸纳就业补贴多少", 3000],
    ["肇源的农民合作社，吸纳了建档立卡贫困户老马、老田、老郭，都稳定干满一年多了，奖补多少", 3000],
    ["平凉的小微企业，今年招了小周跟小吴，都是离校两年内没就业的大学生，签了一年合同，社保交了两个月，扩岗补助多少", 3000],
  ])("%s → %d", async (q, amount) => {
    expect((await last([q])).calculation?.amount).toBe(amount);
  });
  it("小于 is no one's name", async () => {
    const a = await last(["黑龙江脱贫户，去外省打工小于3个月，交通补助能领吗"]);
    expect(a.calculation?.eligible).not.toBe(true);
  });
});

describe("a rough figure is shown in the steps as said (不到3个月, 一年多), not the end it was computed at", () => {
  it.each([
    ["牡丹江的脱贫户，去天津打工还不够3个月，交通补助能领吗", false, "不够3个月"],
    ["大庆的家庭农场吸纳了4个建档立卡贫困劳动力，都干了一年多了，奖补多少", true, "稳定就业一年多"],
  ])("%s", async (q, eligible, said) => {
    const a = await last([q]);
    expect(a.calculation?.eligible).toBe(eligible);
    expect(a.text).toContain(said);
    expect(a.text).not.toMatch(/0\.03|12个月，满足稳定就业/);
  });
});

describe("more of those counted, said as a what-if (要是再加2个呢, 再多招两个呢)", () => {
  it.each([
    [["泾川的企业，招了4个登记失业半年以上的，合同都是两年，吸纳就业补贴多少", "要是再加3个呢"], 7000],
    [["林甸的家庭农场吸纳了2个建档立卡贫困劳动力，都干满一年多了，奖补多少", "再多招两个呢"], 4000],
  ])("%j → %d, the new ones like the last lot", async (turns, amount) => {
    expect((await last(turns)).calculation?.amount).toBe(amount);
  });
  it("after a screening, the total for the larger count", async () => {
    const a = await last(["崇信的公司，今年招了2个应届毕业生，能享受啥补贴", "合同签了三年，三险交了3个月了", "再加一个人呢，情况都一样"]);
    expect(a.calculation?.amount).toBe(3 * 1500);
  });
});

describe("more people or another person said to be like those before (情况一样, 一块去的)", () => {
  it("another lot with a kind of its own and the rest as before (也参加了), a total after it no lot", async () => {
    const a = await last(["兴安盟培训生活费补贴怎么算", "我们嘎查有2个脱贫户参加了培训", "培训了10天", "另外有个低保家庭的也参加了，总共3个人"]);
    expect(a.calculation?.amount).toBe(3 * 10 * 100);
  });
  it("my wife went with me, the same fare (跟我一起去的)", async () => {
    const a = await last(["我是佳木斯的脱贫户，在广东干了半年，来回车票花了460，交通补助多少", "我老婆也是脱贫户，跟我一起去的，车票也一样，俩人一共多少"]);
    expect(a.calculation?.amount).toBe(920);
  });
});

describe("a bare count answering the bot's question for two counts (22人): which one is asked", () => {
  it("the next message giving one of them makes it the other", async () => {
    const t = await talk(["阿尔山的小微企业，稳岗返还能给多少", "18人", "去年裁了2个", "失业保险费交了1.5万"]);
    expect(t[1]!.text).toContain("是");
    expect(t[1]!.text).toMatch(/上年度裁员人数，还是上年度月均参保人数|上年度月均参保人数，还是上年度裁员人数/);
    expect(t[3]!.calculation).toMatchObject({ eligible: true, amount: 9000 });
  });
});

describe("until when, asked after a look-up in everyday words (啥时候截止)", () => {
  it("the policy's end date from its clause", async () => {
    const a = await last(["齐齐哈尔的企业招了离校两年没就业的大学生，有吸纳就业补贴没", "那啥时候到期"]);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("2023年12月31日");
  });
});

describe("a question in the words of the calculation's own question, asked on its own (听说能上浮？)", () => {
  it("recomputes with the uplift, and a follow-up of another level keeps it (那…呢，最高多少)", async () => {
    const t = await talk(["双鸭山的，头回考下高级工证，鉴定评价补贴多少", "能往上浮吗？俺这工种在重点产业目录里", "那技师呢，最多能到多少"]);
    expect(t.map((a) => a.calculation?.amount)).toEqual([400, 520, 585]);
  });
  it("asking the amount again with no change of fact leaves the question's words (能一起拿吗) behind", async () => {
    const t = await talk(["崇信县的公司，扩岗补助跟吸纳就业补贴可以两个都要吗", "招了3个离校两年内没就业的大学生，合同签了2年", "三险都给交了3个月了", "那最多合起来能拿多少"]);
    expect(t[2]!.text).toContain("不能重复享受");
    expect(t[3]!.calculation?.eligible).toBe(true);
  });
});

describe("another kind asked of during a calculation (…的也算不), two policies of one rule asked together, colloquial asking words", () => {
  it("干公益性岗位的也算不, after an existence question with facts → the clause", async () => {
    const a = await last(["佳木斯的脱贫户在省内务工，有生产奖补没", "在村里干公益性岗位的也算吗"]);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("不含公益岗");
  });
  it("two policies of one rule asked whether they combine → the clause that says they cannot", async () => {
    const a = await last(["华亭的企业招大学生能领啥补贴", "那扩岗补助跟吸纳补贴能一块领吗"]);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("不能重复享受");
  });
  it.each([["那这个啥时候截止", "2024年12月31日"], ["那这个从啥时候开始的", "2023年5月1日起执行"]])("%s asks until or since when (啥 for 什么)", async (q, date) => {
    const a = await last(["牡丹江企业失业保险单位费率是几个点", q]);
    expect(a.text).toContain(date);
  });
});

describe("several years (好几年), the region asked instead (换到…算呢), insurance to be paid (要是把三险都交上呢)", () => {
  it("好几年 meets 参保1年以上 at both ends", async () => {
    const a = await last(["我是灵台的职工，失业险缴了好几年，今年刚拿到中级工证书，技能提升补贴能有多少"]);
    expect(a.calculation?.amount).toBe(1500);
    expect(a.text).toContain("“好几年”");
  });
  it("换到兴安盟算呢 → the same case there", async () => {
    const a = await last(["平凉的企业招了2个登记失业半年以上的，合同签两年，吸纳就业补贴多少", "换到兴安盟算呢"]);
    expect(a.region).toBe("兴安盟");
    expect(a.calculation?.amount).toBe(3000);
  });
  it("要是把养老失业工伤都交上呢 → 扩岗补助 computed", async () => {
    const a = await last(["崆峒区的企业，招了3个今年毕业的大学生", "合同签了两年，三险还没交", "要是下周把养老失业工伤都交上呢"]);
    expect(a.calculation?.amount).toBe(4500);
  });
});

describe("a figure of a policy the region's documents name otherwise and set no figure for (职业技能评价补贴 in 兴安盟)", () => {
  it("兴安盟…鉴定评价补贴给多少钱 → unknown, said so", async () => {
    const a = await last(["科右中旗的，考了个高级工证，鉴定评价补贴能给多少钱"]);
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("兴安盟的文件未规定职业技能鉴定评价补贴");
  });
});

describe("a bare number answering the bot's question for two counts, and a firm of another region as a what-if (要是…的企业呢)", () => {
  it("42 → which of the two; the next message giving one makes it the other", async () => {
    const t = await talk(["想问一下稳岗返还", "佳木斯的 中小微企业", "42", "去年减员1个，企业和个人失业保险共交了3万"]);
    expect(t[2]!.text).toMatch(/上年度裁员人数，还是上年度月均参保人数|上年度月均参保人数，还是上年度裁员人数/);
    expect(t[3]!.calculation).toMatchObject({ eligible: true, amount: 18000 });
  });
  it("要是乌兰浩特的公司呢 → the same case in 兴安盟", async () => {
    const a = await last(["泾川的，招了2个登记失业半年以上的，合同都签两年", "要是乌兰浩特的公司呢"]);
    expect(a.calculation).toMatchObject({ calculator: "一次性吸纳就业补贴", amount: 3000 });
    expect(a.text).toContain("兴安盟");
  });
});

describe("per head: 一人能拿多少 asks the standard, 每人1500 is a sum per head — neither is a headcount", () => {
  const hired = ["平凉的企业，新招了5名离校两年内没工作的高校毕业生，合同签了两年，三险都交了3个月", "扩岗补助能拿多少"];
  it.each(["一个人给多少，总共多少", "每人多少钱，一共多少", "每个人能领多少，合计多少", "一人补多少，加起来多少"])("%s keeps the 5 hired", async (ask) => {
    const a = await last([...hired, ask]);
    expect(a.calculation?.amount).toBe(7500);
  });
  it.each(["每人每月1350是吧，一共多少钱", "每个人一个月1350，那总共给多少"])("见习补贴 … %s: the total, the count kept", async (said) => {
    const a = await last(["平凉的，见习生10个，见习了4个月，留下了6个", said]);
    expect(a.calculation?.amount).toBe(54000);
  });
  it.each(["每人1500", "每人一千五", "每个人1500块"])("扩岗补助…%s: the count stays", async (said) => {
    const a = await last([hired[0]!, `扩岗补助是${said}对吧，一共多少`]);
    expect(a.calculation?.amount).toBe(7500);
  });
});

describe("a benefit already granted (批下来了, 到账了) bars the one it does not combine with", () => {
  it.each(["扩岗补助上个月已经批下来了", "扩岗补助已经到账了", "扩岗补助的钱已经发下来了"])("%s → 吸纳就业补贴也能领吗: no", async (had) => {
    const a = await last(["平凉这边，厂里新进了3个应届大学毕业生，合同签了3年", had, "那吸纳就业补贴还能领吗"]);
    expect(a.calculation?.eligible).toBe(false);
    expect(a.text).toContain("不能重复享受");
  });
});

describe("a share said before the counts it is computed from gives way to them (留用率 → 留下了几个)", () => {
  it.each([
    [["平凉见习补贴留用率达到70%是什么标准", "我们见习生10个，见习了4个月，留下了6个"], 54000],
    [["平凉见习补贴留用率达到70%是什么标准", "我们见习生10个，见习了4个月，留下了7个", "要是只留下5个呢"], 48000],
    [["平凉，10个见习生见习4个月，留用率60%", "不对，实际留了8个"], 60000],
  ])("%j → %d", async (turns, amount) => {
    expect((await last(turns)).calculation?.amount).toBe(amount);
  });
});

describe("slips of the input method (terms.yaml typos) are read as meant, not only in searching", () => {
  it.each([
    ["平凉的单位，收了几个见习的大学生，有补帖吗", "平凉的单位，收了几个见习的大学生，有补贴吗"],
    ["黑龙江的稳刚返还怎么申请", "黑龙江的稳岗返还怎么申请"],
  ])("%s reads as %s", async (slip, meant) => {
    const [a, b] = [await last([slip, "见习生8个，见习了3个月"]), await last([meant, "见习生8个，见习了3个月"])];
    expect(a.intent).toBe(b.intent);
    expect(a.calculation?.calculator ?? null).toBe(b.calculation?.calculator ?? null);
    expect(a.citations[0]?.clause).toBe(b.citations[0]?.clause);
  });
});

describe("a short reply to the bot's yes-or-no question (拿到了, 是的，已经拿了, 还没考)", () => {
  const ask = "阿尔山的企业职工，交失业保险3年了，技能提升补贴能申请吗";
  it.each([
    ["拿到手了", true],
    ["是的，上个月就拿了", true],
    ["嗯，有证", true],
    ["对，已经取得", true],
    ["还没拿到", false],
    ["没考呢", false],
  ])("%s → eligible %s", async (reply, eligible) => {
    expect((await last([ask, reply])).calculation?.eligible).toBe(eligible);
  });
  it.each(["科右中旗", "不清楚"])("%s is no yes: the question stands", async (reply) => {
    const a = await last([ask, reply]);
    expect(a.calculation?.eligible ?? null).toBeNull();
  });
});

describe("what stands between 能 and 吗 is asked about, not a fact (能在县城登记失业吗)", () => {
  it.each([
    ["我老家林甸乡下的，在大庆城区打零工，现在没活了，可以在城镇登记失业吗"],
    ["杜蒙农村户口，人在大庆市区住了三年，没工作，可以在城镇那边登记失业不"],
  ])("%s → 大庆's 城镇常住地 clause", async (q) => {
    const a = await last([q]);
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]).toMatchObject({ docId: "daqing-2017", clause: "（十三）" });
  });
  it("and as a follow-up that alone finds nothing in the user's documents", async () => {
    const a = await last(["我是肇源农村的，在大庆城里租房子住，一直没找着活", "在城里能不能做失业登记"]);
    expect(a.citations[0]).toMatchObject({ docId: "daqing-2017", clause: "（十三）" });
  });
  it("words of asking inside it still ask (能一起领吗)", async () => {
    const a = await last(["平凉，扩岗补助跟吸纳就业补贴能一块申请吗"]);
    expect(a.text).toContain("不能重复享受");
  });
});

describe("the firm said small in passing (俺们是个小食品厂)", () => {
  it("is a 中小微企业 for 稳岗返还", async () => {
    const a = await last(["鹤岗的，我们是个小家具厂，参保员工20个，去年走了1个，全年失业保险缴了两万", "稳岗返还多少"]);
    expect(a.calculation?.amount).toBe(12000);
  });
});

describe("a count said again with the figure of the one fact it equals (那8个人都见习了6个月)", () => {
  it.each([
    [["崇信，单位接收了10名见习人员，到期留下了5个，见习补贴每人每月多少", "那10个人都见习了3个月，总共多少"], 36000],
    [["泾川的，见习生6个，留用3个，每人每月给多少", "这6个人见习期都是4个月，一共能拿多少"], 28800],
  ])("%j → %d", async (turns, amount) => {
    expect((await last(turns)).calculation?.amount).toBe(amount);
  });
});

describe("answers in a conversation the bot must place: 他 of the one hired, a province for 跨省, 没裁 ending a clause", () => {
  it("他 after an employer's one hire is that hire: the contract said before still counts", async () => {
    const a = await last(["齐齐哈尔，我们店里招了一个失业的，劳动合同签了两年，有吸纳就业补贴没", "他登记失业快五个月", "不对，他登记失业八个月了"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 1000 });
  });
  it.each(["浙江", "广东那边"])("the bot asked 跨省还是省内 — %s: another province", async (place) => {
    const a = await last(["鸡西的脱贫户，外出务工交通补助能给多少", place, "干了5个月，来回火车票一共420"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 420 });
  });
  it("没裁 ending a clause is no layoffs", async () => {
    const a = await last(["兴安盟的小微企业稳岗返还能返多少", "失业保险交了两万", "参保25人，去年没裁"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 12000 });
  });
  it("a request to book a ticket is outside the documents, though it names where", async () => {
    expect((await last(["帮我订一张后天去上海的火车票"])).intent).toBe("unknown");
  });
});

describe("the rule's own share said back (小微企业返百分之六十对吧) is no fact of the user's", () => {
  it.each(["兴安盟稳岗返还，小微企业是返百分之六十对吧", "平凉的稳岗返还，大企业返30%是吗"])("%s: no layoff rate read from it", async (q) => {
    const a = await last([q]);
    expect(a.calculation?.eligible).not.toBe(false);
    expect(a.text).not.toContain("高于5.5%");
  });
});

describe("a fact said again in fewer words (应届大学生 … 大学生) keeps what was said before", () => {
  it("毕业年度 said first, then 大学生 with the count: still graduates of the year", async () => {
    const a = await last(["佳木斯，单位今年招了几个应届毕业的大学生，吸纳就业补贴咋算", "大学生一共招了3个，合同签的都是三年"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 3000 });
  });
});

describe("a later message naming some of those counted, opened by an interjection (哦，有一个…)", () => {
  it("哦 before 有两个…: those two recounted, the others as said", async () => {
    const a = await last(["绥化的企业招了5个登记失业的，能拿多少吸纳就业补贴", "5个人失业登记都一年多了，合同两年", "哦，有两个其实才登记了三个月"]);
    expect(a.calculation).toMatchObject({ eligible: true, amount: 3000 });
  });
});

describe("figures said one each of the people counted (分别), and a wage base said as the firm's total (合计)", () => {
  // 招了3个，分别是18、22、25岁: one figure per person, each computed on its own.
  it.each([
    ["牡丹江的厂子新进了3个失业登记过的小年轻，年龄分别是18、23和25岁，合同都签1年的，能补多少吸纳补贴", 2000],
    ["黑龙江一个企业招了两名登记失业青年，分别20岁和27岁，签两年合同，问下吸纳补贴多少", 1000],
    ["平凉的企业招了2个失业超过半年登记过的，合同分别签了1年和半年，问下吸纳补贴多少", 1000],
    ["兴安盟培训了4个脱贫劳动力，天数分别为5天、8天、10天、12天，生活费补贴合计多少", 3500],
  ])("%s → %d", async (q, amount) => {
    expect((await last([q])).calculation).toMatchObject({ eligible: true, amount });
  });

  // 失业、养老和工伤保险 named together: the months insured, not months out of work.
  it("reads months of 失业、养老和工伤 insurance as insured months (扩岗 for those insured, 吸纳 for the others)", async () => {
    const a = await last(["我们厂新进了4个今年刚毕业的大学生，合同都是一年，能拿多少补贴", "其中两个已经给缴了3个月的失业、养老和工伤保险，剩下俩还没上社保"], "平凉市");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 5000 });
  });

  // 缴费基数合计20万 beside a headcount: the base is the firm's, not each person's.
  it.each([
    ["黑龙江的公司，职工50人，缴费基数总共35万，单位一个月交多少失业保险", 1750],
    ["兴安盟企业 员工60人 工资总额每月48万 失业险单位部分交多少", 2400],
    ["员工30人，每人缴费基数5000，黑龙江失业保险单位每月交多少", 750],
  ])("%s → %d", async (q, amount) => {
    expect((await last([q])).calculation?.amount).toBe(amount);
  });
});

describe("a citizen's conversation: where they worked said again or corrected, animals counted roughly, a couple said with 俺", () => {
  // 不对，是去的辽宁 / 不是哈尔滨 / 在大庆那边干: the place of work read in those words, replacing the one before.
  it.each([
    [["咱家是脱贫户，自己种大棚，去年外出打工了，生产奖补给多少", "在省内干了5个月", "说错了，是去的河北，在石家庄干的"], 1000],
    [["俺鹤岗的，脱贫户，去年外出打工了，交通补助给多少", "在牡丹江干了半年，来回花了七百", "不对，是去的江苏苏州，不是牡丹江"], 500],
  ])("%j → %d", async (turns, amount) => {
    expect((await last(turns, "黑龙江省")).calculation).toMatchObject({ eligible: true, amount });
  });
  it("a place of work said with 干 ending the clause (就在大庆那边干) is within the province", async () => {
    const a = await last(["我鸡西的，建档立卡脱贫户，去年外出务工7个月", "就在哈尔滨工地那边干", "那这个往返交通补助给报不"]);
    expect(a.calculation).toMatchObject({ eligible: false });
  });
  // 二十来只羊: a rough numeral before a measure of animals counts no one.
  it.each(["家里头养了二十来只羊", "家里头养了十来头猪", "种了三十多亩地"])("%s → no people counted", async (said) => {
    const a = await last([`俺家脱贫户，${said}，俺去年去外省打工干了4个月，生产奖补给多少`], "黑龙江省");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 1000 });
  });
  it.each(["俺和俺媳妇", "俺跟俺老婆", "我和媳妇"])("%s都是脱贫户 … 两个人", async (who) => {
    const a = await last([`${who}都是脱贫户，自己还种地，去年一起去山东干了半年，生产奖补一共多少`], "黑龙江省");
    expect(a.calculation).toMatchObject({ eligible: true, amount: 2000 });
  });
});

describe("another policy asked after the user said they had one (技能提升补贴我已经领了 → 鉴定评价补贴还能再拿一份不)", () => {
  it.each(["那鉴定评价补贴还能再拿一份不", "职业技能鉴定评价补贴还能另外再领吗"])("%s → not combined, computed over the facts known", async (turn) => {
    const a = await last(["我是黑河的，失业保险交了三年，今年考了个高级焊工证", "技能提升补贴我已经领了", turn]);
    expect(a.intent).toBe("calculate");
    expect(a.calculation).toMatchObject({ calculator: "职业技能鉴定评价补贴", eligible: false });
  });
});

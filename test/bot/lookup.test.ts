import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../src/bot/answer.js";
import { on, repoCorpus, testBot } from "../helpers.js";

const bot = (today?: string) => testBot(today ? { clock: on(today) } : {});

/** The answer to `then`, asked right after `first` in one conversation. */
async function after(first: string, then: string) {
  const b = bot();
  await b.reply("f", first);
  return b.reply("f", then);
}

describe("lookup answers", () => {
  it("quote the clause, name the document and say the policy has ended", async () => {
    const a = await bot().reply("s", "黑龙江的失业保险稳岗返还需要满足什么条件？");
    expect(a.intent).toBe("lookup");
    expect(a.region).toBe("黑龙江省");
    expect(a.citations[0]).toMatchObject({ docId: "heilongjiang-2023-02", clause: "（一）", docNumber: "黑政办规〔2023〕2号", endsOn: "2023-12-31", expired: true });
    expect(a.citations[0]!.text).toContain("可以申请失业保险稳岗返还");
    expect(a.text).toContain("《关于优化调整稳就业政策全力促发展惠民生的若干措施》（黑政办规〔2023〕2号）第（一）条");
    expect(a.text).toContain("该政策执行期限截至2023年12月31日，目前已到期");
    expect(a.text).toContain("12333");
  });

  it("say the policy is in force when the clock is inside its period", async () => {
    const a = await bot("2023-07-01").reply("s", "黑龙江的失业保险稳岗返还需要满足什么条件？");
    expect(a.citations[0]!.expired).toBe(false);
    expect(a.text).toContain("目前仍在执行期内");
  });

  it("quote the sentence that holds the figure asked for", async () => {
    expect((await bot().reply("s", "黑龙江稳岗返还的返还比例是多少？")).text).toContain("中小微企业按企业及其职工上年度实际缴纳失业保险费的60%返还");
    const injury = (await bot().reply("s", "兴安盟工伤保险费率下调多少？")).text;
    expect(injury).toContain("以现行费率为基础下调50%");
    expect(injury).toContain("以现行费率为基础下调20%");
  });

  it("say when a clause states no end date", async () => {
    const a = await bot().reply("s", "大庆市事业单位的科研人员可以离岗创业吗？");
    expect(a.citations[0]).toMatchObject({ docId: "daqing-2017", clause: "（八）", endsOn: null });
    expect(a.text).toContain("未载明执行期限");
  });

  it("use the user's known region when the question names none", async () => {
    const a = await bot().reply("s", "公益性岗位补贴最长能享受几年？", { region: "兴安盟" });
    expect(a.citations[0]).toMatchObject({ docId: "xinganmeng-2023-04", clause: "27、" });
    expect(a.text).toContain("3年");
  });

  it("say the user's region has nothing, and show another region's rule as not applying", async () => {
    const a = await bot().reply("s", "王科长热线是干什么的？", { region: "兴安盟" });
    expect(a.intent).toBe("lookup");
    expect(a.region).toBe("兴安盟");
    expect(a.text).toContain("兴安盟适用的文件中没有相关规定");
    expect(a.text).toContain("不适用于兴安盟");
    expect(a.citations[0]!.docId).toBe("heilongjiang-2023-02");
  });

  it("say the user's region does not have a policy the question names, and show who has it", async () => {
    const a = await bot().reply("s", "失业保险费率是多少？", { region: "平凉市" });
    expect(a.text).toContain("平凉市适用的文件中没有相关规定");
    expect(a.text).not.toContain("告诉我您所在的地区");
    expect(a.citations.map((c) => c.docId)).not.toContain("pingliang-2023-75");
    expect(a.text).toContain("0.5%");
  });

  it("show each region's version when the region is unknown, never silently one", async () => {
    const a = await bot().reply("s", "现在失业保险费率是多少？单位和个人各交多少？");
    expect(new Set(a.citations.map((c) => c.docId))).toEqual(new Set(["heilongjiang-2023-02", "xinganmeng-2023-04"]));
    expect(a.text).toContain("【黑龙江省】");
    expect(a.text).toContain("【兴安盟】");
    expect(a.region).toBeNull();
  });

  it("read an annex table row with its header", async () => {
    const a = await bot().reply("s", "齐齐哈尔2022年脱贫人口务工目标任务是多少？");
    expect(a.citations[0]!.clause).toBe("附件1（序号2）");
    expect(a.text).toContain("齐齐哈尔，目标任务6.22");
    expect(a.text).toContain("万人");
  });

  it("remember the region a user gave earlier in the conversation", async () => {
    const a = await after("我在平凉，想问问政策", "见习补贴是多少？");
    expect(a.citations[0]!.docId).toBe("pingliang-2023-75");
  });
});

describe("help and unknown", () => {
  it("greets with examples of what to ask", async () => {
    for (const q of ["你好", "您好！", "你能做什么", "", "怎么使用这个？", "请问", "我想咨询一下"]) {
      const a = await bot().reply("s", q);
      expect(a.intent, q).toBe("help");
      expect(a.text).toContain("稳岗返还");
    }
  });

  it("still answers questions near the boundary that the documents do cover", async () => {
    const a = await bot().reply("s", "兴安盟失业人员能代缴医疗保险吗？");
    expect(a.citations[0]!.docId).toBe("xinganmeng-2023-04");
  });

  it("acknowledges a message that only says where the user is", async () => {
    for (const q of ["我在平凉", "我是兴安盟的", "大庆"]) {
      const a = await bot().reply("s", q);
      expect(a.intent, q).toBe("help");
      expect(a.text).toContain("已记下您在");
    }
  });

  it("says the documents have nothing, without a citation, and points to 12333", async () => {
    for (const q of ["今天哈尔滨天气怎么样？", "帮我写一首关于春天的诗", "个人所得税专项附加扣除怎么填？", "房贷利率是多少", "asdfghjkl", "北京到上海的高铁几点发车", "公积金贷款额度是多少？", "首套房贷款利率是多少？", "养老保险缴费比例是多少？", "医疗保险怎么报销"]) {
      const a = await bot().reply("s", q);
      expect(a.intent, q).toBe("unknown");
      expect(a.citations).toEqual([]);
      expect(a.text).toContain("12333");
    }
  });

  it("says which places it has no documents for, rather than answering with another region's", async () => {
    const a = await bot().reply("s", "北京的稳岗返还政策是什么？");
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("没有北京市的文件");
    const b = await bot().reply("s", "我是黑龙江的脱贫人口，去浙江打工5个月了，往返路费花了860元，交通补助能给多少？");
    expect(b.intent).toBe("calculate");
  });

  it("always returns a valid answer object", async () => {
    const a = await bot().reply("s", "兴安盟工伤保险费率怎么下调？");
    expect(() => AnswerSchema.parse(a)).not.toThrow();
  });
});

describe("the specific clause before the general one", () => {
  it("quotes the city's own clause naming the policy over a provincial one mentioning it", async () => {
    for (const q of ["大庆的一次性创业补贴给哪些人", "大庆创业补贴怎么规定的"]) {
      const a = await bot().reply("s", q);
      expect(a.citations[0]?.docId, q).toBe("daqing-2017");
      expect(a.text, q).toContain("一次性创业补贴");
    }
  });
});

describe("what is quoted", () => {
  const bracketOnly = /“[〔（(][^〔〕（）()“”]*(?:牵头|负责)[^〔〕（）()“”]*[〕）)]”/;
  // Questions naming a department, or a policy: the 〔…按职责分工负责〕 bracket is who carries it out, not an answer.
  const questions = ["黑龙江省交通运输厅有什么补贴政策", "省商务厅的稳就业政策", "黑龙江财政厅补贴", ...repoCorpus().terms.terms.map((t) => `黑龙江介绍一下${t.term}`)];
  it.each(questions.map((q) => [q] as const))("%s: never a 牵头/负责 bracket alone", async (q) => {
    expect((await bot().reply("s", q)).text).not.toMatch(bracketOnly);
  });
  it.each([["兴安盟稳岗返还怎么申请", /申请|免申即享/], ["黑龙江技能提升补贴怎么申领", /申请/]])("%s: quotes the sentence saying how to apply", async (q, how) => {
    const a = await bot().reply("s", q);
    expect(a.intent).toBe("lookup");
    expect(a.text.match(/“([^”]*)”/)?.[1]).toMatch(how);
  });
  it("answers a policy's bare name where the region has it but no figure, as a look-up", async () => {
    const a = await bot().reply("s", "兴安盟见习补贴");
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]?.docId).toBe("xinganmeng-2023-04");
  });

  it("quotes the bracket when who is in charge is asked", async () => {
    expect((await bot().reply("s", "黑龙江稳岗返还哪个部门负责")).text).toMatch(/负责/);
  });
});

describe("questions about the bot itself", () => {
  it.each([["我不太会用，怎么问你"], ["您能教教我怎么提问吗"], ["机器人你会干啥"], ["这个小程序咋用啊"]])("%s → help", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("help");
  });
  it.each([["您好，在吗"], ["hi 小助手"], ["喂，有人吗？客服"]])("%s: greetings and words to the bot alone → help", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("help");
  });
  // Every greeting with every way of saying "I have something to ask", in either order: a greeting still.
  const hellos = ["您好", "你好", "在吗", "hello", "早上好", "喂"];
  const asking = ["想咨询点事", "问个事", "打扰一下", "麻烦问一下", "我想问问", "咨询一下"];
  it.each(hellos.flatMap((h) => asking.flatMap((a) => [`${h}，${a}`, `${a}，${h}`, `${h}${a}`])))("%s: a greeting and a wish to ask → help", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("help");
  });
  it.each(asking.map((a) => `您好，${a}，稳岗返还怎么申请`))("%s: the question after the greeting is answered", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("lookup");
  });
  it.each([["你是真人吗"], ["你是真人客服还是机器人？"], ["是机器人在回复吗"], ["请问是人工吗"]])("%s asks what it is talking to → help", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("help");
  });
  it.each([["这个咋用啊，直接打字问就行？"], ["都能问些啥"], ["怎么提问比较好"], ["这玩意是干啥的"], ["你这能查哪些地方的"], ["都收了哪些地方的政策"]])("%s asks how to use it, whoever it addresses → help", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("help");
  });
  it.each([["帮我把“谢谢你的帮助”翻译成英文"], ["你能帮我写一首诗吗"], ["你会讲个笑话吗"]])("%s asks the bot for a task outside the documents → unknown", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("unknown");
  });
  it.each([["你们这稳岗返还怎么领"], ["您好，我们参保50人，没裁员"], ["稳岗返还资金怎么用"]])("%s names a policy or a fact: not help", async (q) => {
    expect((await bot().reply("s", q)).intent).not.toBe("help");
  });
});

describe("a look-up in everyday words the documents never use", () => {
  // Metamorphic: the same question padded with words no clause has keeps its answer; off the
  // documents' subjects such words still leave the question unanswered.
  const bases: Array<[string, string, string]> = [
    ["兴安盟公益性岗位补贴最长能享受几年", "xinganmeng-2023-04", "27、"],
    ["平凉稳岗返还资金用途", "pingliang-2023-75", "（一）"],
    ["大庆高校毕业生租房能落户吗", "daqing-2017", "（十）"],
  ];
  const padding = ["说实话我也搞不太懂，", "孩子让我来问问，", "麻烦您了，那个啥，"];
  it.each(bases.flatMap(([q, doc, clause]) => padding.map((p) => [`${p}${q}`, doc, clause] as const)))("%s → still its clause", async (q, doc, clause) => {
    const a = await bot().reply("s", q);
    expect(a.intent).toBe("lookup");
    expect(a.citations.slice(0, 3).map((c) => `${c.docId} ${c.clause}`)).toContain(`${doc} ${clause}`);
  });
  it.each([
    ["厂里效益不行，稳岗返还那笔钱到账以后能拿来干嘛", "稳岗返还资金"],
    ["在外头干了好些年，想回老家平凉创业有啥扶持", "返乡创业"],
    ["退伍了想找个班上，大庆有啥帮扶没", "退役军人"],
    ["大庆网上骗人的假招工信息有人管没", "虚假用工信息"],
    ["大庆的，跑单的换个城市干，公积金咋接上", "公积金转移接续"],
    ["在外地出事了没钱，能在当地找政府救急不", "临时救助"],
  ])("%s: the words that are the documents' answer it", async (q, words) => {
    const a = await bot().reply("s", q);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain(words);
  });
  it.each(["红烧肉怎么做才好吃", "孩子发烧了吃什么药好", "这周末去哪玩比较好"])("%s: off the documents' subjects → unknown", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("unknown");
  });
});

describe("what the documents do not state", () => {
  /** The answer to a question: unknown, saying what (`said`) the documents do not state. */
  const saysUnstated = async (q: string, said: string | RegExp, context: { region?: string } = {}) => {
    const a = await bot().reply("s", q, context);
    expect(a.intent).toBe("unknown");
    expect(a.text).toMatch(said);
    return a;
  };
  it.each([["兴安盟创业担保贷款额度是多少", "创业担保贷款"], ["平凉创业担保贷款利率多少", "创业担保贷款"]])("%s: says so, points to 12333, shows what they do say", async (q, term) => {
    const a = await saysUnstated(q, new RegExp(`收录的文件没有写明${term}的`));
    expect(a.text).toContain("12333");
    expect(a.citations.length).toBeGreaterThan(0);
  });
  it("says until when is not stated where neither the clause nor its document gives a date", async () => {
    await saysUnstated("大庆的一次性创业补贴到哪天结束", "未载明执行期限");
    expect((await bot().reply("s", "平凉扩岗补助到哪天结束")).intent).toBe("lookup");
  });

  it.each([
    ["兴安盟", "困难毕业生的一次性求职创业补贴一个人发多少钱", "求职创业补贴"],
    ["邹平市", "稳岗返还按多少比例返", "稳岗返还"],
    ["大庆市", "我们这边就业见习补贴每人每月给多少钱", "见习补贴"],
  ])("%s %s: the region names the policy but sets no figure — unknown, with what it does say", async (region, q, term) => {
    const a = await saysUnstated(q, new RegExp(`${region}的文件未规定${term}的具体(标准|金额)`), { region });
    expect(a.text).toContain("12333");
    expect(a.citations.length).toBeGreaterThan(0);
  });
  // Staff-style: the policy and 标准, no asking word — the figure asked all the same.
  it.each([["大庆市", "大庆市 就业见习补贴 标准", "见习补贴"], ["兴安盟", "兴安盟 求职创业补贴 标准", "求职创业补贴"]])("%s %s: the standard asked tersely, none set → unknown", async (region, q, term) => {
    await saysUnstated(q, new RegExp(`${region}的文件未规定${term}的具体标准`), { region });
  });
  // The clause of 技能提升补贴 also sets 鉴定评价补贴's 150–500元: those are not its amounts.
  it.each(["黑龙江失业保险技能提升补贴每个等级分别给多少钱", "黑龙江技能提升补贴一般给多少钱"])("%s: another policy's sums in the same clause do not answer → unknown", async (q) => {
    await saysUnstated(q, "黑龙江省的文件未规定技能提升补贴的具体");
  });
  // 最晚多久内要申请: a condition's least time (参保1年以上) is no deadline; asked as the condition (要交多久才给), it is.
  it("a deadline asked that no clause sets → unknown, though a condition's time is stated", async () => {
    await saysUnstated("平凉的技能提升补贴最晚多久之内得去申请", "没有写明技能提升补贴的期限", { region: "平凉市" });
  });
  // 办理时限 / 多久能办完 is what the documents say with 办结 and 工作日.
  it.each(["大庆人事档案和社保关系转移，办理时限几天", "在大庆转社保关系、调档案，多久能办完"])("%s → 2个工作日", async (q) => {
    const a = await bot().reply("s", q, { region: "大庆市" });
    expect(a.citations[0]).toMatchObject({ docId: "daqing-2017", clause: "（十）" });
    expect(a.text).toContain("2个工作日");
  });
  // 打工回来了 is the documents' 返乡回流 (terms.yaml phrasing).
  it.each(["好些脱贫户外出打工回来了，不想再出去了，有人管吗", "脱贫劳动力打工回家了，在村里闲着，政府咋帮"])("%s → the clause on 返乡回流", async (q) => {
    const a = await bot().reply("s", q, { region: "黑龙江省" });
    expect(a.citations.slice(0, 3).map((c) => c.text).join("")).toContain("返乡回流");
  });
  // 乡村就业工厂 is 平凉's name for 就业帮扶车间 (its clause names both); a county's documents are its city's.
  it("平凉's 乡村就业工厂, asked from a county: the clause, said to set no figure, by 平凉市", async () => {
    const a = await bot().reply("s", "庄浪县这边的乡村就业工厂吸纳了脱贫劳动力，有啥奖补", { region: "平凉市" });
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]).toMatchObject({ docId: "pingliang-2023-75", clause: "（十三）" });
    expect(a.text).toContain("平凉市的文件未规定就业帮扶车间");
  });
  // 几点开门 asks the 开放时间 (dialogue.yaml specifics_asked): said by the thing it asks for.
  it.each([["零工驿站每天几点开门", "开放时间"], ["想去平凉零工市场看看，具体在哪", "具体地址"], ["平凉建的那7个零工市场都在哪儿", "具体地址"]])("%s → unknown, 没有写明…%s", async (q, thing) => {
    await saysUnstated(q, `的${thing}`, { region: "平凉市" });
  });
  it.each(["来活儿零工平台客服是哪个号", "零工驿站的号码是多少"])("%s → unknown, 没有写明…的电话", async (q) => {
    await saysUnstated(q, "的电话", { region: "黑龙江省" });
  });
  it("都在哪 with more after it asks where to apply, not where a place is", async () => {
    const a = await bot().reply("s", "平凉的吸纳就业补贴都在哪申请", { region: "平凉市" });
    expect(a.intent).toBe("lookup");
  });
  it("a phone number in a clause cited further down is not the one asked for", async () => {
    expect((await bot().reply("s", "来活儿零工平台的联系电话是多少")).intent).toBe("unknown");
  });
  it.each([["单位辞退员工，经济补偿金怎么算"], ["离职了年假没休完有补偿吗"], ["公司把我辞退了，要赔我几个月工资"], ["被开除了单位该赔偿多少"], ["上班路上出了车祸，工伤认定咋办"], ["社保断缴了半年有啥影响"], ["灵活就业交医保，缴费基数怎么定"], ["毕业生租房补贴怎么申请"]])("%s: a topic the documents do not cover → unknown", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("unknown");
  });
  // The region states the policy's conditions (参保1年, 每年3次) and no sum: its sum asked is not stated.
  it.each(["兴安盟技能提升补贴发多少钱", "乌兰浩特的技能提升补贴，标准是多少", "黑龙江 技能提升补贴 补助标准多少"])("%s → unknown, 未规定…的具体", async (q) => {
    await saysUnstated(q, /的文件未规定技能提升补贴的具体/);
  });
  // 就业帮扶基地 is a programme of its own (terms.yaml): its 一次性奖补 has no sum, though the clause sets 交通补助's.
  it("就业帮扶基地's one-off award, asked how much → unknown", async () => {
    await saysUnstated("黑龙江的帮扶基地吸纳脱贫户多，一次性奖补给多少钱", "没有写明就业帮扶基地的");
  });
  // …with the user's facts too: the sum is not computed, whatever the facts (参保2年, 中级证).
  it.each([["乌兰浩特的，单位交了三年失业险，今年拿了高级工证，技能提升补贴到底给多少钱", "兴安盟"], ["鹤岗的，交失业保险两年了，考了个初级证，这技能提升补贴补多少钱", "黑龙江省"]])("%s → unknown", async (q, region) => {
    const a = await saysUnstated(q, `${region}的文件未规定技能提升补贴的具体`);
    expect(a.calculation).toBeNull();
  });
  // A time asked of a policy whose figures are only sums and shares (平凉's 见习补贴: 每人每月, 留用率): not stated.
  it.each(["平凉的见习补贴最多能领多长时间", "静宁县的见习补贴最长给补几个月"])("%s → unknown, 未规定…的具体期限", async (q) => {
    await saysUnstated(q, "平凉市的文件未规定见习补贴的具体期限");
  });
  // 失业农民工一次性生活补助 is a benefit of its own (terms.yaml), not 生活费补贴 mistyped: its sum is not stated.
  it("the one-off living allowance of unemployed migrant workers, how much → unknown", async () => {
    await saysUnstated("农民工失业了，那个一次性生活补助能发多少", "没有写明失业农民工一次性生活补助", { region: "黑龙江省" });
  });
  it("平凉, whose clause sets the sums, answers them", async () => {
    const a = await bot().reply("s", "平凉技能提升补贴发多少钱");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("1500");
  });
  it("says the region sets no figure when a share is asked (百分之多少)", async () => {
    const a = await bot().reply("s", "失业保险金按最低工资标准的百分之几发", { region: "平凉市" });
    expect(a.intent).toBe("unknown");
  });
  it("says the region sets no figure but answers who may apply as a look-up", async () => {
    const a = await bot().reply("s", "兴安盟见习补贴谁能领");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("兴安盟的文件未规定见习补贴的具体标准");
  });

  // A figure asked of a policy the clauses name without one: told apart by the figures they hold.
  const unstated = [
    ["创业担保贷款", ["个人最多能贷多少钱", "一般能贷多少", "最高能借多少", "能拿多少钱"], ""],
    ["失业保险金", ["最长能领几个月", "能领多久", "最多领多长时间"], "期限"],
  ] as const;
  it.each(unstated.flatMap(([term, asks, what]) => ["", "兴安盟", "平凉"].flatMap((place) => asks.map((ask) => [`${place}${term}${ask}？`, term, what] as const))))(
    "%s: no figure of it in the clauses → unknown, what they say, the referral",
    async (q, term, what) => {
      const a = await saysUnstated(q, new RegExp(`(收录的文件没有写明|的文件未规定)${term}的(具体)?${what}`));
      expect(a.text).toContain("12333");
    },
  );
  it.each([["兴安盟公益性岗位补贴最长能享受几年？"], ["创业担保贷款展期最长多久"], ["黑龙江稳岗返还按多少比例返还"], ["兴安盟培训期间的生活费补贴一天多少钱？"], ["黑龙江失业保险金标准是多少"]])("%s: the figure is stated → answered", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("lookup");
  });
  // 失业金一个月给多少: what one gets is a share of the local minimum wage — asked for, the standard shown with the question.
  it.each([["黑龙江失业保险金一个月给多少钱"], ["失业金现在每个月能领多少"]])("%s: the user's own amount → the sum it is a share of is asked", async (q) => {
    const a = await bot().reply("s", q, { region: "黑龙江省" });
    expect(a.intent).toBe("clarify");
    expect(a.text).toContain("最低工资标准");
    expect(a.text).toContain("90%");
  });
  // A rate's unit inside the question (一个月…多少) is no fact; a sum asked of a policy giving only times is not stated.
  it.each([["公益性岗位一个月工资能拿多少？", "公益性岗位"], ["兴安盟公益岗每个月发多少钱", "公益性岗位"], ["失业保险金最长能领多少个月？", "失业保险金"]])("%s → unknown, no fact read from its unit", async (q, term) => {
    const a = await saysUnstated(q, new RegExp(`(?:没有写明|的文件未规定)${term}的`));
    expect(a.calculation).toBeNull();
  });
  it("answers a particular thing the clause does state", async () => {
    expect((await bot().reply("s", "兴安盟创业担保贷款展期最长多久")).intent).not.toBe("unknown");
  });
});

describe("filler words of how people talk", () => {
  // 听说 / 到底 / 究竟 say how one asks, not what about: the same clause is found with them as without.
  const asked = ["龙江护工是什么", "陇原惠岗贷是什么", "王科长热线是干什么的", "创业担保贷款能展期吗"];
  it.each(asked.flatMap((q) => [`听说${q}`, `${q.replace(/是什么|是干什么的|能展期吗/, "")}，这到底${q.match(/是什么|是干什么的|能展期吗/)![0]}`, `究竟${q}`].map((v) => [q, v])))("%s ~ %s", async (plain, said) => {
    const [a, b] = [await bot().reply("f", plain), await bot().reply("f", said)];
    expect(b.intent).toBe("lookup");
    expect(b.citations[0]).toMatchObject({ docId: a.citations[0]!.docId, clause: a.citations[0]!.clause });
  });
});

describe("everyday words for the documents' things (terms.yaml phrasing)", () => {
  // 零活 is the documents' 零工; 营业执照 is got by 登记注册 at 企业开办.
  it.each([["在哈尔滨想打点零活，有啥平台能找", "heilongjiang-2023-02", "零工"], ["在平凉办营业执照能网上办吗", "pingliang-2023-75", "企业开办"]])("%s", async (q, docId, word) => {
    const a = await bot().reply("p", q);
    expect(a.intent).toBe("lookup");
    expect(a.citations.slice(0, 3).some((c) => c.docId === docId && c.text.includes(word))).toBe(true);
  });
});

describe("a follow-up that alone finds nothing, right after a look-up", () => {
  // 有没有线下窗口 after a question on 企业开办: asked of that question, not searched alone.
  it("is asked of the look-up before it", async () => {
    const a = await after("平凉开个体户，执照可以网上办吗", "要是我不会用电脑呢，线下有地方能办吗");
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]?.text).toContain("一窗通办");
  });
  it("a question outside the documents stays unknown", async () => {
    const b = bot();
    await b.reply("w", "平凉开个体户，执照可以网上办吗");
    expect((await b.reply("w", "那个人所得税怎么交")).intent).toBe("unknown");
  });
});

describe("a particular thing the clause answers in other words, or asks about in words of a question", () => {
  // 材料 asked of a clause saying 免申即享 / 无需申请: answered (dialogue.yaml specifics_answered_by).
  it("稳岗返还 in 兴安盟: materials needed? → the clause, 无需申请", async () => {
    const a = await bot().reply("m", "科右前旗这边稳岗返还，我们公司要准备啥材料递上去", { region: "兴安盟" });
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]?.text).toMatch(/免申即享|无需申请/);
  });
  it("打多少号 asks the phone number, which the documents do not give", async () => {
    const a = await bot().reply("m", "来活儿零工平台要打多少号");
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("电话");
  });
  it("考试 asked of what the documents make 免试 (学医的…当村医)", async () => {
    const a = await bot().reply("m", "学医的刚毕业，想去乡下当村医，执业注册要考试不", { region: "黑龙江省" });
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]?.text).toContain("免试申请乡村医生执业注册");
  });
  it("直播招工 is the documents' 直播带岗", async () => {
    const a = await bot().reply("m", "平凉搞不搞直播招工", { region: "平凉市" });
    expect(a.intent).toBe("lookup");
    expect(a.citations.slice(0, 3).some((c) => c.text.includes("直播带岗"))).toBe(true);
  });
});

describe("a place inside the region steers the ranking, under the subject asked (大庆高新区, 经开区)", () => {
  it.each([
    ["俺在大庆高新区开了个小吃部，大学毕业两年，一次性创业补贴需要啥条件", "（八）"],
    ["在大庆经开区开了家个体店，毕业4年了，一次性创业补贴要满足啥条件", "（八）"],
    ["大庆高新区的人力资源服务功能区是怎么回事", "（十九）"],
  ])("%s → daqing-2017 %s", async (q, clause) => {
    const a = await bot().reply("p", q);
    expect(a.region).toMatch(/^大庆/);
    expect(a.citations[0]).toMatchObject({ docId: "daqing-2017", clause });
  });
});

describe("a year written out after the documents' last date (2026年稳岗返还)", () => {
  it.each(["2026年的稳岗返还政策出来没有，牡丹江能返多少", "按2025年的标准，兴安盟见习补贴一个月多少"])("%s → unknown, the last date said", async (q) => {
    const a = await bot().reply("y", q);
    expect(a.intent).toBe("unknown");
    expect(a.text).toMatch(/没有202[56]年的\S*规定.*最晚执行到/);
  });
  it.each(["兴安盟的单位，今年这个稳岗返还要我们自己跑去报吗", "我2025年毕业的，平凉求职创业补贴能领吗"])("%s: 今年, or a year of a fact, is not asked of", async (q) => {
    expect((await bot().reply("y", q)).intent).not.toBe("unknown");
  });
});

describe("cities of other provinces: where one works, or a place no document covers", () => {
  it("去东莞打工 is cross-province for a 黑龙江 user", async () => {
    const a = await bot().reply("c", "我是鹤岗的脱贫户，去东莞打工4个月了，来回车票700，交通补助多少");
    expect(a.calculation).toMatchObject({ calculator: "一次性往返交通补助", amount: 500 });
  });
  it.each([["白银的企业招了登记失业人员有吸纳就业补贴吗", "白银市"], ["辽宁大连这边稳岗返还返多少", "大连市"]])("%s → no document of %s", async (q, city) => {
    const a = await bot().reply("c", q);
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain(`没有${city}的文件`);
    expect(a.text).not.toContain("辽宁省、");
  });
});

describe("pensions are outside the documents (养老金涨多少)", () => {
  it.each(["我妈退休金一个月能涨多少", "哈尔滨今年养老金上调多少"])("%s → unknown", async (q) => {
    expect((await bot().reply("o", q)).intent).toBe("unknown");
  });
});

describe("the rate a policy pays by, asked (按多少返, 按几成), and the end of a policy asked though it also has a start", () => {
  it.each(["问下鸡西稳岗返还，小微企业按几成给返", "兴安盟稳岗返还按百分之多少返"])("%s → the clause's rate", async (q) => {
    const a = await bot().reply("r", q);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("60%");
  });
  it("a rate of the user's own with 按多少缴 is still their case", async () => {
    const a = await bot().reply("r", "我们兴安盟的企业，工伤费率原来1.5%，降了以后按多少缴");
    expect(a.intent).toBe("clarify");
  });
  it("2023年5月1日起…延长至2024年底, asked when it ends → the end", async () => {
    const a = await bot().reply("r", "双鸭山这边失业险单位少交的那个1%费率，执行到啥时候为止");
    expect(a.text).toContain("2024年12月31日");
    expect(a.text).not.toMatch(/^[^\n]*2023年5月1日起执行/);
  });
});

describe("a sum asked of what no policy of the rules is, the clause found stating none (具体能给多少钱)", () => {
  it("平凉's 孵化基地 and 示范乡镇: no figure → unknown, the clause after", async () => {
    for (const q of ["平凉认定成市级创业就业孵化基地的，具体补多少钱", "平凉返乡创业示范乡镇评上了具体给多少钱"]) {
      const a = await bot().reply("s", q);
      expect(a.intent).toBe("unknown");
      expect(a.text).toMatch(/没有写明\S*金额/);
      expect(a.citations[0]?.docId).toBe("pingliang-2023-75");
    }
  });
  it.each(["稳岗返还钱到了没 我们是鹤岗的企业", "大庆灵活就业交医保一年多少钱", "企业招脱贫劳动力能免税吗 平凉的", "2025年兴安盟稳岗返还还有吗"])("%s → unknown", async (q) => {
    expect((await bot().reply("s", q)).intent).toBe("unknown");
  });
});

describe("中专/技校 are the documents' 中职, and 说法 asks nothing of its own (有啥说法)", () => {
  it("技校毕业在大庆上班，户口能落过来吗 → 大庆's 落户 clause; 在哪儿办 after it, the same", async () => {
    const b = bot();
    const first = await b.reply("z", "技校毕业在大庆上班了，户口能落过来吗，有啥说法");
    expect(first.intent).toBe("lookup");
    expect(first.text).toContain("中职毕业生");
    const next = await b.reply("z", "那在哪儿办，得拿啥");
    expect(next.text).toContain("户籍管理部门");
  });
});

describe("a table keyed by place: the row of the place named (附件1 各市（地）目标任务)", () => {
  const annex = repoCorpus().documents.find((d) => d.id === "heilongjiang-2022-18")!.clauses.filter((c) => c.row && c.row.annex === "附件1" && /^\d+$/.test(c.row.cells[0]!));
  const wordings = [(c: string) => `${c}那边分的务工目标任务，脱贫人口要多少万人`, (c: string) => `2022年${c}分到的脱贫人口务工任务有多少`, (c: string) => `问下${c}那边脱贫人口务工规模目标任务定的多少`];
  it("has every city's row", () => expect(annex.length).toBe(13));
  it.each(annex.flatMap((row) => wordings.map((w) => [row.row!.cells[1]!, w(row.row!.cells[1]!), row] as const)))("%s: %s", async (_city, question, row) => {
    const a = await bot().reply("t", question);
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]!.clause).toBe(row.label);
    expect(a.text).toContain(row.row!.cells[2]!);
  });
});

describe("who carries a measure out, asked in any words (哪几个部门负责, 谁来管)", () => {
  const measures = [
    { first: "黑龙江普惠性稳岗扩岗专项贷款", in: "人民银行哈尔滨中心支行、省人社厅" },
    { first: "兴安盟创业担保贷款", in: "兴安盟人力资源和社会保障局、财政局" },
  ];
  const asks = ["由哪几个部门负责", "归哪些部门管", "牵头部门是谁", "这事谁来负责"];
  it.each(measures.flatMap((m) => asks.map((q) => [m.first, q, m.in] as const)))("%s%s", async (first, ask, department) => {
    const a = await bot().reply("d", `${first}${ask}`);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain(department);
  });
  it("and as a follow-up to a look-up of it", async () => {
    expect((await after("黑龙江的普惠性稳岗扩岗贷款服务是干啥的", "那这个归谁管")).text).toContain("人民银行哈尔滨中心支行");
  });
});

describe("how long or when, asked right after a look-up of a policy (要多久能办下来, 啥时候发)", () => {
  it.each([
    ["科右中旗打算贷个创业担保贷款", "那大概多久能批下来", "2个工作日"],
    ["兴安盟那边办创业贷款有啥政策", "申请了要多久能办好", "5个工作日"],
    ["兴安盟家里困难的毕业生，有求职创业补贴没", "那钱啥时候发", "10月底"],
    ["乌兰浩特低保户家的应届生，求职创业补贴有没有", "几月份能发下来", "10月底"],
  ])("%s → %s", async (first, then, time) => {
    const a = await after(first, then);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain(time);
  });
});

describe("whether another kind is covered, asked right after a look-up (外省来的也算吗, 农民工也算不)", () => {
  it.each([
    ["华亭有个帮扶车间，招脱贫人口干活，有啥扶持", "那从宁夏过来的脱贫户也算不", "pingliang-2023-75", "甘肃籍"],
    ["庄浪乡村就业工厂招脱贫户干活有没有奖补", "要是外省户口的脱贫人员呢，也行吗", "pingliang-2023-75", "甘肃籍"],
    ["鸡西 灵活就业的人自己交社保，有没有补贴", "退役军人也算吗", "heilongjiang-2023-02", "就业困难人员"],
    ["七台河打零工的自己缴社保，有补贴没", "毕业快两年了还没正式上班的大学生算不算", "heilongjiang-2023-02", "离校2年内未就业高校毕业生"],
  ])("%s → %s", async (first, then, docId, condition) => {
    const a = await after(first, then);
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]!.docId).toBe(docId);
    expect(a.text).toContain(condition);
  });
});

describe("particulars asked in a question's words that the documents never give (周末开门吗, 哪天开, 在哪开)", () => {
  it.each([
    ["平凉的零工市场周末开门吗", "开放时间"],
    ["鸡西春风行动的招聘会哪天开", "具体日期"],
    ["兴安盟下个月大学生专场招聘会在哪开", "具体地点"],
  ])("%s → not stated: %s", async (q, what) => {
    const a = await bot().reply("p", q);
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain(what);
    expect(a.text).toContain("12333");
  });
  it("a date the clause does give answers 是几号 (10月底前)", async () => {
    const a = await after("兴安盟低保家庭的大学毕业生，求职补贴有吗", "那钱一般是几号发");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("10月底前");
  });
});

describe("a sum asked of a subject no policy of the rules is, said beside other measures' figures", () => {
  it.each(["平凉创业创新大赛得奖了能给多少钱", "黑龙江城乡居民基础养老金最低标准提到多少钱"])("%s → the clause states no sum for it", async (q) => {
    const a = await bot().reply("s", q);
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("没有写明");
  });
});

describe("follow-ups of a policy just looked up: how to apply, when it is paid, until when, another kind", () => {
  it.each(["那申请要带哪些材料", "得准备啥材料去办"])("稳岗返还 → %s: 无需申请", async (then) => {
    const a = await after("阿尔山的小企业，稳岗返还咋个政策", then);
    expect(a.intent).toBe("lookup");
    expect(a.text).toMatch(/无需申请|免申即享/);
  });
  it("when it is paid, of a clause that sets only a condition's time (稳定就业3个月以上): not stated", async () => {
    const a = await after("双鸭山的脱贫劳动力去外省干活，有生产奖补吗", "那钱大概几月份到手");
    expect(a.intent).toBe("unknown");
  });
  it.each(["合同签半年就行吗", "是不是得交满三个月社保才行"])("on what terms, in 就行/才行 words: %s", async (then) => {
    const a = await after("庄浪的企业，一次性扩岗补助是啥政策", then);
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]).toMatchObject({ docId: "pingliang-2023-75", clause: "（五）" });
  });
  it("until when, in 为止 words", async () => {
    const a = await after("七台河的企业，失业保险费率现在是多少", "这个降费到什么时候为止");
    expect(a.text).toContain("2024年12月31日");
  });
  it("another kind, in 的算不算 words", async () => {
    const a = await after("黑河脱贫户在省内务工，生产奖补还有吗", "干乡村公益岗的算不算");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("不含公益岗");
  });
});

describe("a figure asked of the policy just looked up, which its clauses do not state (那一般能贷多少钱)", () => {
  it.each([
    ["科右前旗创业担保贷款审批快不快", "那一般能贷多少钱"],
    ["突泉县办创业担保贷款要走哪些流程", "最多可以贷多少钱啊"],
  ])("%s → %s: not stated", async (first, then) => {
    const a = await after(first, then);
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("创业担保贷款的金额");
  });
  it("and a sum asked as a standard, of a look-up that named no policy (一个人一个月能补多少钱)", async () => {
    const a = await after("乌兰浩特，单位里来了几个见习的大学生，有没有补助", "一个人一个月能补多少钱");
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("没有写明具体金额");
  });
});

describe("how many times, and whether two combine, asked of the policy just discussed (一年能领几回, 俩能一块领不)", () => {
  // 一年 before the times asked is the period they are counted in, not a time of insurance had.
  it.each([
    ["静宁县的职工考了高级工证，技能提升补贴给多少", "一年最多能领几次啊"],
    ["兴安盟技能提升补贴怎么领", "那一年内可以申请几回"],
    ["扎赉特旗，职业培训补贴有吗", "一年可以享受多少次"],
  ])("%s → %s: the clause's limit on times", async (first, then) => {
    const a = await after(first, then);
    expect(a.intent).toBe("lookup");
    expect(a.text).toMatch(/不超过(?:三|3)次/);
  });
  it.each(["这俩补贴能同时享受吗", "那跟技能提升补贴能叠加不", "两样能一起拿吗"])("鉴定评价补贴, then %s: the sentence on combining", async (then) => {
    const a = await after("鹤岗的，技师证刚考下来，鉴定评价补贴能给多少", then);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("不得重复享受");
  });
  it("a rule that computes the combination still computes it (平凉's 吸纳就业补贴 and 扩岗补助)", async () => {
    const a = await after("崆峒区企业招了2个离校未就业的大学生，签了两年合同，扩岗补助多少", "两个能同时领吗");
    expect(a.calculation).toMatchObject({ eligible: false });
    expect(a.text).toContain("不能重复享受");
  });
});

describe("follow-ups of the policy discussed that ask what its clause says of something else (资金来源, 不够了, 个体户, 全省合计)", () => {
  it.each(["这笔钱谁出啊，从哪个资金出", "钱从哪来的"])("平凉 扩岗补助 → %s: where the money comes from", async (then) => {
    const a = await after("华亭市扩岗补助每人多少钱", then);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("失业保险基金中列支");
  });
  it("a what-if of the money running short (不够了咋整): the clause's sentence on 不足", async () => {
    const a = await after("齐齐哈尔的就业帮扶车间吸纳了脱贫人口，有奖励不", "就业补助资金要是用完了不够咋办");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("可利用衔接资金");
  });
  it("another kind of employer, asked right after a calculation (按单位参保的个体工商户也能领…不)", async () => {
    const a = await after("乌兰浩特，我们招了3个今年毕业的大学生，合同签了两年，吸纳就业补贴多少", "我们是个体工商户，按单位参保的，招人也能领这个不");
    expect(a.intent).toBe("lookup");
    expect(a.citations[0]).toMatchObject({ docId: "xinganmeng-2023-04", clause: "33、" });
  });
  it("a total asked after a place's row of a table: the province's figure, not the row", async () => {
    const a = await after("鸡西2022年脱贫人口务工目标任务是多少", "那全省合计是多少万人");
    expect(a.text).toContain("19.67");
  });
});

describe("what the policy's clause does not say, asked as a follow-up (几月份到账, 多久打到卡上, 监测标准多少钱)", () => {
  it("when it is paid, of a clause saying only how (免申即享): not stated", async () => {
    const a = await after("阿尔山稳岗返还要自己申请吗", "那大概几月份能打过来");
    expect(a.intent).toBe("unknown");
  });
  it("how soon, of a clause whose only time limit is another measure's (服务事项2个工作日内办结): not stated", async () => {
    const a = await after("大庆困难家庭的毕业生找工作有什么补贴", "交了申请以后多长时间钱能到卡上");
    expect(a.intent).toBe("unknown");
  });
  it("the figure of a standard the documents only measure by, asked after its policy (监测标准一年多少钱)", async () => {
    const a = await after("黑龙江帮扶车间发奖补对工资有什么要求", "那个监测标准一年具体多少钱啊");
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("监测标准");
  });
});

describe("what a rule requires, asked while it is being computed (合同得签多长)", () => {
  it.each([
    ["我们是劳务派遣公司，帮脱贫人口找到工作有补助吗", "劳动合同至少得签多长"],
    ["平凉，招了2个离校未就业的大学生，吸纳就业补贴多少", "那合同要签多长"],
  ])("%s → %s: the clause's condition, not the calculation again", async (first, then) => {
    const a = await after(first, then);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("1年以上");
  });
});

describe("a figure the documents leave to other rules (补贴标准按照省政府相关规定执行), and the sentence quoted with it", () => {
  // (标准多少 of a 补贴 asks a sum: the clause's 正常经营1年以上 is no standard of it — `money_terms`.)
  it.each([["大庆一次性创业补贴能给多少钱"], ["大庆市一次性创业补贴一般补多少"], ["大庆市的一次性创业补贴，标准多少"], ["大庆市一次性创业补贴按什么标准给"]])("%s: not stated, 补贴标准按照省政府相关规定执行 quoted", async (q) => {
    const a = await bot().reply("u", q);
    expect(a.intent).toBe("unknown");
    expect(a.text).toContain("按照省政府相关规定执行");
    // (Not followed by the next sentence's 1000元, another policy's figure.)
    expect(a.text).not.toContain("1000元");
  });
});

describe("follow-ups in other everyday words: the money's source and use, how many people, a row after the total, a slip", () => {
  it.each(["这钱走的是啥资金啊", "是从哪块资金出的"])("交通补助 → %s: the sentence saying where it is paid from", async (then) => {
    const a = await after("七台河脱贫户，在山东务工四个月了，往返交通补助有多少", then);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("衔接推进乡村振兴补助资金");
  });
  it("what the money may be spent on, in 花在 words", async () => {
    const a = await after("黑龙江单位接收见习的大学生，见习补贴有吗", "这笔补贴能花在什么上");
    expect(a.text).toContain("基本生活费");
  });
  it("how many people a plan sets out (多少人), not an amount the region does not set", async () => {
    const a = await after("平凉的劳务中介帮脱贫劳动力外出务工有没有奖补", "今年全市总共要输转多少人");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("18.1");
  });
  it("a place's row asked after the province's total (一共 said before, the place named now)", async () => {
    const a = await after("黑龙江2022年脱贫人口务工目标任务一共多少万人", "那牡丹江是多少");
    expect(a.citations[0]?.clause).toMatch(/^附件1/);
  });
  it("a slip in the asking word (啥时侯), then when the standard began", async () => {
    const a = await after("哈尔滨最低工资1860元的话，失业金每月能领多少", "这个标准是啥时侯开始执行的");
    expect(a.text).toContain("2023年6月1日");
  });
});

describe("a question asked as verb-not-verb (还发不发, 给没给), and help asked by a first-time user", () => {
  it("还发不发 with a policy named: its clause, not a note of facts", async () => {
    const a = await bot().reply("u", "兴安盟家里困难的毕业生，求职创业补贴现在还给不给");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("10月底");
  });
  it.each(["您好，第一次用这个，怎么问啊", "头回用，咋用啊"])("%s: help, not a count of times", async (q) => {
    expect((await bot().reply("u", q)).intent).toBe("help");
  });
});

describe("two things asked at once, a phone asked of a clause giving one, and the policy asked by name kept as the topic", () => {
  it("until when and who leads, in one follow-up: both, the validity said once", async () => {
    const a = await after("黑龙江中小企业的稳岗返还按多少返", "截止到啥时候 谁牵头负责");
    expect(a.text).toContain("2023年12月31日");
    expect(a.text).toContain("省人社厅牵头");
    expect(a.text.match(/目前已到期/g)).toHaveLength(1);
  });
  it("联系电话 of a clause that says 电话：…: the number", async () => {
    const a = await bot().reply("u", "黑龙江就业帮扶工作季度推进情况总结报给省厅，留的联系电话是多少");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("0451-87130330");
  });
  it.each([
    ["鹤岗的企业稳岗返还现在还有没有", "那返还的钱可以花在哪些地方", "unknown"],
    ["崇信县稳岗返还今年还执行吗", "那返还的钱可以花在哪些地方", "lookup"],
  ])("%s → %s: of that policy (%s)", async (first, then, intent) => {
    expect((await after(first, then)).intent).toBe(intent);
  });
});

describe("the user's own kind, asked in words of a kind right after a look-up (我是干公益岗的，也能领吗, 我算不算)", () => {
  it("公益岗 of 生产奖补: the clause that excludes it, not a calculation", async () => {
    const a = await after("黑河脱贫劳动力省内务工的生产奖补怎么发", "我是村里的公益岗护林员，也能领吗");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("不含公益岗");
  });
  it("一类行业 of 工伤保险费率, in 也能…吗 words: the clause's 不含一类行业单位", async () => {
    const a = await after("兴安盟工伤保险费率降多少", "我们单位属于一类行业，这个也能降吗");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("不含一类行业单位");
  });
  // (得不得享受 / 属不属于: whether, asked in the V不V form.)
  it.each([
    ["兴安盟稳岗返还需要啥条件", "我们是家会计师事务所 这种得不得享受"],
    ["平凉稳岗返还条件是什么", "那俺们单位是社会团体，属不属于"],
  ])("%s → %s: the clause naming that kind", async (first, then) => {
    const a = await after(first, then);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("社会团体、基金会");
  });
  it("贫困残疾人家庭 of 求职创业补贴: the clause naming whom it covers", async () => {
    const a = await after("大庆困难家庭的毕业生求职有补贴吗", "我们家是贫困残疾人家庭，这种情况算不算");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("贫困残疾人家庭");
  });
});

describe("greetings of the chat (在么), particulars asked in keywords, how a fact is reckoned, 哪些…能领, a situation's 咋办", () => {
  it.each(["在么", "在嘛 您好", "有人在吗"])("%s → help", async (q) => {
    expect((await bot().reply("g", q)).intent).toBe("help");
  });
  // 大庆 创业担保贷款 最高额度: no sentence asks, the whole message is what is asked.
  it.each(["平凉市 创业担保贷款 最高额度", "乌兰浩特 创业担保贷款 利率"])("%s → the documents do not state it", async (q) => {
    expect((await bot().reply("k", q)).intent).toBe("unknown");
  });
  it("a 补助金 asked how much, of a clause stating none → unknown", async () => {
    expect((await bot().reply("m", "城乡居民养老保险的丧葬补助金一般发多少")).intent).toBe("unknown");
  });
  // 裁员率怎么算: how the documents reckon one of the facts, not a calculation.
  it.each([["兴安盟 裁员率是怎么算的", "裁员率按照"], ["兴安盟稳岗返还 月均参保人数咋统计", "四舍五入"]])("%s → the sentence defining it", async (q, words) => {
    const a = await bot().reply("r", q);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain(words);
  });
  it.each(["哪些人家的学生可以领", "什么样的毕业生能领"])("%s, after the policy → its condition", async (q) => {
    const a = await after("平凉的求职创业补贴一个人多少", q);
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("困难高校毕业生");
  });
  it.each(["一时半会出不去的呢", "那要是短时间出不了门咋整"])("%s, after returning home → the measure for those who cannot go out", async (q) => {
    const b = bot();
    await b.reply("s", "俺是脱贫户 从外省打工回来了 有啥帮扶", { region: "黑龙江省" });
    const a = await b.reply("s", q, { region: "黑龙江省" });
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("短期内无法外出");
  });
});

describe("follow-ups in more everyday words: 在范围内不, 出自哪种资金", () => {
  it("我这种情况在范围内不, after 求职创业补贴 → the clause naming whom it covers", async () => {
    const a = await after("平凉那个求职创业补贴，一人多少", "我家是低保户，我这种情况在范围内不");
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("低保家庭");
  });
  it("这笔钱出自哪种资金, after 交通补助 → the sentence saying where it is paid from", async () => {
    const b = bot();
    await b.reply("f", "脱贫劳动力跨省打工的交通补助标准", { region: "黑龙江省" });
    const a = await b.reply("f", "这笔钱出自哪种资金", { region: "黑龙江省" });
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("列支");
  });
});

describe("a policy told of with facts and no question, where the region's documents set no sum for it", () => {
  it("孩子今年刚毕业，家里吃低保，听人说有个求职创业补贴 → what 兴安盟's documents say of it; 啥时候发 after → 10月底前", async () => {
    const b = bot();
    const first = await b.reply("t", "孩子今年刚毕业，家里吃低保，听人说有个求职创业补贴", { region: "兴安盟" });
    expect(first.intent).toBe("lookup");
    expect(first.text).toContain("求职创业补贴");
    const a = await b.reply("t", "那一般啥时候发钱", { region: "兴安盟" });
    expect(a.intent).toBe("lookup");
    expect(a.text).toContain("10月底前");
  });
});

// Metamorphic tests: one fully stated situation per rule, said in many ways — facts in any order,
// the count before or after its noun, numerals and sums in every form, the facts split over turns,
// a bare answer to the bot's own question, a correction — and every variant must come to the same
// amount and eligibility. Generated from a seed, not listed by hand.
import { describe, expect, it } from "vitest";
import { testBot } from "../helpers.js";

/** mulberry32: a small seeded generator, so that every run tries the same variants. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function shuffle<T>(r: Rand, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const DIGITS = "零一二三四五六七八九";
/** 3 → 三, 12 → 十二, 40 → 四十, 36000 → 三万六千, 2 → 两 before a measure. */
function chinese(n: number): string {
  if (n === 2) return "两";
  const under10k = (x: number, leading: boolean): string => {
    const places: Array<[number, string]> = [[1000, "千"], [100, "百"], [10, "十"]];
    let out = "";
    let zero = false;
    for (const [p, ch] of places) {
      const d = Math.floor(x / p) % 10;
      if (d) {
        if (zero) out += "零";
        out += (p === 10 && d === 1 && !out && leading ? "" : DIGITS[d]) + ch;
        zero = false;
      } else if (out) zero = true;
    }
    const d = x % 10;
    if (d) out += (zero ? "零" : "") + DIGITS[d];
    return out;
  };
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    return `${under10k(high, true)}万${low ? (low < 1000 ? "零" : "") + under10k(low, false) : ""}`;
  }
  return under10k(n, true);
}

/** A count as people write it: 3, 三, and 叁 for the careful. */
const counts = (n: number) => [String(n), chinese(n), ...(n === 3 ? ["叁"] : [])];
/** A sum as people write it: 60000元, 6万元, 六万元, 6万, 60000块, 六万块, 6w. */
function sums(v: number): string[] {
  const out = [`${v}元`, `${v}块`, `${chinese(v)}元`];
  if (v >= 10000 && v % 1000 === 0) out.push(`${v / 10000}万元`, `${v / 10000}万`, `${chinese(v)}块`, `${v / 10000}w`);
  else if (v >= 1000 && v % 100 === 0) out.push(`${v / 1000}千`, `${v}`);
  return out;
}

interface Fact {
  /** Statements of the fact with its cue words, `#` where the figure goes. */
  say: string[];
  /** The figure's forms (counts(…), sums(…)); none for a fact said in words. */
  figure?: string[];
  /** Answers to the bot's question for this fact, with no cue word. */
  bare?: string[];
}

interface Case {
  rule: string;
  region: string;
  /** How the region is said in the message (or given as the user's known region). */
  place: string[];
  ask: string[];
  facts: Fact[];
  amount: number | null;
  eligible: boolean;
  /** A correction after the full question, and what it comes to. */
  correction?: { say: string[]; amount: number | null; eligible: boolean };
}

const CASES: Case[] = [
  {
    rule: "失业保险稳岗返还",
    region: "平凉市",
    place: ["平凉的", "我们在平凉，", "平凉市"],
    ask: ["稳岗返还能返多少", "稳岗返还多少钱？", "能拿多少稳岗返还"],
    facts: [
      { say: ["小微企业", "我们是中小微企业", "是家小型企业"], bare: ["小微企业", "中小微"] },
      { say: ["参保#人", "参保职工#人", "职工#名", "员工#人", "有#名参保职工"], figure: counts(40), bare: ["40人", "四十人"] },
      { say: ["去年裁员#人", "裁了#个", "去年辞退了#名员工", "减员#人"], figure: counts(1), bare: ["1人", "一个"] },
      { say: ["缴失业保险费#", "失业保险交了#", "去年一共缴纳失业保险费#", "失业保险费#"], figure: sums(60000), bare: ["6万", "六万元", "60000块"] },
    ],
    amount: 36000,
    eligible: true,
    correction: { say: ["不对，裁了3个", "说错了，去年裁员3人"], amount: null, eligible: false },
  },
  {
    rule: "一次性吸纳就业补贴",
    region: "兴安盟",
    place: ["兴安盟的企业", "我在兴安盟，", "兴安盟"],
    ask: ["吸纳就业补贴多少", "一次性吸纳就业补贴能拿多少", "吸纳就业补贴一共多少钱"],
    facts: [
      { say: ["招了#个应届生", "招用#名毕业年度高校毕业生", "招了今年毕业的大学生#名", "应届毕业生招了#个"], figure: counts(3) },
      { say: ["签了两年合同", "签了2年劳动合同", "合同签的24个月", "劳动合同期限2年"], bare: ["2年", "两年"] },
    ],
    amount: 4500,
    eligible: true,
    correction: { say: ["不对，是2个人", "说错了，招了两个"], amount: 3000, eligible: true },
  },
  {
    rule: "一次性吸纳就业补贴",
    region: "黑龙江省",
    place: ["黑龙江的企业", "我们在黑龙江，", "黑龙江"],
    ask: ["吸纳就业补贴多少", "能领多少吸纳就业补贴"],
    facts: [
      { say: ["招了#个登记失业半年以上的人", "招用登记失业8个月的人员#名", "招了#个失业一年的"], figure: counts(2) },
      { say: ["签了1年合同", "合同签了一年", "签订了12个月的劳动合同"], bare: ["1年", "一年"] },
    ],
    amount: 2000,
    eligible: true,
  },
  {
    rule: "一次性吸纳就业补贴",
    region: "平凉市",
    place: ["平凉的企业", "平凉"],
    ask: ["扩岗补助多少", "一次性扩岗补助一共多少"],
    facts: [
      { say: ["招了#个应届生", "招用#名毕业年度高校毕业生"], figure: counts(2) },
      { say: ["社保交了2个月", "交了两个月的社保", "三险缴了2个月"], bare: ["2个月", "两个月"] },
      { say: ["签了劳动合同", "签了1年合同"] },
    ],
    amount: 3000,
    eligible: true,
  },
  {
    rule: "见习补贴",
    region: "平凉市",
    place: ["平凉的见习单位", "平凉"],
    ask: ["见习补贴一共多少", "见习补贴能补多少"],
    facts: [
      { say: ["接收了#名见习人员", "见习生#个", "见习人员#名"], figure: counts(8), bare: ["8人", "八个"] },
      { say: ["见习6个月", "见习期半年", "见习了六个月"], bare: ["6个月", "半年", "六个月"] },
      { say: ["留用率50%", "留用率百分之五十", "留用了一半", "留用了4个"], bare: ["50%"] },
    ],
    amount: 57600,
    eligible: true,
    correction: { say: ["不对，留用率是70%", "说错了，留用率70%"], amount: 72000, eligible: true },
  },
  {
    rule: "技能提升补贴",
    region: "平凉市",
    place: ["平凉的职工", "我在平凉，"],
    ask: ["技能提升补贴多少", "能领多少技能提升补贴"],
    facts: [
      { say: ["参加失业保险两年了", "失业保险交了2年", "参保缴费24个月"], bare: ["2年", "两年"] },
      { say: ["考了中级证", "拿到了中级（四级）证书", "考了个四级证书"], bare: ["中级", "四级"] },
    ],
    amount: 1500,
    eligible: true,
  },
  {
    rule: "职业技能鉴定评价补贴",
    region: "黑龙江省",
    place: ["黑龙江的", "哈尔滨"],
    ask: ["鉴定评价补贴多少", "职业技能鉴定评价补贴给多少"],
    facts: [{ say: ["考了技师证", "拿到了二级技师证书", "技师（二级）证书"] }],
    amount: 450,
    eligible: true,
  },
  {
    rule: "培训期间生活费补贴",
    region: "兴安盟",
    place: ["兴安盟的", "我在兴安盟，"],
    ask: ["生活费补贴多少", "培训期间生活费补贴能拿多少"],
    facts: [
      { say: ["我是脱贫户", "脱贫劳动力", "我是监测帮扶对象"], bare: ["脱贫户"] },
      { say: ["培训了#天", "参加职业培训#天", "参加了#天的培训"], figure: counts(12), bare: ["12天", "十二天"] },
    ],
    amount: 1200,
    eligible: true,
  },
  {
    rule: "职业培训补贴（享受次数）",
    region: "兴安盟",
    place: ["兴安盟的", "我在兴安盟，"],
    ask: ["职业培训补贴还能享受几次", "职业培训补贴还能领几次"],
    facts: [{ say: ["今年已经享受了#次", "今年已经领过#次了"], figure: counts(1) }],
    amount: 2,
    eligible: true,
  },
  {
    rule: "失业保险费（阶段性降低费率）",
    region: "兴安盟",
    place: ["兴安盟的", "我们在兴安盟，"],
    ask: ["失业保险单位每月交多少", "每个月单位交多少失业保险"],
    facts: [{ say: ["月工资#", "工资#", "缴费基数#"], figure: sums(5000), bare: ["5000元", "五千"] }],
    amount: 25,
    eligible: true,
  },
  {
    rule: "工伤保险费率（阶段性降低）",
    region: "兴安盟",
    place: ["兴安盟的", "我们在兴安盟，"],
    ask: ["工伤保险费率降到多少", "工伤保险费率降费后是多少"],
    facts: [
      { say: ["可支付月数#个月", "基金累计结存可支付#个月"], figure: counts(20), bare: ["20个月"] },
      { say: ["现行费率1%", "现行费率百分之一", "我们现行费率是1.0%"], bare: ["1%"] },
    ],
    amount: 0.8,
    eligible: true,
  },
  {
    rule: "失业保险金",
    region: "黑龙江省",
    place: ["黑龙江的", "我在黑龙江，"],
    ask: ["失业保险金每月多少", "失业金一个月能领多少"],
    facts: [{ say: ["最低工资标准#", "当地最低工资#"], figure: ["1860元", "1860块", "一千八百六十元"], bare: ["1860元"] }],
    amount: 1674,
    eligible: true,
  },
  {
    rule: "一次性往返交通补助",
    region: "黑龙江省",
    place: ["黑龙江的", "我是黑龙江的，"],
    ask: ["交通补助多少", "往返交通补助能给多少"],
    facts: [
      { say: ["我是脱贫户", "脱贫人口"] },
      { say: ["去浙江打工#个月", "在外省务工#个月", "跨省打工#个月了"], figure: counts(4) },
      { say: ["路费#", "往返车费#", "来回路费花了#"], figure: ["380元", "三百八十元", "380块"], bare: ["380元"] },
    ],
    amount: 380,
    eligible: true,
    correction: { say: ["不对，路费是600元", "说错了，路费600"], amount: 500, eligible: true },
  },
  {
    rule: "生产奖补",
    region: "黑龙江省",
    place: ["黑龙江的", "我是黑龙江的，"],
    ask: ["生产奖补多少", "生产奖补能拿多少"],
    facts: [
      { say: ["我是脱贫户", "脱贫劳动力"] },
      { say: ["在省内打工#个月", "省内稳定就业#个月"], figure: counts(3) },
      { say: ["家里能自主发展生产", "家里也能搞生产"] },
    ],
    amount: 500,
    eligible: true,
  },
  {
    rule: "就业创业服务补助",
    region: "黑龙江省",
    place: ["黑龙江的劳务经纪人", "黑龙江"],
    ask: ["就业创业服务补助多少", "就业创业服务补助能拿多少"],
    facts: [
      { say: ["介绍了#个脱贫人口就业", "帮#名脱贫人口找到了工作"], figure: counts(5) },
      { say: ["都签了1年合同", "都签了一年劳动合同"] },
    ],
    amount: 1000,
    eligible: true,
  },
  {
    rule: "就业帮扶车间奖补",
    region: "黑龙江省",
    place: ["黑龙江的", "黑龙江"],
    ask: ["就业帮扶车间奖补多少", "帮扶车间能拿多少奖补"],
    facts: [
      { say: ["吸纳了#名脱贫人口", "招了#个脱贫劳动力"], figure: counts(6) },
      { say: ["工资都达到了监测标准", "全年工资都超过了防返贫监测标准"] },
    ],
    amount: 6000,
    eligible: true,
  },
  {
    rule: "吸纳贫困劳动力奖补（大庆）",
    region: "大庆市",
    place: ["大庆的", "我们在大庆，"],
    ask: ["吸纳贫困劳动力奖补多少", "合作社奖补能拿多少"],
    facts: [
      { say: ["吸纳了#名建档立卡贫困家庭劳动力", "雇了#个建档立卡户"], figure: counts(3) },
      { say: ["稳定就业一年半了", "都干了18个月了"] },
    ],
    amount: 3000,
    eligible: true,
  },
  {
    rule: "一次性求职创业补贴",
    region: "平凉市",
    place: ["平凉的", "我在平凉，"],
    ask: ["求职创业补贴多少", "一次性求职创业补贴能拿多少"],
    facts: [{ say: ["低保家庭的高校毕业生", "我是残疾人家庭的大学生", "家庭困难的毕业生"] }],
    amount: 1000,
    eligible: true,
  },
  {
    rule: "公益性岗位补贴期限",
    region: "兴安盟",
    place: ["兴安盟的", "我在兴安盟，"],
    ask: ["公益性岗位补贴能享受多久", "公益性岗位补贴最长能领几年"],
    facts: [{ say: ["距法定退休年龄还有#年", "离退休还剩#年"], figure: counts(3) }],
    amount: 3,
    eligible: true,
  },
  {
    rule: "低保渐退期",
    region: "兴安盟",
    place: ["兴安盟的", "我在兴安盟，"],
    ask: ["低保渐退期最长多少个月", "渐退期多久"],
    facts: [{ say: ["我家就业后人均收入超过了低保标准", "我们家人均收入高于当地低保线了"] }],
    amount: 6,
    eligible: true,
  },
  {
    rule: "创业担保贷款展期",
    region: "平凉市",
    place: ["平凉的", "我在平凉，"],
    ask: ["创业担保贷款能展期吗", "创业担保贷款展期最长多久"],
    facts: [{ say: ["我去年受了洪灾", "我的店遭了火灾"] }],
    amount: 1,
    eligible: true,
  },
];

/** One way of saying a fact: a statement with one of its figure's forms. */
const said = (r: Rand, f: Fact) => pick(r, f.say).replace("#", f.figure ? pick(r, f.figure) : "");

interface Variant {
  name: string;
  turns: string[];
  region?: string;
  amount: number | null;
  eligible: boolean;
}

function variantsOf(c: Case, r: Rand): Variant[] {
  const out: Variant[] = [];
  const placed = (text: string, known: boolean) => (known ? text : `${pick(r, c.place)}${text}`);
  const base = { amount: c.amount, eligible: c.eligible };
  // One message: the facts in any order and form, the question first or last, the region said or
  // known, the parts joined as people type them (commas, spaces, nothing).
  for (let i = 0; i < 10; i++) {
    const known = r() < 0.4;
    const facts = shuffle(r, c.facts).map((f) => said(r, f));
    const ask = pick(r, c.ask);
    const join = pick(r, ["，", " ", "，", "。", ""]);
    const text = r() < 0.5 ? [...facts, ask].join(join) : [ask, ...facts].join(join);
    out.push({ name: `one message #${i}`, turns: [placed(text, known)], ...(known ? { region: c.region } : {}), ...base });
  }
  // The question first, the facts over the next turns.
  for (let i = 0; i < 4 && c.facts.length > 1; i++) {
    const facts = shuffle(r, c.facts).map((f) => said(r, f));
    const cut = 1 + Math.floor(r() * (facts.length - 1));
    out.push({ name: `split #${i}`, turns: [placed(pick(r, c.ask), false), facts.slice(0, cut).join("，"), facts.slice(cut).join(" ")], ...base });
  }
  // All but one fact, then the missing one as a bare answer to the bot's question.
  for (const [k, f] of c.facts.entries()) {
    for (const bare of (f.bare ?? []).slice(0, 2)) {
      const rest = c.facts.filter((_, j) => j !== k).map((g) => said(r, g));
      out.push({ name: `bare answer “${bare}”`, turns: [placed([...rest, pick(r, c.ask)].join("，"), false), bare], ...base });
    }
  }
  // A correction after the full question.
  for (const fix of c.correction?.say ?? []) {
    const full = [...shuffle(r, c.facts).map((f) => said(r, f)), pick(r, c.ask)].join("，");
    out.push({ name: `correction “${fix}”`, turns: [placed(full, false), fix], amount: c.correction!.amount, eligible: c.correction!.eligible });
  }
  return out;
}

const rand = random(20261201);
const ALL = CASES.flatMap((c) => variantsOf(c, rand).map((v) => ({ ...v, rule: c.rule, region: v.region, where: c.region })));

describe(`every way of saying one situation gives the same figure (${ALL.length} variants)`, () => {
  it.each(ALL.map((v) => [`${v.rule} · ${v.where} · ${v.name}: ${v.turns.join(" ⏎ ")}`, v] as const))("%s", async (_, v) => {
    const bot = testBot();
    let a;
    for (const t of v.turns) a = await bot.reply("u", t, v.region ? { region: v.region } : {});
    expect(a!.calculation, a!.text).toMatchObject({ calculator: v.rule, eligible: v.eligible });
    if (v.amount === null) expect(a!.calculation!.amount).toBeNull();
    else expect(a!.calculation!.amount).toBeCloseTo(v.amount, 4);
  });
});

// Groups of people in one message: two groups in either order, joined as people join them, the
// common fact before or after; and a whole with the part that meets (or misses) a condition.
const groupRand = random(7);
const GROUPS: Variant[] = [];
for (let i = 0; i < 16; i++) {
  const [a, b] = [2 + Math.floor(groupRand() * 4), 1 + Math.floor(groupRand() * 3)];
  const grads = pick(groupRand, [`${pick(groupRand, counts(a))}个今年毕业的大学生`, `${pick(groupRand, counts(a))}个应届生`, `应届毕业生${a}名`]);
  const long = pick(groupRand, [`${pick(groupRand, counts(b))}个登记失业一年多的`, `${pick(groupRand, counts(b))}个失业8个月的`]);
  const parts = groupRand() < 0.5 ? [grads, long] : [long, grads];
  const join = pick(groupRand, ["，还有", " 还有", "，另外", "，另外还招了"]);
  const common = pick(groupRand, ["合同都签了一年", "都签了两年合同"]);
  const ask = pick(groupRand, ["吸纳就业补贴一共多少", "一次性吸纳就业补贴能拿多少"]);
  const text = groupRand() < 0.5 ? `兴安盟企业招了${parts[0]}${join}${parts[1]}，${common}，${ask}` : `兴安盟企业${common}，招了${parts[0]}${join}${parts[1]}，${ask}`;
  GROUPS.push({ name: `two groups #${i}`, turns: [text], amount: (a + b) * 1500, eligible: true });
}
for (let i = 0; i < 12; i++) {
  const whole = 6 + Math.floor(groupRand() * 8);
  const part = 1 + Math.floor(groupRand() * (whole - 2));
  const meets = groupRand() < 0.5;
  const said = meets ? pick(groupRand, ["全年工资达到了监测标准", "工资都达到了防返贫监测标准"]) : pick(groupRand, ["全年工资没达到监测标准", "工资没到监测标准"]);
  const text = `黑龙江的就业帮扶车间吸纳了${pick(groupRand, counts(whole))}名脱贫人口，其中${pick(groupRand, counts(part))}个${said}，奖补多少`;
  GROUPS.push({ name: `a part of ${whole} #${i}`, turns: [text], amount: (meets ? part : whole - part) * 1000, eligible: true });
}

describe(`groups of people in one message are counted one by one (${GROUPS.length} variants)`, () => {
  it.each(GROUPS.map((v) => [`${v.name}: ${v.turns.join(" ⏎ ")}`, v] as const))("%s", async (_, v) => {
    const a = await testBot().reply("u", v.turns[0]!);
    expect(a.calculation, a.text).toMatchObject({ eligible: v.eligible });
    expect(a.calculation!.amount).toBe(v.amount);
  });
});

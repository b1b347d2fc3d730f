// Reads the facts of a user's situation out of a message: counts, money, durations, groups, levels.
import type { CertLevel, FactKey, Facts, PersonGroup } from "../calculators/facts.js";
import { FactsSchema } from "../calculators/facts.js";
import { memoizeBy } from "../knowledge/memo.js";
import { arabicize } from "./numbers.js";

const N = "(\\d+(?:\\.\\d+)?)";
// A sum of money: 元 may be left out at the end of a phrase (缴了失业保险费30万).
const YUAN = "(?:元|块|(?=[，。；,.!！？?\\s]|$))";
const num = (s: string | undefined) => Number(s);
/** 3年 → 36, 8个月 → 8. */
const toMonths = (n: string | undefined, unit: string | undefined) => (unit?.includes("年") ? num(n) * 12 : num(n));

type Reader = (m: RegExpMatchArray) => unknown;

/** Left school N years ago and not working: within the two years the rules name, or after. */
const graduateGroup = (years: number): PersonGroup => (years <= 2 ? "离校2年内未就业高校毕业生" : "离校超过2年的高校毕业生");
/** Registered unemployed at this age: 16—24 is the youth group the rules name. */
const unemployedAged = (age: number): PersonGroup => (age >= 16 && age <= 24 ? "登记失业的16—24岁青年" : "其他人员");
/** A fact, the patterns that state it, and how a match becomes its value. First match wins. */
const PATTERNS: Array<[FactKey, RegExp, Reader]> = [
  ["enterpriseKind", /社会团体|基金会|社会服务机构|律师事务所|会计师事务所|个体工商户|民办非企业/, () => "社会组织等参照单位"],
  ["enterpriseKind", /大型企业|大企业|大型/, () => "大型企业"],
  ["enterpriseKind", /中小微|小微|中型|小型|微型|中小企业|小企业|微企业|小公司/, () => "中小微企业"],

  ["layoffs", /(?:没有|没|未|无|不曾|零)(?:裁员|裁人|裁过人|减员)/, () => 0],
  ["layoffs", new RegExp(`(?:裁员|裁了|裁掉|裁减|减员|辞退了?)(?:了)?${N}(?:个|名|位)?人?`), (m) => num(m[1])],
  ["layoffs", new RegExp(`(?:解除|终止)[^，。；\\d]{0,30}?${N}(?:个|名|位)?人`), (m) => num(m[1])],
  ["insuredCount", new RegExp(`(?:参保|月均参保|平均参保|在职|职工|员工)(?:职工|人数|人员)?(?:总数)?(?:有|共|是|为|只有)?${N}(?:个|名)?人`), (m) => num(m[1])],
  ["insuredCount", new RegExp(`${N}(?:个|名)(?:参保)?(?:职工|员工)`), (m) => num(m[1])],
  ["insuredCount", new RegExp(`(?:我们|公司|企业|单位)(?:有|共有|一共|一共有)?${N}(?:个|名)?人`), (m) => num(m[1])],
  ["premiumPaid", new RegExp(`失业保险(?:费)?[^，。；\\d]{0,8}?${N}${YUAN}`), (m) => num(m[1])],
  ["premiumPaid", new RegExp(`(?:缴|交)(?:纳|了)*${N}(?:元|块)(?:钱)?的?失业保险`), (m) => num(m[1])],
  ["disqualified", /严重违法失信|失信企业|不符合(?:当地)?环保/, () => true],

  ["people", new RegExp(`(?:招用|招聘|招收|招|吸纳|录用|雇佣|雇|接收|安置|介绍)(?:了)?${N}(?:个|名|位)`), (m) => num(m[1])],
  ["people", new RegExp(`${N}(?:个|名|位)(?:见习)`), (m) => num(m[1])],
  // A count on its own ("见习了4个月，8个人"), unless it counts layoffs or those kept on; "是3个人" is a
  // correction, read only with a calculation under way (BARE_COUNT).
  ["people", new RegExp(`(?<!是|留用了?|裁了?|裁员|辞退了?|参保|职工|员工|\\d)${N}(?:个|名|位)人`), (m) => num(m[1])],

  ["group", /毕业年度|应届/, () => "毕业年度高校毕业生"],
  ["group", /离校(\d+(?:\.\d+)?)年(?:内|以内)?(?:还)?(?:未|没)/, (m) => graduateGroup(num(m[1]))],
  ["group", /离校未就业|离校.{0,4}没(?:有)?(?:找到)?工作/, () => "离校2年内未就业高校毕业生"],
  ["group", /毕业(\d+(?:\.\d+)?)年(?:了|多)?[^。；]{0,10}(?:没|未)(?:有)?(?:就业|找到工作|工作)/, (m) => graduateGroup(num(m[1]))],
  ["group", /(?:登记)?失业(?:了)?(?:6个月|[6-9]个月|\d{2}个月|\d+年)(?:以上|多)?/, () => "登记失业半年以上人员"],
  ["group", /16[-—–~至到]24(?:周)?岁/, () => "登记失业的16—24岁青年"],
  ["group", /(\d+)(?:周)?岁的?(?:登记)?失业|失业的?(\d+)(?:周)?岁/, (m) => unemployedAged(num(m[1] ?? m[2]))],
  ["group", /失业青年/, () => "登记失业的16—24岁青年"],
  ["group", /两后生/, () => "两后生中的农村牧区学员和城市低保家庭学员"],
  ["group", /脱贫|监测(?:帮扶)?对象|建档立卡|贫困(?:户|人口|劳动力)/, () => "脱贫人口"],
  ["group", /就业困难人员/, () => "就业困难人员"],
  ["group", /零就业家庭/, () => "零就业家庭成员"],

  ["contractMonths", /无固定期限/, () => 120],
  ["contractMonths", new RegExp(`签(?:订)?(?:了|的是|的)?(?:为期)?${N}(?:个)?(年|月)(?:以上|多)?(?:的)?(?:劳动)?合同`), (m) => toMonths(m[1], m[2])],
  ["contractMonths", new RegExp(`合同(?:期限)?[^，。；\\d]{0,5}?${N}(?:个)?(年|月)`), (m) => toMonths(m[1], m[2])],
  ["insuranceMonths", new RegExp(`(?:给|为)(?:他们|她们|其|员工|职工)?(?:交|缴)[^，。；\\d]{0,16}?${N}个月`), (m) => num(m[1])],
  ["insuranceMonths", new RegExp(`(?:工伤|养老|社保)[^，。；\\d]{0,10}?${N}个月`), (m) => num(m[1])],

  ["internMonths", new RegExp(`见习(?:了|期)?(?:为|是)?${N}个?月`), (m) => num(m[1])],
  ["retentionRate", new RegExp(`留用率(?:是|为|达到?|有)?${N}%`), (m) => num(m[1])],
  ["retentionRate", /(?:一个都没|都没有?|全都没|没有人)留用|都没留/, () => 0],
  ["retentionRate", /(?:全部|都|全都)留用|都留下/, () => 100],
  ["retained", new RegExp(`留用(?:了)?${N}(?:个|名|位)?人?`), (m) => num(m[1])],

  ["certLevel", /专项职业能力/, () => "专项职业能力"],
  ["certLevel", /高级技师|[（(]?1级/, () => "高级技师"],
  ["certLevel", /技师|[（(]?2级/, () => "技师"],
  ["certLevel", /高级|3级/, () => "高级"],
  ["certLevel", /中级|4级/, () => "中级"],
  ["certLevel", /初级|5级/, () => "初级"],
  ["unemploymentInsuranceMonths", new RegExp(`失业保险(?:费)?(?:已经|已|才|有|都)?(?:交|缴|参加)?(?:了)?${N}(个月|年)`), (m) => toMonths(m[1], m[2])],
  ["unemploymentInsuranceMonths", new RegExp(`(?:交|缴|参加)了?${N}(个月|年)多?的?失业保险`), (m) => toMonths(m[1], m[2])],
  ["unemploymentInsuranceMonths", new RegExp(`(?:参保缴费|参保|缴费)(?:已经|已|都)?(?:满|够|有|了)?${N}(个月|年)`), (m) => toMonths(m[1], m[2])],
  ["receivingUnemploymentBenefit", /(?:正在|目前在|现在在|还在|我在)领(?:取)?(?:着)?失业(?:保险)?金/, () => true],
  ["repeatCertificate", /第二次|再次|重复|又考了同/, () => true],
  ["askedUplift", /上浮/, () => true],
  ["timesThisYear", new RegExp(`已(?:经)?(?:领|享受|领取|申请)(?:了|过)?${N}次`), (m) => num(m[1])],
  ["sameOccupationAndLevel", /同一(?:个)?(?:职业|工种).{0,4}同一(?:个)?(?:等级|级别)/, () => true],
  ["trainingDays", new RegExp(`培训(?:了)?${N}天`), (m) => num(m[1])],
  ["trainingDays", new RegExp(`${N}天的?培训`), (m) => num(m[1])],

  ["fundMonths", new RegExp(`可支付(?:月数)?(?:是|为|有)?${N}个?月`), (m) => num(m[1])],
  ["currentRate", new RegExp(`(?:现行|现在的?|目前的?|原来的?|原)(?:工伤保险)?费率(?:是|为)?${N}%`), (m) => num(m[1])],
  ["firstClassIndustry", /一类行业|1类行业/, () => true],
  ["minimumWage", new RegExp(`最低工资(?:标准)?(?:是|为)?${N}`), (m) => num(m[1])],
  ["monthlyWage", new RegExp(`(?<!最低)(?:月工资|月薪|工资|缴费基数|缴费工资)(?:是|为|每月)?${N}元?`), (m) => num(m[1])],

  ["workMonths", new RegExp(`(?:打工|务工|就业|工作|干了|上班)(?:了)?(?:已经)?${N}(?:个)?(月|年)`), (m) => toMonths(m[1], m[2])],
  ["crossProvince", /跨省|省外|外省|出省/, () => true],
  ["crossProvince", /省内|本省/, () => false],
  ["fare", new RegExp(`(?:路费|车费|交通费|票钱|车票)[^，。；\\d]{0,6}?${N}元?`), (m) => num(m[1])],
  ["ownProduction", /(?:不能|无法|没法)自主发展/, () => false],
  ["ownProduction", /自主发展生产|自己(?:能)?(?:搞|发展)生产/, () => true],
  ["publicWelfarePost", /公益(?:性)?岗/, () => true],
  ["paidAboveLine", /(?:没|未|没有)达到[^，。]{0,8}监测/, () => false],
  ["paidAboveLine", /(?:达到|超过|不低于)(?:了)?[^，。]{0,8}监测(?:范围)?标准/, () => true],
  ["hardship", /困难|低保|残疾人家庭|建档立卡|特困|贫困家庭/, () => true],
  ["incomeAboveSubsistenceLine", /(?:没有|没|未)超过[^，。]{0,6}低保/, () => false],
  ["incomeAboveSubsistenceLine", /(?:超过|高于|超出)(?:了)?(?:当地)?(?:的)?低保(?:标准|线)/, () => true],
  ["disasterAffected", /自然灾害|突发事件|疫情|洪水|地震|火灾|旱灾|冰雹|受灾/, () => true],
  ["yearsToRetirement", new RegExp(`(?:距|离)(?:法定)?退休(?:年龄)?(?:还有|还差|不足|只有)?${N}年`), (m) => num(m[1])],
];

// "不对，是3个人" — a bare count: it corrects whatever count the current calculation is about.
const BARE_COUNT = new RegExp(`(?:是|有|共|一共|改为|应该是|其实是)${N}(?:个|名|位)?人`);
// "不对，缴了5万元" — a bare sum: the money the current calculation is about.
const BARE_MONEY = new RegExp(`${N}元`);

export interface ReadFacts {
  facts: Facts;
  /** Values stated but impossible (a negative sum, 120% retention): said back to the user. */
  invalid: string[];
}

/**
 * Facts stated in a message. `countFact` and `moneyFact` are the facts a bare "是3个人" or "5万元"
 * mean in the current calculation;
 * `crossProvince` is decided by the caller from place names when the text does not say.
 */
export function readFacts(text: string, countFact?: FactKey, moneyFact?: FactKey): ReadFacts {
  const read = reading(`${countFact ?? ""}\u0000${moneyFact ?? ""}\u0000${text}`, () => readFresh(text, countFact, moneyFact));
  // A copy: callers add facts of their own (跨省 from place names).
  return { facts: { ...read.facts }, invalid: [...read.invalid] };
}

const reading = memoizeBy<ReadFacts>(1024);

function readFresh(text: string, countFact?: FactKey, moneyFact?: FactKey): ReadFacts {
  const t = arabicize(text);
  const raw: Record<string, unknown> = {};
  for (const [key, re, read] of PATTERNS) {
    if (key in raw) continue;
    const m = t.match(re);
    if (m) raw[key] = read(m);
  }
  if (countFact && !(countFact in raw)) {
    const m = t.match(BARE_COUNT);
    if (m) raw[countFact] = num(m[1]);
  }
  if (moneyFact && !(moneyFact in raw)) {
    const m = t.match(BARE_MONEY);
    if (m) raw[moneyFact] = num(m[1]);
  }
  for (const m of t.matchAll(/-\s*(\d+(?:\.\d+)?)\s*(元|人|个月|%)/g)) raw.negative = m[0];
  const invalid: string[] = [];
  if (typeof raw.negative === "string") invalid.push(`“${raw.negative}”不能是负数`);
  delete raw.negative;
  const facts: Facts = {};
  for (const [key, value] of Object.entries(raw)) {
    const one = FactsSchema.shape[key as FactKey].safeParse(value);
    if (one.success) (facts as Record<string, unknown>)[key] = one.data;
    else invalid.push(one.error.issues[0]?.message ?? `${key}无效`);
  }
  return { facts, invalid };
}

export type { CertLevel, PersonGroup };

// The facts a user can state about their own situation, as the calculators consume them.
import { z } from "zod";

/** The groups of people the rules name. A group the rule does not name is not eligible. */
export const PERSON_GROUPS = [
  "毕业年度高校毕业生",
  "离校2年内未就业高校毕业生",
  "离校超过2年的高校毕业生",
  "登记失业的16—24岁青年",
  "登记失业半年以上人员",
  "脱贫人口",
  "就业困难人员",
  "零就业家庭成员",
  "两后生中的农村牧区学员和城市低保家庭学员",
  "其他人员",
] as const;
export type PersonGroup = (typeof PERSON_GROUPS)[number];

/** 大型 / 中小微 / the organisations the rules treat like enterprises (社会团体、律师事务所 …). */
export const ENTERPRISE_KINDS = ["大型企业", "中小微企业", "社会组织等参照单位"] as const;
export const CERT_LEVELS = ["专项职业能力", "初级", "中级", "高级", "技师", "高级技师"] as const;
export type CertLevel = (typeof CERT_LEVELS)[number];

const count = z.number().int("人数应为整数").nonnegative("人数不能为负数");
const money = z.number().nonnegative("金额不能为负数");
const months = z.number().nonnegative("月数不能为负数");
const percent = z.number().min(0, "比例不能为负数").max(100, "比例不能超过100%");

export const FactsSchema = z
  .object({
    enterpriseKind: z.enum(ENTERPRISE_KINDS),
    /** 上年度月均参保人数 (may be fractional: 30.4). */
    insuredCount: z.number().positive("参保人数应大于0"),
    /** 上年度裁员人数 (兴安盟: 解除、终止劳动关系且符合领取失业保险金条件的人数). */
    layoffs: count,
    /** 上年度裁员率 (%), when said as a rate rather than a count of people. */
    layoffRate: percent,
    /** 企业及其职工上年度实际缴纳的失业保险费（元）. */
    premiumPaid: money,
    /** 严重违法失信, or not meeting local environmental policy. */
    disqualified: z.boolean(),
    /** How many people were hired / taken on / placed. */
    people: count,
    group: z.enum(PERSON_GROUPS),
    /** 劳动合同期限（月）. */
    contractMonths: months,
    /** 已缴纳失业、工伤、职工养老保险费的月数. */
    insuranceMonths: months,
    /** 见习: months of traineeship and the share kept on (%). */
    internMonths: months,
    retentionRate: percent,
    retained: count,
    certLevel: z.enum(CERT_LEVELS),
    /** 取得职业资格证书或职业技能等级证书 (of whatever level). */
    certified: z.boolean(),
    /** 参加失业保险的月数. */
    unemploymentInsuranceMonths: months,
    receivingUnemploymentBenefit: z.boolean(),
    /** 同一职业同一等级并非初次取得. */
    repeatCertificate: z.boolean(),
    /** The user asks for the most a city may raise the standard (上浮). */
    askedUplift: z.boolean(),
    /** How far the city actually raised the standard (上浮了20%), when the user says. */
    upliftPercent: percent,
    /** Times the subsidy was already received this year. */
    timesThisYear: count,
    sameOccupationAndLevel: z.boolean(),
    trainingDays: z.number().positive("培训天数应大于0"),
    /** 工伤保险基金累计结存可支付月数. */
    fundMonths: months,
    /** 现行工伤保险费率 (%). */
    currentRate: percent,
    firstClassIndustry: z.boolean(),
    monthlyWage: money,
    minimumWage: money,
    /** 稳定就业 / 外出务工 months. */
    workMonths: months,
    crossProvince: z.boolean(),
    /** 实际往返一次交通费（元）. */
    fare: money,
    ownProduction: z.boolean(),
    publicWelfarePost: z.boolean(),
    /** The user places people in work for others (人力资源服务机构, 劳务经纪人, 介绍…就业), rather than hiring them. */
    placesWorkers: z.boolean(),
    /** Pay for the year reached the monitoring line (防返贫监测范围标准). */
    paidAboveLine: z.boolean(),
    /** 高校毕业生: the 求职创业补贴 is for graduates (of the graduation year, or not yet employed). */
    graduate: z.boolean(),
    /** 困难家庭 (低保、残疾人家庭、建档立卡、特困 …). */
    hardship: z.boolean(),
    yearsToRetirement: z.number().nonnegative("距退休年限不能为负数"),
    /** After finding work, the household's income per head is above the local 低保 line. */
    incomeAboveSubsistenceLine: z.boolean(),
    /** The borrower was hit by a natural disaster or a major emergency (自然灾害、重特大突发事件). */
    disasterAffected: z.boolean(),
    /** The people were hired by the user's firm (招了, 录用了): what points to the hiring subsidies. */
    hiring: z.boolean(),
    /** The user asks whether two subsidies can both be had (另外再拿, 同时享受). */
    combined: z.boolean(),
    /** The wage base said is the whole firm's (缴费基数合计20万), not each person's. */
    wageOfAll: z.boolean(),
    /** The user asks the standard per person and month (每人每月多少), not a total. */
    perPersonMonthly: z.boolean(),
    /** A subsidy already received (a term of corpus/terms.yaml): some may not be combined. */
    receivedSubsidy: z.string(),
  })
  .partial();
export type Facts = z.infer<typeof FactsSchema>;
export type FactKey = keyof Facts;

// What the reader may know of a user's situation: the facts rules use, and the words people give
// instead of them (今年毕业, 失业一年多, 45岁, 去浙江), from which the facts are decided (derive.ts).
import { z } from "zod";
import { FactsSchema } from "../../calculators/facts.js";

const months = z.number().nonnegative("月数不能为负数");

export const GRADUATION_STATUSES = ["毕业年度", "离校未就业"] as const;

export const SlotValuesSchema = FactsSchema.extend({
  /** 今年毕业 (the graduation year) or 离校未就业 (left school, not working). */
  graduationStatus: z.enum(GRADUATION_STATUSES),
  /** Months since leaving school. */
  yearsSinceLeaving: months,
  /** 登记失业: registered as unemployed. */
  registeredUnemployed: z.boolean(),
  /** Months registered as unemployed. */
  unemployedMonths: months,
  age: z.number().min(14, "年龄应在14岁以上").max(100, "年龄不应超过100岁"),
  /** 60退休: the statutory retirement age the user gives; with the age, it gives the years to retirement. */
  retirementAge: z.number().min(40, "退休年龄应在40岁以上").max(80, "退休年龄不应超过80岁"),
  /** The province someone went to work in (去浙江打工): 跨省 is decided against the rule's region. */
  destinationProvince: z.string(),
}).partial();
export type SlotValues = z.infer<typeof SlotValuesSchema>;
export type SlotKey = keyof SlotValues;

export const SLOT_KEYS = Object.keys(SlotValuesSchema.shape) as SlotKey[];

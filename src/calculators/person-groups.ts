// 人员类别: how the clauses define the groups of people they name (登记失业的16—24岁青年, 离校2年内,
// 登记失业半年以上) — the figures everyday words (25岁, 去年毕业, 失业8个月) are read against,
// wherever the user is. Their figures are parameters like any other (corpus/parameters).
import { inMonths, type Parameter } from "./rule.js";

export const GROUP_BOUNDS = {
  youthFrom: "人员类别.青年年龄下限",
  youthTo: "人员类别.青年年龄上限",
  graduateYears: "人员类别.离校年限",
  longUnemployed: "人员类别.长期失业年限",
} as const;

export interface GroupBounds {
  youthFrom: number;
  youthTo: number;
  graduateYears: number;
  graduateMonths: number;
  longUnemployedMonths: number;
}

/** The bounds, from the parameters that state them; a corpus without them cannot read people's groups. */
export function groupBounds(find: (name: string) => Parameter | null): GroupBounds {
  const get = (name: string) => find(name) ?? fail(name);
  return {
    youthFrom: get(GROUP_BOUNDS.youthFrom).value,
    youthTo: get(GROUP_BOUNDS.youthTo).value,
    graduateYears: get(GROUP_BOUNDS.graduateYears).value,
    graduateMonths: inMonths(get(GROUP_BOUNDS.graduateYears)),
    longUnemployedMonths: inMonths(get(GROUP_BOUNDS.longUnemployed)),
  };
}

function fail(name: string): never {
  throw new Error(`corpus/parameters: no document defines ${name}, which reading people's groups needs`);
}

// The dates a clause states for itself, and what they mean on a given day.

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

// 政策实施期限截至2023年12月31日 / 执行期限截至… / 延长至2024年12月31日 / 延长至2024年底 / 政策执行至2023年12月31日
const END = /(?:截至|截止到?|延长至|执行至)(\d{4})年(?:(\d{1,2})月(\d{1,2})日|底)/g;
// 2023年5月1日起
const START = /(\d{4})年(\d{1,2})月(\d{1,2})日起/;

/** Start and end dates stated in clause text (already cleaned of scan spacing). The latest end wins. */
export function statedDates(text: string): { startsOn: string | null; endsOn: string | null } {
  let endsOn: string | null = null;
  for (const m of text.matchAll(END)) {
    const date = m[2] ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : iso(Number(m[1]), 12, 31);
    if (!endsOn || date > endsOn) endsOn = date;
  }
  const s = text.match(START);
  return { startsOn: s ? iso(Number(s[1]), Number(s[2]), Number(s[3])) : null, endsOn };
}

export type ValidityStatus = "in-force" | "expired" | "not-yet" | "unstated";

export interface Validity {
  status: ValidityStatus;
  startsOn: string | null;
  endsOn: string | null;
}

/** Today's date as YYYY-MM-DD in China (UTC+8), the date the documents are read in. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function validityOn(dates: { startsOn: string | null; endsOn: string | null }, today: string): Validity {
  const { startsOn, endsOn } = dates;
  const status: ValidityStatus =
    endsOn && today > endsOn ? "expired" : startsOn && today < startsOn ? "not-yet" : endsOn ? "in-force" : "unstated";
  return { status, startsOn, endsOn };
}

/** True when a date written YYYY, YYYY-MM or YYYY-MM-DD is on the calendar: 2023-02-30 is not, 2024-02-29 is. */
export function isCalendarDate(date: string): boolean {
  const [y = Number.NaN, m = 1, d = 1] = date.split("-").map(Number);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** 2023-12-31 → 2023年12月31日 */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

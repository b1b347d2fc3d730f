// Numbers the way people write them → Arabic digits, so fact patterns only deal with digits:
// 十万元 → 100000元, 1.5万 → 15000, 两千 → 2000, 一千二 → 1200, 一点二 → 1.2, 三个人 → 3个人,
// 百分之六十五 → 65%, 半年 → 6个月.
import Nzh from "nzh";

const DIGIT = "零〇一二两三四五六七八九";
const CN = `${DIGIT}十百千万`;
// A Chinese numeral counts as a number only before a measure word or when it ends in 十/百/千/万,
// so 统一 and 一揽子 stay words.
const MEASURE = "个名位人年月天日次元块岁级户家倍周期届%";
const RUN = new RegExp(`[${DIGIT}十][${CN}]*`, "g");
const DIGIT_VALUE: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

// 一千二 / 三万五 / 两千五: the last digit is a tenth of the unit before it.
const SHORT = new RegExp(`^([${DIGIT}])([百千万])([${DIGIT}])$`);

function decodeChinese(numeral: string): number {
  const short = numeral.match(SHORT);
  if (short) return DIGIT_VALUE[short[1]!]! * UNIT[short[2]!]! + (DIGIT_VALUE[short[3]!]! * UNIT[short[2]!]!) / 10;
  return Number(Nzh.cn.decodeS(numeral.replace(/两/g, "二").replace(/〇/g, "零")));
}

function readRun(run: string, after: string): string {
  const counts = after !== "" && MEASURE.includes(after[0]!) && !/^次性/.test(after);
  if (!counts && !/[十百千万]$/.test(run) && !SHORT.test(run)) return run;
  const v = decodeChinese(run);
  return Number.isFinite(v) && v > 0 ? String(v) : run;
}

export function arabicize(text: string): string {
  return (
    text
      // 100,000 → 100000
      .replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
      // 一点二 → 1.2 (before the runs, which would read 一 and 二 apart)
      .replace(new RegExp(`([${CN}]+)点([${DIGIT}]+)`, "g"), (_, whole: string, part: string) => `${decodeChinese(whole)}.${[...part].map((d) => DIGIT_VALUE[d]).join("")}`)
      // 百分之六十五 / 百分之65 → 65%
      .replace(/百分之([\d.]+)/g, "$1%")
      .replace(new RegExp(`百分之([${CN}]+)`, "g"), (_, n: string) => `${decodeChinese(n)}%`)
      .replace(/半年/g, "6个月")
      .replace(/半个月/g, "0.5个月")
      .replace(RUN, (run, at: number, whole: string) => readRun(run, whole.slice(at + run.length, at + run.length + 3)))
      // 1.5万 → 15000, 3千 → 3000 (a 万 left after a Chinese numeral was decoded with it)
      .replace(/(\d+(?:\.\d+)?)\s*([万千])/g, (_, n: string, unit: string) => String(Number(n) * (unit === "万" ? 10000 : 1000)))
      // 一年半 → 1.5年
      .replace(/(\d+)年半/g, (_, n: string) => `${Number(n) + 0.5}年`)
  );
}

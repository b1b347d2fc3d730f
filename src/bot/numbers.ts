// Numbers the way people write them → Arabic digits, so fact patterns only deal with digits:
// 十万元 → 100000元, 1.5万 → 15000, 两千 → 2000, 三个人 → 3个人, 百分之六十五 → 65%, 半年 → 6个月.
import Nzh from "nzh";

const CN_DIGITS = "零〇一二两三四五六七八九十百千万";
// A Chinese numeral counts as a number only before a measure word, so 统一 and 一揽子 stay words.
const MEASURE = "个名位人年月天日次元块岁级户家倍周期届%";
// A run ending in 十/百/千/万 (二十万, 两千) is a number wherever it stands.
const CN_NUMBER = new RegExp(`[零〇一二两三四五六七八九十](?:[${CN_DIGITS}]*[十百千万]|[${CN_DIGITS}]*(?=[${MEASURE}])(?!次性))`, "g");

function decodeChinese(numeral: string): number {
  return Number(Nzh.cn.decodeS(numeral.replace(/两/g, "二").replace(/〇/g, "零")));
}

export function arabicize(text: string): string {
  return (
    text
      // 100,000 → 100000
      .replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
      // 百分之六十五 / 百分之65 → 65%
      .replace(/百分之([\d.]+|[零〇一二两三四五六七八九十百]+)/g, (_, n: string) => `${/\d/.test(n) ? n : decodeChinese(n)}%`)
      .replace(/半年/g, "6个月")
      .replace(/半个月/g, "0.5个月")
      .replace(CN_NUMBER, (n) => {
        const v = decodeChinese(n);
        return Number.isFinite(v) && v > 0 ? String(v) : n;
      })
      // 1.5万 → 15000, 3千 → 3000 (a 万 left after a Chinese numeral was decoded with it)
      .replace(/(\d+(?:\.\d+)?)\s*([万千])/g, (_, n: string, unit: string) => String(Number(n) * (unit === "万" ? 10000 : 1000)))
      // 一年半 → 1.5年
      .replace(/(\d+)年半/g, (_, n: string) => `${Number(n) + 0.5}年`)
  );
}

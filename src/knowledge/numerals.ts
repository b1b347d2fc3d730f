// Numbers as people type them: 12 / 1,200 / 1.2万 / 十二 / 叁 / 一千二 / 三万六 / 3万6 / 1万2千 / 3千5 /
// 一点五 — and the approximate ones (五六, 十几, 几十) flagged, never turned into a figure.
//
// A numeral is read as a run of atoms (Arabic numbers, Chinese digits, the units 十百千万亿) and
// valued the way Chinese is spoken: units multiply what precedes them, 万 and 亿 close a section,
// and a lone digit after a unit is the next place down (一千二 = 1200, 3万6 = 36000).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 仨: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 1e4, 亿: 1e8 };
/** 万 and 亿 close a section: 三万六千 is (3)×万 + 6×千. */
const SECTION = new Set(["万", "亿"]);

export const CHINESE_DIGIT = Object.keys(DIGITS).join("");
export const CHINESE_UNIT = Object.keys(UNITS).join("");

/** A numeral and where it ends; `approx` when it names no single figure. */
export interface Numeral {
  /** The figure; for an approximate numeral, its lower bound. */
  value: number;
  /** Its upper bound (五六 → 6, 十几 → 19); the value itself when exact. */
  high: number;
  /** The place of its last digit (二十 → 10, 800 → 100, 3万 → 10000): what 多 adds up to. */
  place: number;
  start: number;
  end: number;
  /** 五六 / 三四十 (two neighbouring digits), 十几 / 几十 (几 for a digit). */
  approx?: "range" | "vague";
  /** Written with Chinese digits only (一, 两): such a run is a number only before a measure word. */
  chinese: boolean;
  /** Ends in 万/千/百 or a Chinese unit: a magnitude a bare figure is not (十二万 vs 12). */
  scaled: boolean;
}

type Atom = { kind: "num"; value: number; digits: number; decimal: boolean } | { kind: "digit"; value: number } | { kind: "unit"; value: number; char: string } | { kind: "some" };

// 1,200 groups its thousands (3 digits after each comma, then no digit); 4600,2024 is two figures.
const ARABIC = /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/;
const CHINESE_DECIMAL = new RegExp(`^点([${CHINESE_DIGIT}]+)`);

/** The atoms of a numeral starting at `i` (empty when none starts there). */
function atomsAt(text: string, i: number): Array<{ atom: Atom; end: number }> {
  const out: Array<{ atom: Atom; end: number }> = [];
  let at = i;
  while (at < text.length) {
    const rest = text.slice(at);
    const arabic = rest.match(ARABIC);
    if (arabic) {
      const raw = arabic[0].replace(/,/g, "");
      out.push({ atom: { kind: "num", value: Number(raw), digits: raw.replace(/\..*$/, "").length, decimal: raw.includes(".") }, end: at + arabic[0].length });
      at += arabic[0].length;
      continue;
    }
    const ch = text[at]!;
    if (ch in DIGITS) {
      // 一点五 / 三点二: a Chinese decimal.
      const dec = text.slice(at + 1).match(CHINESE_DECIMAL);
      if (dec) {
        const frac = [...dec[1]!].map((d) => DIGITS[d]).join("");
        out.push({ atom: { kind: "num", value: Number(`${DIGITS[ch]}.${frac}`), digits: 1, decimal: true }, end: at + 1 + dec[0].length });
        at += 1 + dec[0].length;
        continue;
      }
      out.push({ atom: { kind: "digit", value: DIGITS[ch]! }, end: at + 1 });
    } else if (ch in UNITS) {
      out.push({ atom: { kind: "unit", value: UNITS[ch]!, char: ch }, end: at + 1 });
    } else if (ch === "几") {
      out.push({ atom: { kind: "some" }, end: at + 1 });
    } else break;
    at++;
  }
  return out;
}

/**
 * Where the numeral stops: after a unit, a multi-digit Arabic number starts a new figure
 * (1.5万1860 is 15000 and 1860), and so does anything after a decimal figure that is not a unit.
 */
function cut(atoms: Array<{ atom: Atom; end: number }>): Array<{ atom: Atom; end: number }> {
  for (let k = 1; k < atoms.length; k++) {
    const a = atoms[k]!.atom;
    const prev = atoms[k - 1]!.atom;
    if (a.kind === "num" && (prev.kind === "num" || prev.kind === "digit" || (prev.kind === "unit" && (a.digits > 1 || a.decimal)))) return atoms.slice(0, k);
    if (a.kind === "digit" && prev.kind === "num") return atoms.slice(0, k);
    // 四千八一个月: two digits that are no range (八一) are two figures.
    if (a.kind === "digit" && prev.kind === "digit" && prev.value !== 0 && !neighbours(prev.value, a.value)) return atoms.slice(0, k);
  }
  return atoms;
}

/** 五六, 七八, 一两: two digits read together as "this or the next". */
const neighbours = (a: number, b: number) => b === a + 1 || (a === 1 && b === 2);

/** The value of a run of atoms with no 几 and no range; null when they do not make one number. */
function evaluate(atoms: Atom[]): number | null {
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  let lastUnit = 0;
  let zeroSeen = false;
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    if (a.kind === "some") return null;
    if (a.kind === "digit" || a.kind === "num") {
      const prev = atoms[k - 1];
      if (a.kind === "digit" && prev?.kind === "digit" && prev.value !== 0) return null; // 一二三 read aloud
      if (a.kind === "digit" && a.value === 0) {
        zeroSeen = true;
        continue;
      }
      pending = a.value;
      continue;
    }
    const scale = a.value;
    if (SECTION.has(a.char)) {
      total = (total + section + (pending ?? (section || total ? 0 : 1))) * scale;
      section = 0;
    } else {
      section += (pending ?? 1) * scale;
    }
    pending = null;
    lastUnit = scale;
    zeroSeen = false;
  }
  if (pending !== null) {
    // 一千二 / 3万6 / 3千5: a lone digit after 百/千/万 is the next place down; after 零 or 十 it is units.
    const last = atoms[atoms.length - 1]!;
    const lone = last.kind === "digit" || (last.kind === "num" && last.digits === 1 && !last.decimal);
    const shorthand = lone && lastUnit >= 100 && !zeroSeen;
    section += shorthand ? (pending * lastUnit) / 10 : pending;
  }
  const value = total + section;
  // Six decimals mend float sums (1.2万 → 12000, not 12000.000000002) without scaling past 2^53.
  return Number.isFinite(value) ? (Number.isInteger(value) ? value : Number(value.toFixed(6))) : null;
}

/**
 * The value of a run of atoms, with its bounds when it names none exactly: 五六 is 5 to 6 (two
 * neighbouring digits: one dropped, then the other), 十几 is 11 to 19 (几 read as 1, then as 9).
 */
function valueOf(atoms: Atom[]): { low: number; high: number; approx?: Numeral["approx"] } | null {
  const k = atoms.findIndex((a, i) => {
    const prev = atoms[i - 1];
    return a.kind === "digit" && prev?.kind === "digit" && prev.value !== 0 && neighbours(prev.value, a.value);
  });
  if (k > 0) {
    const low = evaluate(atoms.filter((_, i) => i !== k));
    const high = evaluate(atoms.filter((_, i) => i !== k - 1));
    return low !== null && high !== null ? { low, high, approx: "range" } : null;
  }
  if (atoms.some((a) => a.kind === "some")) {
    const as = (d: number) => evaluate(atoms.map((a) => (a.kind === "some" ? { kind: "digit" as const, value: d } : a)));
    const low = as(1);
    const high = as(9);
    return low !== null && high !== null ? { low, high, approx: "vague" } : null;
  }
  const v = evaluate(atoms);
  return v === null ? null : { low: v, high: v };
}

/** The numeral starting at `i`, if one does. */
export function numeralAt(text: string, i: number): Numeral | null {
  const atoms = cut(atomsAt(text, i));
  if (!atoms.length) return null;
  // A trailing 几 belongs to the numeral (十几); a leading one (几个) is a question, not a figure —
  // unless after 好: 好几年 is several, two to nine.
  if (atoms[0]!.atom.kind === "some" && atoms.length === 1) {
    return text[i - 1] === "好" ? { value: 2, high: 9, place: 1, start: i - 1, end: atoms[0]!.end, chinese: true, scaled: false, approx: "vague" } : null;
  }
  // Units alone scale nothing (千万别, 百分); 十 alone is ten (十个人).
  const end = atoms[atoms.length - 1]!.end;
  const written = text.slice(i, end);
  if (atoms.every((a) => a.atom.kind === "unit") && !/^[十拾]/.test(written)) return null;
  const v = valueOf(atoms.map((a) => a.atom));
  if (!v) return null;
  const place = placeOf(atoms.map((a) => a.atom));
  const chinese = !/\d/.test(written);
  const scaled = atoms.some((a) => a.atom.kind === "unit");
  return { value: v.low, high: v.high, place, start: i, end, chinese, scaled, ...(v.approx ? { approx: v.approx } : {}) };
}

/** The place value of a numeral's last digit: 二十 → 10, 3万 → 10000, 1.5万 → 1000, 860 → 10. */
function placeOf(atoms: Atom[]): number {
  const last = atoms[atoms.length - 1]!;
  if (last.kind === "unit") return last.value;
  if (last.kind === "num") {
    const [whole, frac] = String(last.value).split(".");
    if (frac) return 10 ** -frac.length;
    return 10 ** (whole!.length - whole!.replace(/0+$/, "").length);
  }
  return 1;
}

/** Every character a numeral can start with. */
export const NUMERAL_START = new RegExp(`[\\d${CHINESE_DIGIT}${CHINESE_UNIT}几]`);

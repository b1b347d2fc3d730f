// Personal data never reaches the logs: ID-card, mobile, landline and bank-card numbers and e-mail
// addresses, however the user typed them. IMEs produce full-width digits, "＋", "－" and the
// ideographic space, so matching runs on a folded copy of the text; folding maps one UTF-16 unit to
// one, so a match's position in the copy is its position in the original, whose other text is kept.
// Policy figures (860元, 2023-12-31, 1500元/人, 〔2023〕12号) fit none of the patterns: each needs a
// digit count or leading digits that amounts, dates and counts do not have.
// Every repetition is bounded, or (e-mail) can start only where a run of its characters starts,
// so a long line costs linear time.

interface Rule {
  pattern: RegExp;
  token: string;
  /** A further check on the match's digits, for what a pattern cannot say. */
  valid?: (digits: string) => boolean;
}

const FOLDED = /[\uff01-\uff5e\u3000\u00a0\u2010-\u2015\u2212]/g;

function fold(text: string): string {
  return text.replace(FOLDED, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01) return String.fromCharCode(code - 0xfee0); // full-width ASCII
    return code === 0x3000 || code === 0xa0 ? " " : "-"; // spaces; dashes and minus
  });
}

/** Luhn checksum, which every bank card number passes and a random digit string fails 9 times in 10. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[digits.length - 1 - i]) * (i % 2 === 1 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return sum % 10 === 0;
}

const MONTH_DAY = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";
const AREA_CODE = "0(?:10|2\\d|[3-9]\\d{2})"; // 010 and 02x are the only two-digit codes after the 0

const RULES: Rule[] = [
  // First, so that the digits of 13812345678@qq.com are not taken for a mobile number.
  { pattern: /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, token: "[邮箱]" },
  // Region (first digit 1-8), birth date, sequence and check character; groups 6-8-4 or 6-4-4-4.
  { pattern: new RegExp(`(?<!\\d)[1-8]\\d{5}[ -]?(?:18|19|20)\\d{2}[ -]?${MONTH_DAY}[ -]?\\d{3}[\\dXx](?!\\d)`, "g"), token: "[身份证号]" },
  // The 15-digit cards issued before 1999: two-digit year, no check character; groups 6-6-3.
  { pattern: new RegExp(`(?<!\\d)[1-8]\\d{5}[ -]?\\d{2}${MONTH_DAY}[ -]?\\d{3}(?!\\d)`, "g"), token: "[身份证号]" },
  // 17-19 digits as 4-4-4-4 and a short group: its own rule, so that when the whole fails Luhn (a
  // 16-digit card followed by " 2张") the next rule still finds the card in the first four groups.
  { pattern: /(?<!\d)\d{4}(?:[ -]\d{4}){3}[ -]\d{1,3}(?!\d)/g, token: "[银行卡号]", valid: luhn },
  { pattern: /(?<!\d)(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3})(?!\d)/g, token: "[银行卡号]", valid: luhn },
  // Optional +86 / 86 / 0086, bare or in parentheses; then 3-4-4 with optional space, hyphen or dot.
  { pattern: /(?<!\d)(?:\(?(?:\+|00)?86\)?[ -]?)?1[3-9]\d[ .-]?\d{4}[ .-]?\d{4}(?!\d)/g, token: "[手机号]" },
  // Area code (optionally in parentheses), 7 or 8 digits (optionally split before the last 4), extension.
  {
    pattern: new RegExp(`(?<!\\d)(?:\\(${AREA_CODE}\\)|${AREA_CODE})[ -]?[1-9]\\d{2,3}[ -]?\\d{4}(?:(?:[-#]|转|分机|ext\\.?)\\d{1,6})?(?!\\d)`, "g"),
    token: "[电话]",
  },
];

function apply(text: string, { pattern, token, valid }: Rule): string {
  let out = "";
  let end = 0;
  for (const match of fold(text).matchAll(pattern)) {
    if (valid && !valid(match[0].replace(/\D/g, ""))) continue;
    out += text.slice(end, match.index) + token;
    end = match.index + match[0].length;
  }
  return out + text.slice(end);
}

export function redact(text: string): string {
  return RULES.reduce(apply, text);
}

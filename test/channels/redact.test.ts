// Personal data never reaches the logs: every common way of writing an ID-card, mobile, landline or
// bank-card number, or an e-mail address, is masked inside Chinese text, and the figures of an
// ordinary policy question are left as they are. The formats are generated, not listed.
import fc from "fast-check";
import type { DestinationStream } from "pino";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/bot/channels/logger.js";
import { redact } from "../../src/bot/channels/redact.js";

const RUNS = { numRuns: 300 };

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (length: number) => fc.array(digit, { minLength: length, maxLength: length }).map((d) => d.join(""));
const pad = (n: number, width: number) => String(n).padStart(width, "0");

// Chinese text with Chinese punctuation only: no digits, Latin letters or separators that could
// extend a number or an address.
const hanzi = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const cnText = fc.string({ unit: fc.oneof(hanzi, fc.constantFrom("，", "。", "？", "！", "：", "、")), maxLength: 10 });

// What an IME in full-width mode types instead of digits, "+", "-", ".", "(", ")", "X" and space.
const FULL_WIDTH: Record<string, string> = { " ": "\u3000", "+": "＋", "-": "－", ".": "．", "(": "（", ")": "）", X: "Ｘ", x: "ｘ" };
const toFullWidth = (c: string) => (/\d/.test(c) ? String.fromCharCode(0xff10 + Number(c)) : (FULL_WIDTH[c] ?? c));

/** Some characters (chosen at random) typed in full width, as when a user switches input mode mid-number. */
const mixWidth = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(text, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }))
    .map(([t, wide]) => [...t].map((c, i) => (wide[i] ? toFullWidth(c) : c)).join(""));

const separator = fc.constantFrom(" ", "-");

const birthDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2020-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => ({
  year: String(d.getUTCFullYear()),
  monthDay: pad(d.getUTCMonth() + 1, 2) + pad(d.getUTCDate(), 2),
}));
const regionCode = fc.tuple(fc.integer({ min: 1, max: 8 }), digits(5)).map(([first, rest]) => `${first}${rest}`);

const id18 = fc
  .tuple(regionCode, birthDate, digits(3), fc.constantFrom(..."0123456789Xx"), fc.constantFrom("plain", "6-8-4", "6-4-4-4"), separator)
  .map(([region, { year, monthDay }, sequence, check, layout, s]) => {
    const tail = sequence + check;
    if (layout === "6-8-4") return [region, year + monthDay, tail].join(s);
    if (layout === "6-4-4-4") return [region, year, monthDay, tail].join(s);
    return region + year + monthDay + tail;
  });

const id15 = fc
  .tuple(regionCode, birthDate, digits(3), fc.boolean(), separator)
  .map(([region, { year, monthDay }, sequence, grouped, s]) => [region, year.slice(2) + monthDay, sequence].join(grouped ? s : ""));

const mobile = fc
  .tuple(
    fc.constantFrom("", "+86", "+86 ", "+86-", "86", "86 ", "0086", "0086 ", "(+86)", "(+86) ", "(86)"),
    fc.integer({ min: 3, max: 9 }),
    digits(9),
    fc.constantFrom("", " ", "-", "."),
  )
  .map(([prefix, second, rest, s]) => `${prefix}1${second}${rest.slice(0, 1)}${s}${rest.slice(1, 5)}${s}${rest.slice(5)}`);

const areaCode = fc.oneof(
  fc.constant("010"),
  digit.map((d) => `02${d}`),
  fc.tuple(fc.integer({ min: 3, max: 9 }), digits(2)).map(([d, rest]) => `0${d}${rest}`),
);
const landline = fc
  .tuple(
    areaCode,
    fc.integer({ min: 1, max: 9 }),
    fc.oneof(digits(6), digits(7)),
    fc.constantFrom("code-local", "codelocal", "(code)local", "(code) local", "code local", "code grouped"),
    fc.constantFrom("", "-123", "转8021", "-5"),
  )
  .map(([code, first, rest, layout, extension]) => {
    const local = `${first}${rest}`;
    const split = local.length - 4;
    const number = layout
      .replace("code", code)
      .replace("grouped", `${local.slice(0, split)} ${local.slice(split)}`)
      .replace("local", local);
    return number + extension;
  });

/** The check digit that makes `body` + digit pass the Luhn test. */
function luhnDigit(body: string): string {
  let sum = 0;
  [...body].reverse().forEach((c, i) => {
    const d = Number(c) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return String((10 - (sum % 10)) % 10);
}
const bankCard = fc
  .tuple(fc.integer({ min: 16, max: 19 }), fc.constantFrom("4", "5", "62", "6222", "6228"), digits(19), fc.constantFrom("", " ", "-"))
  .map(([length, issuer, filler, s]) => {
    const body = (issuer + filler).slice(0, length - 1);
    const number = body + luhnDigit(body);
    return s ? (number.match(/.{1,4}/g) ?? []).join(s) : number;
  });

const alnum = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789");
const word = (max: number) => fc.string({ unit: alnum, minLength: 1, maxLength: max });
const email = fc
  .tuple(word(8), fc.option(fc.tuple(fc.constantFrom(".", "_", "-", "+"), word(6))), fc.array(word(8), { minLength: 1, maxLength: 2 }), fc.constantFrom("com", "cn", "net", "org", "com.cn", "gov.cn"))
  .map(([user, more, labels, tld]) => `${user}${more ? more.join("") : ""}@${labels.join(".")}.${tld}`);

const TOKENS = ["[身份证号]", "[手机号]", "[电话]", "[银行卡号]", "[邮箱]"];

const normalDigits = (text: string) => text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Whether 7 consecutive digits of `secret` (ignoring separators and width) are still in `text`. */
function leaks(text: string, secret: string): boolean {
  const secretDigits = normalDigits(secret).replace(/\D/g, "");
  const runs = (normalDigits(text).match(/\d[\d\s.()+\-－＋（）\u3000]*/g) ?? []).map((r) => r.replace(/\D/g, ""));
  for (let i = 0; i + 7 <= secretDigits.length; i++) {
    const window = secretDigits.slice(i, i + 7);
    if (runs.some((r) => r.includes(window))) return true;
  }
  return false;
}

describe("redact", () => {
  const formats: [string, fc.Arbitrary<string>, string[]][] = [
    ["18-digit ID-card numbers", mixWidth(id18), ["[身份证号]"]],
    ["15-digit ID-card numbers", mixWidth(id15), ["[身份证号]"]],
    ["mobile numbers", mixWidth(mobile), ["[手机号]"]],
    ["landline numbers", mixWidth(landline), ["[电话]"]],
    // An 18-digit card number whose middle reads as a birth date is also a plausible ID number.
    ["bank-card numbers", mixWidth(bankCard), ["[银行卡号]", "[身份证号]"]],
    ["e-mail addresses", email, ["[邮箱]"]],
  ];

  it.each(formats)("masks %s, in any format, and keeps the text around them", (_, format, tokens) => {
    fc.assert(
      fc.property(cnText, format, cnText, (before, secret, after) => {
        const out = redact(before + secret + after);
        expect(tokens.map((t) => before + t + after)).toContain(out);
        expect(leaks(out, secret)).toBe(false);
      }),
      RUNS,
    );
  });

  it("masks the examples of issue 11", () => {
    const cases: [string, string][] = [
      ["身份证110101 19900307 1234请核对", "身份证[身份证号]请核对"],
      ["身份证110101-1990-0307-123X", "身份证[身份证号]"],
      ["老身份证110101900307123", "老身份证[身份证号]"],
      ["手机138-1234-5678", "手机[手机号]"],
      ["手机+86 138 1234 5678。", "手机[手机号]。"],
      ["（＋８６）１３８１２３４５６７８", "[手机号]"],
      ["电话010-12345678转123找我", "电话[电话]找我"],
      ["(0459)4612345", "[电话]"],
      ["0459 461 2345", "[电话]"],
      ["卡号6222 0212 3456 7894打款", "卡号[银行卡号]打款"],
      ["卡号6228 4800 1234 5678 903", "卡号[银行卡号]"],
      ["卡号6222 0212 3456 7894 2张", "卡号[银行卡号] 2张"],
      ["ＱＱ邮箱１２３４５６７８９＠ｑｑ．ｃｏｍ", "ＱＱ邮箱[邮箱]"],
      ["邮箱zhang.san@qq.com联系", "邮箱[邮箱]联系"],
      ["身份证11010519491231002X，电话13912345678，参保50人，缴费100000元", "身份证[身份证号]，电话[手机号]，参保50人，缴费100000元"],
    ];
    for (const [text, expected] of cases) expect(redact(text), text).toBe(expected);
  });

  it("masks several items in one message and nothing of the figures between them", () => {
    const secret = fc.oneof(mixWidth(id18), mixWidth(id15), mixWidth(mobile), mixWidth(landline), mixWidth(bankCard), email);
    fc.assert(
      fc.property(fc.array(fc.tuple(cnText, secret), { minLength: 1, maxLength: 5 }), fc.constantFrom("，参保50人", "补贴1500元/人", "截至2023-12-31前"), (parts, figure) => {
        const text = parts.map(([t, s]) => `${t}${s}${figure}`).join("");
        const out = redact(text);
        // (The figure's own digits, 2023-12-31, may happen to match 7 of a secret's: they are not checked.)
        for (const [, s] of parts) expect(leaks(out.split(figure).join("，"), s), s).toBe(false);
        expect(out.split(figure).length).toBe(parts.length + 1);
      }),
      RUNS,
    );
  });

  const year = fc.integer({ min: 1990, max: 2035 });
  const amount = fc.integer({ min: 1, max: 9_999_999 });
  const figure = fc.oneof(
    amount.map((n) => `${n}元`),
    amount.map((n) => String(n)),
    fc.integer({ min: 1, max: 999 }).map((n) => `${n}万`),
    year.map((y) => `${y}年`),
    fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
    fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}年${m}月${d}日`),
    amount.map((n) => `${n}元/人`),
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a}.${b}%`),
    fc.integer({ min: 1, max: 100_000 }).map((n) => `${n}人`),
    fc.tuple(year, fc.integer({ min: 1, max: 300 })).map(([y, n]) => `黑人社发〔${y}〕${n}号`),
    fc.tuple(amount, amount).map(([a, b]) => `${a}-${b}元`),
    fc.constantFrom("860元", "12333", "9:00-17:30", "第3条", "1500元/人/月", "100000"),
  );

  it("leaves ordinary policy questions unchanged", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cnText.filter((t) => t.length > 0), figure), { minLength: 1, maxLength: 8 }), cnText, (parts, end) => {
        const text = parts.map(([t, f]) => t + f).join("") + end;
        expect(redact(text)).toBe(text);
      }),
      RUNS,
    );
  });

  it("takes linear time on long hostile lines", () => {
    const lines = [
      "1".repeat(20_000),
      "１".repeat(20_000),
      "1 ".repeat(10_000),
      "1-".repeat(10_000),
      "0459 ".repeat(4_000),
      "(+86)".repeat(4_000),
      "a".repeat(20_000),
      "a.".repeat(10_000),
      "a@".repeat(10_000),
      `a@${"b.".repeat(10_000)}`,
      "稳1".repeat(10_000),
    ];
    for (const line of lines) {
      const started = performance.now();
      redact(line);
      expect(performance.now() - started, line.slice(0, 10)).toBeLessThan(100);
    }
  });
});

describe("the redacting logger", () => {
  const ID = "110101199003071234";
  const MOBILE = "+86 138 1234 5678";
  const CARD = "6222 0212 3456 7894";
  const MAIL = "zhang.san@qq.com";

  function capture() {
    const lines: string[] = [];
    const destination: DestinationStream = { write: (line: string) => void lines.push(line) };
    return { log: createLogger({ LOG_LEVEL: "debug" }, destination), lines };
  }

  function expectClean(line: string) {
    for (const secret of [ID, MOBILE, CARD]) expect(leaks(line, secret), `${secret} in ${line}`).toBe(false);
    expect(line).not.toContain("zhang.san");
    expect(TOKENS.some((t) => line.includes(t)), line).toBe(true);
  }

  it.each(["debug", "info", "warn", "error"] as const)("masks the message, nested fields and errors at %s", (level) => {
    const { log, lines } = capture();
    log[level](`问题：身份证${ID}`);
    log[level]({ user: { contact: [MOBILE, { card: CARD }] } }, "question");
    log[level]({ err: new Error(`发邮件给${MAIL}失败`) }, "reply failed");
    log[level](new Error(`卡号${CARD}无效`, { cause: new Error(`手机${MOBILE}`) }));
    log[level]("用户%s说：%o", MOBILE, { id: ID });
    log.child({ session: `wx-${MOBILE}` })[level]("child");
    expect(lines).toHaveLength(6);
    for (const line of lines) expectClean(line);
    const error = JSON.parse(lines[3] ?? "{}") as { msg: string; err: { type: string; message: string; stack: string } };
    expect(error.msg).toBe("卡号[银行卡号]无效");
    expect(error.err).toMatchObject({ type: "Error", message: "卡号[银行卡号]无效: 手机[手机号]" });
    expect(error.err.stack).toMatch(/^Error: 卡号\[银行卡号\]无效\n[^]*caused by: Error: 手机\[手机号\]/);
  });

  it("keeps the fields that carry no personal data", () => {
    const { log, lines } = capture();
    log.info({ channel: "http", intent: "amount", ms: 12, retryAfterSeconds: 3 }, "answered");
    const record = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
    expect(record).toMatchObject({ level: 30, channel: "http", intent: "amount", ms: 12, retryAfterSeconds: 3, msg: "answered" });
  });
});

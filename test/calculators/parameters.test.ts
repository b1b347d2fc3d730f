import { describe, expect, it } from "vitest";
import { FactsSchema } from "../../src/calculators/facts.js";
import { PARAMETER_NAMES, RULES, regionsOf } from "../../src/calculators/registry.js";
import { vocabularyOf } from "../../src/bot/understand/vocabulary.js";
import { inMonths, parametersOf } from "../../src/calculators/rule.js";
import { figuresIn } from "../../src/knowledge/parameters.js";
import { squash } from "../../src/knowledge/text.js";
import { repoCorpus } from "../helpers.js";

const corpus = repoCorpus();
const on2023 = { from: "2023-10-01", to: "2023-10-01" };

describe("every figure of corpus/parameters", () => {
  it.each(corpus.parameters.all().map((p) => [`${p.name} · ${p.region} · ${p.doc} ${p.clause} ${p.value}${p.unit}`, p] as const))("%s is written in its clause", (_, p) => {
    const doc = corpus.document(p.doc)!;
    expect(doc.jurisdiction).toBe(p.region);
    const clause = doc.clauses.find((c) => c.label === p.clause)!;
    expect(squash(clause.text)).toContain(squash(p.quote));
    // A condition (1) needs only its words; a figure must be one of the quote's, read whole.
    if (p.unit) expect(figuresIn(squash(p.quote))).toContain(p.value);
  });

  it("reads figures whole, in every numeral form", () => {
    expect(figuresIn("补贴标准分别提高至1200元、1350元和1500元")).toEqual([1200, 1350, 1500]);
    expect(figuresIn("每人1500元")).not.toContain(150);
    expect(figuresIn("最多不超过三次")).toEqual([3]);
    expect(figuresIn("登记失业的16—24岁青年")).toEqual([16, 24]);
    expect(figuresIn("登记失业半年以上")).toEqual([0.5]);
  });
});

describe("every rule", () => {
  it.each(RULES.map((r) => [r.id, r] as const))("%s names terms of corpus/terms.yaml and exists somewhere", (_, rule) => {
    const known = new Set(corpus.terms.terms.map((t) => t.term));
    for (const t of rule.terms) expect(known.has(t), t).toBe(true);
    expect(regionsOf(corpus.parameters, rule).length).toBeGreaterThan(0);
    for (const name of parametersOf(rule)) expect(PARAMETER_NAMES.has(name)).toBe(true);
  });

  it.each(RULES.flatMap((r) => regionsOf(corpus.parameters, r).map((region) => [`${r.id} ${region}`, r, region] as const)))(
    "%s asks for facts and cites a clause before any fact is known",
    (_, rule, region) => {
      const at = corpus.parameters.at(region, on2023);
      const r = rule.evaluate({}, at);
      expect(r.eligible).toBeNull();
      expect(r.missing.length).toBeGreaterThan(0);
      expect(r.sources.length).toBeGreaterThan(0);
      expect(rule.summary(at).length).toBeGreaterThan(10);
    },
  );
});

describe("the facts a rule declares", () => {
  const vocab = vocabularyOf(corpus);
  it.each(RULES.map((r) => [r.id, r] as const))("%s reads no fact it does not declare, and each has a slot to be read into", (_, rule) => {
    const read = new Set<string>();
    // Every fact present, so that every branch that reads one is taken somewhere.
    const full = Object.fromEntries(Object.keys(FactsSchema.shape).map((k) => [k, undefined]));
    const spy = new Proxy(full, { get: (t, k) => (typeof k === "string" && read.add(k), Reflect.get(t, k)) });
    for (const region of regionsOf(corpus.parameters, rule)) rule.evaluate(spy as never, corpus.parameters.at(region, on2023));
    for (const k of read) expect(rule.facts, `${rule.id} reads ${k}`).toContain(k);
    for (const k of rule.facts) expect(vocab.slots.has(k), `${k} in corpus/slots.yaml`).toBe(true);
    for (const k of rule.signals) expect(rule.facts).toContain(k);
  });
});

describe("durations", () => {
  const at = { doc: "d", clause: "1、" };
  it("reads 年 and 个月 as months, and refuses a figure that is no duration", () => {
    expect(inMonths({ ...at, value: 1, unit: "年" })).toBe(12);
    expect(inMonths({ ...at, value: 3, unit: "个月" })).toBe(3);
    expect(() => inMonths({ ...at, value: 500, unit: "元" })).toThrow(/not a duration/);
  });
});

import { describe, expect, it } from "vitest";
import { FactsSchema } from "../../src/calculators/facts.js";
import { PARAMETERS, RULES } from "../../src/calculators/registry.js";
import { loadVocabulary } from "../../src/bot/understand/vocabulary.js";
import { inMonths } from "../../src/calculators/rule.js";
import { readQuantities } from "../../src/bot/understand/quantities.js";
import { squash } from "../../src/knowledge/text.js";
import { repoCorpus } from "../helpers.js";

const corpus = repoCorpus();

describe("every figure the calculators use", () => {
  it.each(PARAMETERS.map((p) => [`${p.doc} ${p.clause} ${p.value}${p.unit}`, p] as const))("%s is written in its clause", (_, p) => {
    const doc = corpus.document(p.doc);
    expect(doc, p.doc).toBeDefined();
    expect(doc!.jurisdiction).toBe(p.region);
    const clause = doc!.clauses.find((c) => c.label === p.clause);
    expect(clause, `${p.doc} ${p.clause}`).toBeDefined();
    expect(squash(clause!.text)).toContain(squash(p.quote));
    // The value as the clause writes it: 3 or 三次.
    // (Both ends of a range: 16—24岁 states 16 and 24.)
    const figures = readQuantities(squash(p.quote)).flatMap((q) => [q.figure, ...(q.approx === "range" && q.value ? [(q.high! * q.figure) / q.value] : [])]);
    expect(figures).toContain(p.value);
  });
});

describe("every rule", () => {
  it.each(RULES.map((r) => [r.id, r] as const))("%s names terms of corpus/terms.yaml and regions with documents", (_, rule) => {
    const known = new Set(corpus.terms.terms.map((t) => t.term));
    for (const t of rule.terms) expect(known.has(t), t).toBe(true);
    const jurisdictions = new Set(corpus.documents.map((d) => d.jurisdiction));
    for (const r of rule.regions) expect(jurisdictions.has(r), r).toBe(true);
  });

  it.each(RULES.flatMap((r) => r.regions.map((region) => [`${r.id} ${region}`, r, region] as const)))(
    "%s asks for facts and cites a clause before any fact is known",
    (_, rule, region) => {
      const r = rule.evaluate({}, region);
      expect(r.eligible).toBeNull();
      expect(r.missing.length).toBeGreaterThan(0);
      expect(r.sources.length).toBeGreaterThan(0);
      expect(rule.summary(region).length).toBeGreaterThan(10);
    },
  );
});

describe("the facts a rule declares", () => {
  const vocab = loadVocabulary();
  it.each(RULES.map((r) => [r.id, r] as const))("%s reads no fact it does not declare, and each has a slot to be read into", (_, rule) => {
    const read = new Set<string>();
    // Every fact present, so that every branch that reads one is taken somewhere.
    const full = Object.fromEntries(Object.keys(FactsSchema.shape).map((k) => [k, undefined]));
    const spy = new Proxy(full, { get: (t, k) => (typeof k === "string" && read.add(k), Reflect.get(t, k)) });
    for (const region of rule.regions) rule.evaluate(spy as never, region);
    for (const k of read) expect(rule.facts, `${rule.id} reads ${k}`).toContain(k);
    for (const k of rule.facts) expect(vocab.slots.has(k), `${k} in corpus/slots.yaml`).toBe(true);
    for (const k of rule.signals) expect(rule.facts).toContain(k);
  });
});

describe("durations", () => {
  const at = { region: "兴安盟", doc: "d", clause: "1、", quote: "" };
  it("reads 年 and 个月 as months, and refuses a figure that is no duration", () => {
    expect(inMonths({ ...at, value: 1, unit: "年" })).toBe(12);
    expect(inMonths({ ...at, value: 3, unit: "个月" })).toBe(3);
    expect(() => inMonths({ ...at, value: 500, unit: "元" })).toThrow(/not a duration/);
  });
});

// Runs the golden cases of test/cases/*.yaml: a rule, a region (and a date), the user's facts → the
// eligibility and amount the documents give. A policy officer adds a case as a few lines of YAML;
// every rule in every region that has it must have cases.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FactsSchema } from "../../src/calculators/facts.js";
import { RULES, regionsOf, ruleById } from "../../src/calculators/registry.js";
import { repoPath } from "../../src/repo.js";
import { repoCorpus } from "../helpers.js";

const CaseSchema = z.strictObject({
  name: z.string().min(1),
  facts: FactsSchema.strict(),
  eligible: z.boolean().nullable(),
  amount: z.number().nullable(),
  /** Words the result's steps, notes or checks must contain. */
  says: z.string().optional(),
});
const GroupSchema = z.strictObject({
  rule: z.string().refine((id) => ruleById(id) !== undefined, "not a rule id"),
  region: z.string(),
  /** The term the user named (吸纳就业补贴 rather than 扩岗补助). */
  named: z.string().optional(),
  /** The day the question is about (YYYY-MM-DD); today's parameters otherwise. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  cases: z.array(CaseSchema).min(1),
});

const corpus = repoCorpus();
const dir = repoPath("test", "cases");
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();
const groups = files.flatMap((f) => z.array(GroupSchema).parse(parse(readFileSync(join(dir, f), "utf8"))).map((g) => ({ ...g, file: f })));

for (const g of groups) {
  describe(`${g.file}: ${g.rule} · ${g.region}${g.named ? ` (${g.named})` : ""}${g.date ? ` on ${g.date}` : ""}`, () => {
    const rule = ruleById(g.rule)!;
    const day = g.date ?? "2023-10-01";
    it.each(g.cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
      expect(regionsOf(corpus.parameters, rule, g.named)).toContain(g.region);
      const r = rule.evaluate(c.facts, corpus.parameters.at(g.region, { from: day, to: day }), g.named);
      expect(r.eligible).toBe(c.eligible);
      if (c.amount === null) expect(r.amount).toBeNull();
      else expect(r.amount).toBeCloseTo(c.amount, 2);
      if (c.says) expect([...r.steps, ...r.notes, ...r.checks.map((x) => x.text)].join("；")).toContain(c.says);
    });
  });
}

describe("the golden cases", () => {
  it.each(RULES.flatMap((r) => regionsOf(corpus.parameters, r).map((region) => [`${r.id} · ${region}`, r.id, region] as const)))(
    "cover %s",
    (_, id, region) => {
      expect(groups.some((g) => g.rule === id && g.region === region)).toBe(true);
    },
  );
});

// 不得重复享受 is data (corpus/exclusions.yaml): the rules bar the other policy of a pair only because
// the file declares the pair, and a region only where its parameter files state the clause.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleById } from "../../src/calculators/registry.js";
import { loadCorpus } from "../../src/knowledge/corpus.js";
import { corpusCopies, repoCorpus } from "../helpers.js";

const day = { from: "2023-06-01", to: "2023-06-01" };
const copyCorpus = corpusCopies();

/** The corpus with the pair whose first term is this taken out, as an editor would: from exclusions.yaml, and its clause from the parameter files. */
function withoutPair(term: string) {
  const dir = copyCorpus();
  const file = join(dir, "exclusions.yaml");
  const blocks = readFileSync(file, "utf8").split(/\n(?=  - between:)/);
  const parameter = /parameter: (\S+)/.exec(blocks.find((b) => b.includes(`between: [${term}`))!)![1]!;
  writeFileSync(file, `${blocks.filter((b) => !b.includes(parameter)).join("\n")}\n`);
  for (const f of readdirSync(join(dir, "parameters"))) {
    const path = join(dir, "parameters", f);
    writeFileSync(path, readFileSync(path, "utf8").split("\n").filter((l) => !l.includes(`${parameter}:`)).join("\n"));
  }
  return loadCorpus(dir, { cacheDir: null });
}

describe("the pairs that may not be combined", () => {
  const real = repoCorpus();
  const assessment = ruleById("职业技能鉴定评价补贴")!;
  const upgrade = ruleById("技能提升补贴")!;
  const hiring = ruleById("一次性吸纳就业补贴")!;

  it("bar a subsidy already had for the same certificate where the file declares the pair, and not once it is taken out", () => {
    const facts = { certLevel: "中级", receivedSubsidy: "技能提升补贴" } as const;
    expect(assessment.evaluate(facts, real.parameters.at("黑龙江省", day)).eligible).toBe(false);
    const without = withoutPair("职业技能鉴定评价补贴");
    expect(without.exclusions.map((x) => x.between[0])).not.toContain("职业技能鉴定评价补贴");
    expect(assessment.evaluate(facts, without.parameters.at("黑龙江省", day))).toMatchObject({ eligible: true, amount: 350 });
    const had = { unemploymentInsuranceMonths: 24, certLevel: "中级", receivedSubsidy: "职业技能鉴定评价补贴" } as const;
    expect(upgrade.evaluate(had, real.parameters.at("黑龙江省", day)).eligible).toBe(false);
    expect(upgrade.evaluate(had, without.parameters.at("黑龙江省", day)).eligible).toBe(true);
  });

  it("hold only where a region's documents state them: 平凉's 扩岗补助 is one or the other, and says so", () => {
    const both = { group: "毕业年度高校毕业生", people: 2, contractMonths: 12, insuranceMonths: 3, combined: true } as const;
    expect(real.parameters.at("平凉市", day).notWith("扩岗补助").map((x) => x.other)).toEqual(["吸纳就业补贴"]);
    expect(real.parameters.at("兴安盟", day).notWith("扩岗补助")).toEqual([]);
    expect(hiring.evaluate(both, real.parameters.at("平凉市", day)).eligible).toBe(false);
    const without = withoutPair("扩岗补助");
    expect(without.parameters.at("平凉市", day).notWith("扩岗补助")).toEqual([]);
    const r = hiring.evaluate({ ...both, combined: false }, without.parameters.at("平凉市", day));
    expect(r.notes.join("")).not.toContain("不能重复享受");
    expect(hiring.evaluate({ ...both, combined: false }, real.parameters.at("平凉市", day)).notes.join("")).toContain("不能重复享受");
  });
});

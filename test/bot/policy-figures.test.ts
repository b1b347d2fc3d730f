// A look-up naming a policy quotes the sentence stating its figures, for every policy the rules know
// in every region that has it — read from the parameters, so a new region's figures are quoted too.
import { describe, expect, it } from "vitest";
import { RULES, regionsOf } from "../../src/calculators/registry.js";
import { parametersOf } from "../../src/calculators/rule.js";
import { squash } from "../../src/knowledge/text.js";
import { repoCorpus, testBot } from "../helpers.js";

const corpus = repoCorpus();
const cases = RULES.flatMap((rule) =>
  rule.terms.flatMap((term) =>
    regionsOf(corpus.parameters, rule, rule.parts?.[term] ? term : undefined).map((region) => {
      const at = corpus.parameters.at(region, { from: "2023-10-01", to: "2023-10-01" });
      const names = rule.parts?.[term] ?? parametersOf(rule);
      const first = names.map((n) => at.find(n) ?? at.findBrackets(n)?.[0]?.amount).find((p) => p && p.unit !== "");
      return [`${region} ${term}`, region, term, first!] as const;
    }),
  ),
);

describe("a policy's figures, looked up by name", () => {
  const asked = cases.flatMap(([, region, term, figure]) => [`${region}${term}的标准是怎么规定的`, `${region.replace(/[市省]$/, "")}的${term}标准`].map((q) => [q, region, term, figure] as const));
  it.each(asked)("%s: the quote states its figure", async (q, region, term, figure) => {
    const a = await testBot().reply("u", q);
    expect(a.intent).toBe("lookup");
    const quoted = a.text.match(/规定：“([\s\S]*)”\n出处/)?.[1] ?? "";
    expect(squash(quoted)).toContain(squash(figure.quote));
    expect(a.citations[0]).toMatchObject({ docId: figure.doc, clause: figure.clause });
  });

  it.each([["大庆家庭农场雇了贫困户，一个人奖多少"], ["大庆合作社、家庭农场招建档立卡贫困户干活，奖补标准是多少？"], ["大庆种养大户用了建档立卡的人，奖补标准"]])(
    "%s: the policy described in the user's own words still gets its figure's sentence",
    async (q) => {
      const a = await testBot().reply("u", q);
      expect(a.intent).toBe("lookup");
      expect(a.text).toContain("1000元奖补");
    },
  );

  // A condition's value asked (要交几个月社保才能领): the clause stating it, whatever the asker's own words.
  it.each([
    ["平凉市", "扩岗补助", ["要交几个月社保才能领", "社保得交够几个月", "需要给员工交多久社保才给"], "1个月以上"],
    ["平凉市", "吸纳就业补贴", ["合同要签几年", "劳动合同得签多长时间才能领"], "1年以上劳动合同"],
    ["黑龙江省", "交通补助", ["要在外省干几个月才能领", "打工得满几个月才给报"], "3个月以上"],
    ["兴安盟", "公益性岗位补贴", ["最长能享受几年"], "3年"],
  ] as const)("%s %s: the clause with the condition's figure", async (region, term, asks, figure) => {
    for (const ask of asks) {
      const a = await testBot().reply("u", `${term}${ask}？`, { region });
      expect(a.intent, ask).toBe("lookup");
      expect(squash(a.text), ask).toContain(squash(figure));
    }
  });

  it("does not answer a question about something else of the policy with its figure (公示几天)", async () => {
    const a = await testBot().reply("u", "平凉扩岗补助公示几天");
    expect(a.text).not.toContain("1500元");
  });

  it("says so where the region has the policy but sets no figure, and shows what it does say", async () => {
    for (const [q, what] of [["兴安盟见习补贴的标准", "标准"], ["兴安盟见习补贴是多少", "金额"]]) {
      const a = await testBot().reply("u", q!);
      expect(a.text).toContain(`兴安盟的文件未规定见习补贴的具体${what}`);
      expect(a.citations[0]?.docId).toBe("xinganmeng-2023-04");
    }
  });
});

// A region added as a policy officer would: a document, its parameter file and a line of
// regions.yaml in a copy of the corpus — no code. Its calculations use its figures on the dates
// they apply; a broken parameter file stops the load, naming the file, the line and the field.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/bot.js";
import { loadCorpus } from "../../src/knowledge/corpus.js";
import { corpusCopies, on, repoCorpus, TODAY } from "../helpers.js";

const DOCUMENT = `---
id: ceshi-2024-01
title: 测试市关于继续实施失业保险稳岗返还政策的通知
docNumber: "测人社发〔2024〕1号"
issuer: 测试市人力资源和社会保障局
jurisdiction: 测试市
issued: "2024-01-10"
source: written by test/knowledge/parameters.test.ts
---
一、稳岗返还。参保企业上年度未裁员或裁员率不高于5.5%，30人（含）以下的参保企业裁员率不高于20%的，可以申请失业保险稳岗返还。中小微企业按企业及其职工上年度实际缴纳失业保险费的70%返还，大型企业按40%返还。政策执行期限截至2024年12月31日。
二、自2025年1月1日起，中小微企业按企业及其职工上年度实际缴纳失业保险费的80%返还。
三、本通知由测试市人力资源和社会保障局负责解释。
`;

const PARAMETERS = `document: ceshi-2024-01
parameters:
  稳岗返还.裁员率上限: { clause: 一、, value: 5.5, unit: "%", quote: 裁员率不高于5.5% }
  稳岗返还.小企业人数上限: { clause: 一、, value: 30, unit: 人, quote: 30人（含）以下的参保企业 }
  稳岗返还.小企业裁员率上限: { clause: 一、, value: 20, unit: "%", quote: 裁员率不高于20% }
  稳岗返还.中小微企业返还比例:
    - { clause: 一、, value: 70, unit: "%", quote: 上年度实际缴纳失业保险费的70%返还 }
    - { clause: 二、, value: 80, unit: "%", quote: 上年度实际缴纳失业保险费的80%返还 }
  稳岗返还.大型企业返还比例: { clause: 一、, value: 40, unit: "%", quote: 大型企业按40%返还 }
`;

const copyCorpus = corpusCopies();

/** A copy of the repository's corpus with the test's document, parameter file and region. */
function corpusWith(parameters: string, options: { region?: boolean } = {}): string {
  const dir = copyCorpus();
  writeFileSync(join(dir, "documents", "ceshi-2024-01.md"), DOCUMENT);
  writeFileSync(join(dir, "parameters", "ceshi-2024-01.yaml"), parameters);
  if (options.region !== false) {
    const regions = readFileSync(join(dir, "regions.yaml"), "utf8");
    writeFileSync(join(dir, "regions.yaml"), `${regions}- { name: 测试省, children: [{ name: 测试市, aliases: [测试] }] }\n`);
  }
  return dir;
}

describe("a region added as data", () => {
  const corpus = loadCorpus(corpusWith(PARAMETERS), { cacheDir: null });
  const bot = () => createBot({ corpus, clock: on(TODAY) });
  const ask = (q: string) => bot().reply("u", q);

  it("computes with its own figures and cites its clause", async () => {
    const a = await ask("测试市的小微企业，参保50人，去年没有裁员，按2024年的标准，缴了失业保险费10万，稳岗返还多少");
    expect(a.calculation).toMatchObject({ calculator: "失业保险稳岗返还", eligible: true, amount: 70000 });
    expect(a.citations[0]).toMatchObject({ docId: "ceshi-2024-01", clause: "一、" });
    expect(a.text).toContain("测人社发〔2024〕1号");
  });

  it("uses the value in force on the date asked about, today's when none is said", async () => {
    const today = await ask("测试市的小微企业，参保50人，去年没有裁员，缴了失业保险费10万，稳岗返还多少");
    expect(today.calculation?.amount).toBe(80000);
    expect(today.citations.map((c) => c.clause)).toContain("二、");
    expect(today.text).toContain("80%");
    const before = await ask("测试市的小微企业，参保50人，没裁员，缴了失业保险费10万，2024年的标准返还多少");
    expect(before.calculation?.amount).toBe(70000);
    // 去年 is 2025 on the test's day (2026-11-22): the value from 2025 on
    expect((await ask("测试市的小微企业，参保50人，没裁员，缴了失业保险费10万，按去年的政策返还多少")).calculation?.amount).toBe(80000);
    // a year said of a fact is not the date of the figures
    expect((await ask("测试市的小微企业，参保50人，2024年没裁员，缴了失业保险费10万，稳岗返还多少")).calculation?.amount).toBe(80000);
  });

  it("still computes with a value that has ended, and says it has", async () => {
    const ended = loadCorpus(corpusWith(PARAMETERS.replace("{ clause: 二、, value: 80", "{ clause: 二、, until: 2025-12-31, value: 80")), { cacheDir: null });
    const a = await createBot({ corpus: ended, clock: on(TODAY) }).reply("u", "测试市的小微企业，参保50人，去年没有裁员，缴了失业保险费10万，稳岗返还多少");
    expect(a.calculation?.amount).toBe(80000);
    expect(a.text).toContain("第二部分所定标准执行至2025年12月31日，已到期");
  });

  it("leaves the other regions' answers as they were", async () => {
    const q = "黑龙江的小微企业，参保50人，去年没有裁员，缴了失业保险费10万，稳岗返还多少";
    const here = await ask(q);
    const repo = await createBot({ corpus: repoCorpus(), clock: on(TODAY) }).reply("u", q);
    expect(here.text).toBe(repo.text);
    expect(here.calculation?.amount).toBe(60000);
  });

  it("has only the rules its parameters define", async () => {
    const a = await ask("测试市的企业招了3个应届毕业生，签了2年合同，吸纳就业补贴多少");
    expect(a.intent).not.toBe("calculate");
  });
});

describe("a parameter file that does not hold", () => {
  const load = (parameters: string, options?: { region?: boolean }) => () => loadCorpus(corpusWith(parameters, options), { cacheDir: null });
  const broken = (from: string, to: string) => PARAMETERS.replace(from, to);

  it.each([
    ["an unknown parameter name", broken("稳岗返还.大型企业返还比例", "稳岗返还.大企业比例"), /ceshi-2024-01\.yaml:9: parameters\.稳岗返还\.大企业比例: no rule reads/],
    ["a clause the document does not have", broken("{ clause: 一、, value: 40", "{ clause: 四、, value: 40"), /ceshi-2024-01\.yaml:9: parameters\.稳岗返还\.大型企业返还比例\.clause: ceshi-2024-01 has no clause 四、/],
    ["a quote not in its clause", broken("quote: 大型企业按40%返还", "quote: 大型企业按45%返还"), /:9: parameters\.稳岗返还\.大型企业返还比例\.quote: “大型企业按45%返还” is not in ceshi-2024-01 一、/],
    ["a value that is not a figure of its quote", broken("value: 40, unit", "value: 4, unit"), /:9: parameters\.稳岗返还\.大型企业返还比例\.value: 4 is not a figure written in “大型企业按40%返还”/],
    ["dates that overlap", broken("{ clause: 二、, value: 80", "{ clause: 二、, from: 2024-06-01, value: 80"), /:8: parameters\.稳岗返还\.中小微企业返还比例\.1\.from: .*dates overlap/],
    ["a figure without its unit", broken("value: 40, unit: \"%\", quote", "value: 40, quote"), /:9: parameters\.稳岗返还\.大型企业返还比例\.unit: a figure needs its unit/],
    ["a document that does not exist", broken("document: ceshi-2024-01", "document: ceshi-2099-01"), /ceshi-2024-01\.yaml:1: document: no document ceshi-2099-01/],
  ])("%s stops the load, naming file, line and field", (_, file, error) => {
    expect(load(file)).toThrow(error);
  });

  it("stops the load when the region is not in regions.yaml", () => {
    expect(load(PARAMETERS, { region: false })).toThrow("documents/ceshi-2024-01.md:6: jurisdiction: 测试市 is not a place in regions.yaml");
  });
});

import { describe, expect, it } from "vitest";
import { parseClauses } from "../../src/knowledge/clauses.js";
import { cleanScanLine } from "../../src/knowledge/text.js";
import { repoCorpus } from "../helpers.js";

describe("cleanScanLine", () => {
  it("removes the scan's spaces inside numbers and dates but keeps table tabs", () => {
    expect(cleanScanLine("政策实施期限延长至 2024 年 12 月 31 日。")).toBe("政策实施期限延长至2024年12月31日。");
    expect(cleanScanLine("　　（一）促进经济增长")).toBe("（一）促进经济增长");
    expect(cleanScanLine("2\t齐齐哈尔\t6.22")).toBe("2\t齐齐哈尔\t6.22");
  });
});

describe("parseClauses", () => {
  const body = [
    "各单位：",
    "为做好工作，通知如下。",
    "一、第一部分",
    "（一）支持企业。对企业招用人员的，给予补贴，政策实施期限截至",
    "",
    "2023 年 12 月 31 日。",
    "(二) 第二项",
    "1、细则一。内容。",
    "1、细则重号。内容。",
    "附件 1:",
    "表一",
    "序号\t地区\t任务",
    "1\t甲地\t2.5",
  ].join("\n");
  const clauses = parseClauses("t", body);
  const byLabel = new Map(clauses.map((c) => [c.label, c]));

  it("keeps the preamble, the labels and the hierarchy", () => {
    expect(clauses.map((c) => c.label)).toEqual(["前言", "（一）", "1、", "1、（第2个）", "附件1", "附件1（序号1）"]);
    expect(byLabel.get("（一）")!.path).toEqual(["一、第一部分"]);
    expect(byLabel.get("1、")!.path).toEqual(["一、第一部分", "（二）第二项"]);
  });

  it("joins a sentence broken across a page and reads its end date", () => {
    const c = byLabel.get("（一）")!;
    expect(c.text).toBe("支持企业。对企业招用人员的，给予补贴，政策实施期限截至2023年12月31日。");
    expect(c.heading).toBe("支持企业");
    expect(c.endsOn).toBe("2023-12-31");
  });

  it("makes a heading with children structure, not a clause", () => {
    expect(byLabel.has("一、")).toBe(false);
    expect(byLabel.has("（二）")).toBe(false);
  });

  it("makes each annex table row a clause that knows its cells", () => {
    expect(byLabel.get("附件1（序号1）")!.row).toEqual({ annex: "附件1", cells: ["1", "甲地", "2.5"] });
    expect(byLabel.get("附件1")!.annex).toBe(true);
    expect(byLabel.get("附件1（序号1）")!.annex).toBeUndefined();
    expect(byLabel.get("（一）")!.annex).toBeUndefined();
    expect(byLabel.get("附件1")!.text).toBe("表一\n序号\t地区\t任务");
  });
});

describe("the corpus", () => {
  const corpus = repoCorpus();
  const doc = (id: string) => corpus.document(id)!;
  const clause = (id: string, label: string) => doc(id).clauses.find((c) => c.label === label)!;

  it("holds the six documents with their metadata", () => {
    expect(corpus.documents.map((d) => d.id)).toEqual([
      "daqing-2017",
      "heilongjiang-2022-18",
      "heilongjiang-2023-02",
      "pingliang-2023-75",
      "xinganmeng-2023-04",
      "zouping-2023-kgbz",
    ]);
    expect(doc("heilongjiang-2023-02").docNumber).toBe("黑政办规〔2023〕2号");
    expect(doc("daqing-2017").docNumber).toBeNull();
  });

  it("reads a title on its own line as the clause's heading, and a 执行期限 section as every clause's dates", () => {
    const zp = doc("zouping-2023-kgbz");
    const first = zp.clauses.find((c) => c.label === "一、")!;
    expect(first.heading).toBe("申领条件");
    expect(first.text.startsWith("申领条件\n企业招用")).toBe(true);
    for (const c of zp.clauses) expect(c.endsOn, c.label).toBe("2023-12-31");
  });

  it("splits every document by its own labels", () => {
    expect(doc("heilongjiang-2023-02").clauses.filter((c) => /^（/.test(c.label))).toHaveLength(21);
    expect(doc("pingliang-2023-75").clauses.filter((c) => /^（/.test(c.label))).toHaveLength(20);
    expect(doc("daqing-2017").clauses.filter((c) => /^（/.test(c.label))).toHaveLength(24);
    expect(doc("heilongjiang-2022-18").clauses.filter((c) => /^（/.test(c.label))).toHaveLength(18);
    expect(doc("xinganmeng-2023-04").clauses.filter((c) => /^\d+、/.test(c.label))).toHaveLength(35);
  });

  it("gives the twice-numbered item 22 of xinganmeng-2023-04 two labels", () => {
    expect(clause("xinganmeng-2023-04", "22、").text).toContain("要设定不低于70%的岗位");
    expect(clause("xinganmeng-2023-04", "22、（第2个）").text).toContain("加快推进考录招聘工作");
    expect(clause("xinganmeng-2023-04", "10、").path).toEqual(["一、激发活力扩大就业容量", "（五）继续实施失业保险稳岗返还政策"]);
  });

  it("reads the annex table of heilongjiang-2022-18 row by row", () => {
    const row = clause("heilongjiang-2022-18", "附件1（序号2）");
    expect(row.row?.cells).toEqual(["2", "齐齐哈尔", "6.22"]);
    expect(row.path).toEqual(["附件1 2022年度各市（地）脱贫人口务工目标任务表"]);
  });

  it("knows the end dates the clauses state", () => {
    expect(clause("heilongjiang-2023-02", "（一）").endsOn).toBe("2023-12-31");
    expect(clause("heilongjiang-2023-02", "（二）").endsOn).toBe("2024-12-31");
    expect(clause("heilongjiang-2023-02", "（二）").startsOn).toBe("2023-05-01");
    expect(clause("xinganmeng-2023-04", "11、").endsOn).toBe("2024-12-31"); // 延长至2024年底
    expect(clause("xinganmeng-2023-04", "10、").endsOn).toBe("2023-12-31");
    expect(clause("daqing-2017", "（八）").endsOn).toBeNull();
  });

  it("cleans page breaks out of clause text", () => {
    expect(clause("pingliang-2023-75", "（一）").text).toContain("参保企业上年度未裁员或裁员率不高于上年度全国城镇调查失业率5.5%的控制目标");
    expect(clause("heilongjiang-2023-02", "（二）").text).toContain("政策实施期限延长至2024年12月31日");
  });
});

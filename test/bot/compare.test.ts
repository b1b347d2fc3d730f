// Regions side by side: a row per region, a cell per figure or condition with its clause, the
// differences in a sentence; and the same calculation per region when the user has none.
import { describe, expect, it } from "vitest";
import { testBot } from "../helpers.js";

describe("regions side by side", () => {
  it("黑龙江和兴安盟的稳岗返还有什么不同: a row each, every cell cited to its region's document, the conditions only 兴安盟 sets said", async () => {
    const a = await testBot().reply("c", "黑龙江和兴安盟的稳岗返还有什么不同");
    expect(a.intent).toBe("lookup");
    const c = a.comparison!;
    expect(c.rows.map((r) => r.region)).toEqual(["黑龙江省", "兴安盟"]);
    expect(c.columns).toEqual(expect.arrayContaining(["裁员率上限", "中小微企业返还比例", "月均参保人数四舍五入", "执行期限"]));
    const docs = { 黑龙江省: "heilongjiang-2023-02", 兴安盟: "xinganmeng-2023-04" } as const;
    for (const row of c.rows) {
      expect(row.cells).toHaveLength(c.columns.length);
      for (const cell of row.cells) expect(cell).toMatchObject({ docId: docs[row.region as keyof typeof docs], place: expect.stringMatching(/^第/) });
    }
    const rounding = c.columns.indexOf("月均参保人数四舍五入");
    expect(c.rows.map((r) => r.cells[rounding]!.text)).toEqual(["未规定", "是"]);
    expect(c.rows[1]!.cells[rounding]!.quote).toBe("月均参保人数采取四舍五入取整数的方法计算");
    expect(c.differences).toContain("月均参保人数四舍五入：黑龙江省未规定，兴安盟有此规定");
    expect(a.text).toContain(c.differences);
    // The compact list: the figures that differ per region, the alike once.
    expect(a.text).toMatch(/【兴安盟】月均参保人数四舍五入、失信企业不予返还（第10条）/);
    expect(a.text).toContain("各地相同：裁员率上限5.5%");
  });

  it("三个地方的吸纳就业补贴标准对比: every region with it, whatever the user's region; the figures that differ named", async () => {
    const a = await testBot().reply("c", "三个地方的吸纳就业补贴标准对比", { region: "平凉市" });
    expect(a.comparison!.rows.map((r) => r.region)).toEqual(["黑龙江省", "兴安盟", "平凉市"]);
    expect(a.comparison!.differences).toContain("青年每人标准：黑龙江省、平凉市1000元/人，兴安盟1500元/人");
  });

  it("says which region asked about has no such policy", async () => {
    const a = await testBot().reply("c", "兴安盟和平凉的见习补贴有什么不同");
    expect(a.comparison!.rows.map((r) => r.region)).toEqual(["平凉市"]);
    expect(a.text).toContain("兴安盟适用的文件中没有见习补贴的规定");
  });

  it("lays the same calculation side by side when the user has not said where, each region's result in its own cell", async () => {
    const a = await testBot().reply("c", "招了2个应届生，签了一年合同，吸纳就业补贴多少");
    expect(a.intent).toBe("clarify");
    const c = a.comparison!;
    const result = c.columns.indexOf("测算结果");
    expect(c.rows.map((r) => [r.region, r.cells[result]!.text])).toEqual([
      ["黑龙江省", "2000元"],
      ["兴安盟", "3000元"],
      ["平凉市", "2000元"],
    ]);
  });
});

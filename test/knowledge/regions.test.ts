import { describe, expect, it } from "vitest";
import { destinationsIn, documentsFor, scopeOf } from "../../src/bot/scope.js";
import { repoCorpus } from "../helpers.js";

const corpus = repoCorpus();
const ids = (docs: { id: string }[]) => docs.map((d) => d.id).sort();

describe("the gazetteer", () => {
  it("places the 13 cities of 黑龙江省 and the counties of 兴安盟 and 平凉市", () => {
    for (const city of ["哈尔滨", "齐齐哈尔", "牡丹江", "佳木斯", "大庆", "鸡西", "双鸭山", "伊春", "七台河", "鹤岗", "黑河", "绥化", "大兴安岭"]) {
      expect(corpus.places.resolve(city)?.chain.at(-1), city).toBe("黑龙江省");
    }
    expect(corpus.places.resolve("科右前旗")?.chain).toEqual(["科尔沁右翼前旗", "兴安盟", "内蒙古自治区"]);
    expect(corpus.places.resolve("崆峒区")?.chain).toEqual(["崆峒区", "平凉市", "甘肃省"]);
  });

  it("reads the longest name where two overlap: 大兴安岭 is not 兴安盟", () => {
    expect(corpus.places.find("大兴安岭的目标任务").map((p) => p.name)).toEqual(["大兴安岭地区"]);
    expect(corpus.places.find("我在兴安盟乌兰浩特").map((p) => p.name)).toEqual(["兴安盟", "乌兰浩特市"]);
  });

  it("resolves the region short forms a deployment or the batch uses", () => {
    expect(corpus.places.resolve("平凉")?.name).toBe("平凉市");
    expect(corpus.places.resolve("黑龙江")?.name).toBe("黑龙江省");
    expect(corpus.places.resolve("火星")).toBeNull();
  });
});

describe("which documents apply", () => {
  it("gives 哈尔滨 the province's documents, and 大庆 the city's and the province's", () => {
    expect(ids(documentsFor(corpus, corpus.places.resolve("哈尔滨")!))).toEqual(["heilongjiang-2022-18", "heilongjiang-2023-02"]);
    expect(ids(documentsFor(corpus, corpus.places.resolve("大庆")!))).toEqual(["daqing-2017", "heilongjiang-2022-18", "heilongjiang-2023-02"]);
    expect(ids(documentsFor(corpus, corpus.places.resolve("静宁")!))).toEqual(["pingliang-2023-75"]);
  });

  it("falls back to the documents inside a place that has none of its own (内蒙古 → 兴安盟)", () => {
    expect(ids(documentsFor(corpus, corpus.places.resolve("内蒙古")!))).toEqual(["xinganmeng-2023-04"]);
  });

  it("prefers a place named in the question to the user's known region", () => {
    const s = scopeOf(corpus, "兴安盟的稳岗返还", "平凉市");
    expect(ids(s.documents)).toEqual(["xinganmeng-2023-04"]);
    expect(s.open).toBe(false);
  });

  it("uses the known region when the question names none, and stays open without one", () => {
    expect(ids(scopeOf(corpus, "稳岗返还的条件", "平凉").documents)).toEqual(["pingliang-2023-75"]);
    const open = scopeOf(corpus, "稳岗返还的条件", null);
    expect(open.open).toBe(true);
    expect(open.documents).toHaveLength(6);
  });
});

describe("where the user went, and where they live now", () => {
  // 去/到 a place is where one went to work; 搬到/迁到/回到 a place is where one lives, whose rules apply.
  it.each(["从绥化搬到大庆住了，", "一家子迁到大庆了，", "打了几年工又回到大庆了，"])("%s → 大庆's rules, no destination", (said) => {
    const q = `${said}想问问失业登记在哪办`;
    expect(destinationsIn(corpus, q)).toEqual([]);
    expect(scopeOf(corpus, q, null).places.map((p) => p.name)).toContain("大庆市");
  });
  it("去浙江打工 is still where the user went", () => {
    expect(destinationsIn(corpus, "我是大庆的，去浙江打工了")).toEqual(["浙江省"]);
  });
});

describe("a place of work said before the work, a comma between", () => {
  it("在外省，江苏，一共干了半年 → 江苏 is where the user went", () => {
    const q = "我是鹤岗的，去年在外省，江苏，一共干了半年";
    expect(destinationsIn(corpus, q)).toEqual(["江苏省"]);
    expect(scopeOf(corpus, q, null).places.map((p) => p.name)).toEqual(["鹤岗市"]);
  });
});

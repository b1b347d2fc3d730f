import { describe, expect, it } from "vitest";
import { contentWords } from "../../src/knowledge/search.js";
import { segment } from "../../src/knowledge/text.js";
import { repoCorpus } from "../helpers.js";

const corpus = repoCorpus();
const top = (q: string, docIds?: string[]) => {
  const hit = corpus.index.search(q, docIds ? { docIds: new Set(docIds) } : {})[0]!;
  return `${hit.doc.id} ${hit.clause.label}`;
};

describe("segmentation", () => {
  it("keeps policy terms, numbers and percentages whole", () => {
    const tokens = segment("稳岗返还裁员率不高于5.5%，补贴1500元");
    expect(tokens).toEqual(expect.arrayContaining(["稳岗返还", "5.5%", "1500"]));
  });

  it("drops question words, the stopwords of terms.yaml", () => {
    const words = contentWords("稳岗返还需要满足什么条件？这边能领不", corpus.terms.stopwords);
    expect(words).toContain("稳岗返还");
    for (const w of ["什么", "这边", "不"]) expect(words).not.toContain(w);
  });
});

describe("the clause index", () => {
  it("finds a clause by its policy's name", () => {
    expect(top("黑龙江的失业保险稳岗返还需要满足什么条件", ["heilongjiang-2023-02"])).toBe("heilongjiang-2023-02 （一）");
    expect(top("王科长热线是什么")).toBe("heilongjiang-2023-02 （八）");
  });

  it("finds a policy name typed with a typo or in traditional characters", () => {
    expect(top("稳岗反还需要什么条件", ["pingliang-2023-75"])).toBe("pingliang-2023-75 （一）");
    expect(top("穩崗返還的條件", ["pingliang-2023-75"])).toBe("pingliang-2023-75 （一）");
    expect(top("见习补帖标准", ["pingliang-2023-75"])).toBe("pingliang-2023-75 （九）");
    const meaning = (q: string) => corpus.terms.policyNames(q).map((r) => r.meaning);
    expect(meaning("稳岗反还")).toEqual(["稳岗返还"]);
    expect(meaning("吸纳就业补")).toEqual(["吸纳就业补贴"]); // a character missing: fuse.js
    expect(meaning("稳岗反")).toEqual([]); // 稳岗返还, 稳岗补贴 or 稳岗资金: too close to call
    expect(meaning("稳岗位返还")).toEqual(["稳岗返还"]); // a character added: fuse.js
    expect(meaning("今天天气")).toEqual([]);
  });

  it("finds an annex table row by the city in it", () => {
    expect(top("齐齐哈尔的目标任务是多少")).toBe("heilongjiang-2022-18 附件1（序号2）");
    expect(top("绥化脱贫人口务工目标任务")).toBe("heilongjiang-2022-18 附件1（序号12）");
  });

  it("reads everyday words as the documents' words", () => {
    expect(top("应届生签一年合同企业有补贴吗", ["xinganmeng-2023-04"])).toBe("xinganmeng-2023-04 13、");
    expect(top("大学生创业有没有孵化基地", ["daqing-2017"])).toBe("daqing-2017 （七）");
  });

  it("tells apart two rules that share most words", () => {
    expect(top("招了登记失业半年以上的人有补贴吗", ["xinganmeng-2023-04"])).toBe("xinganmeng-2023-04 25、");
    expect(top("合作社吸纳贫困劳动力有什么奖补", ["daqing-2017"])).toBe("daqing-2017 （八）");
  });

  it("reports low coverage for a question the documents do not answer", () => {
    for (const q of ["今天天气怎么样", "帮我写一首关于春天的诗", "个人所得税专项附加扣除怎么填"]) {
      expect(corpus.index.search(q)[0]?.coverage ?? 0, q).toBeLessThan(0.3);
    }
  });
});

describe("the first hit answers about as much of the question as any leader", () => {
  // A clause sharing one rare word with the question does not stand above the one answering all of it.
  const questions = ["哈尔滨的公司，今年招了几个应届生，能有补贴吗", "大庆的厂子，招了一批应届生，能有补贴不", "黑龙江脱贫户去外省打工路费咋补", "平凉见习补贴留用率怎么算"];
  const heilongjiang = new Set(corpus.documents.filter((d) => d.jurisdiction === "黑龙江省").map((d) => d.id));
  it.each(questions)("%s", (q) => {
    const hits = corpus.index.search(q, { limit: 10, docIds: heilongjiang, notTopical: ["哈尔滨", "大庆", "平凉"] });
    const best = Math.max(...hits.slice(0, 10).map((h) => h.coverage));
    expect(hits[0]!.coverage).toBeGreaterThanOrEqual(best * 0.5);
  });
});

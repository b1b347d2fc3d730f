// The staff desk's clause search: the right clause first as a policy name is typed, the filters,
// the marked sentences, the answer to paste, and its speed on the real corpus.
import { describe, expect, it } from "vitest";
import { marksIn, searchClauses, QueryError } from "../../src/desk/search.js";
import { repoCorpus, TODAY } from "../helpers.js";

const corpus = repoCorpus();
const search = (q: string, filters: { region?: string; doc?: string } = {}) => searchClauses(corpus, { q, ...filters }, TODAY);

describe("searching the clauses", () => {
  it("puts the clause whose subject is the policy first, with the sentences naming it marked", () => {
    const [top] = search("稳岗返还");
    expect(top?.sentences[0]?.text).toBe("继续实施失业保险稳岗返还政策。");
    const marked = top!.sentences.filter((s) => s.match);
    expect(marked.length).toBeGreaterThan(0);
    for (const s of marked) for (const [from, to] of s.marks) expect(s.text.slice(from, to)).toMatch(/稳岗返还|稳岗|返还/);
    expect(marked[0]!.marks.map(([a, b]) => marked[0]!.text.slice(a, b))).toContain("稳岗返还");
  });

  it("filters by region (the documents that apply there) and by document", () => {
    const pingliang = search("稳岗返还", { region: "平凉" });
    expect(pingliang.length).toBeGreaterThan(0);
    expect(new Set(pingliang.map((r) => r.jurisdiction))).toEqual(new Set(["平凉市"]));
    // 大庆 is governed by its own documents and 黑龙江's.
    expect(new Set(search("创业", { region: "大庆市" }).map((r) => r.jurisdiction))).toEqual(new Set(["大庆市", "黑龙江省"]));
    expect(new Set(search("创业", { doc: "xinganmeng-2023-04" }).map((r) => r.docId))).toEqual(new Set(["xinganmeng-2023-04"]));
    expect(search("稳岗返还", { region: "平凉", doc: "xinganmeng-2023-04" })).toEqual([]);
    expect(() => search("稳岗返还", { region: "火星" })).toThrow(QueryError);
    expect(() => search("稳岗返还", { doc: "no-such-doc" })).toThrow(QueryError);
  });

  it("gives each result its source, validity and the bot's answer from it: where, the quote, the source, the validity", () => {
    const [top] = search("稳岗返还", { region: "平凉市" });
    expect(top).toMatchObject({ docId: "pingliang-2023-75", clause: "（一）", place: "第（一）条", jurisdiction: "平凉市" });
    expect(top!.source).toBe("《平凉市人民政府办公室关于落实稳就业政策措施全力促发展惠民生的通知》（平政办发〔2023〕75号）第（一）条");
    expect(top!.validity).toMatchObject({ status: "expired", endsOn: "2023-12-31" });
    const lines = top!.answer.split("\n");
    expect(lines[0]).toMatch(/^平凉市的规定：“.*稳岗返还.*”$/);
    expect(lines[1]).toBe(`出处：${top!.source}。`);
    expect(lines[2]).toBe("该政策执行期限截至2023年12月31日，目前已到期，最新政策请咨询当地人社部门或拨打12333。");
  });

  it("finds nothing for nothing, and marks words without overlapping", () => {
    expect(search("")).toEqual([]);
    expect(marksIn("失业保险稳岗返还和稳岗", ["稳岗返还", "稳岗", "返"])).toEqual([
      [4, 8],
      [9, 11],
    ]);
  });

  it("answers each keystroke of every policy name in the corpus within 50 ms", () => {
    const names = corpus.terms.terms.map((t) => t.term);
    const times: number[] = [];
    for (const name of names) {
      for (let i = 1; i <= name.length; i++) {
        const started = performance.now();
        search(name.slice(0, i));
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.floor(times.length * 0.95)]!;
    expect(times.length).toBeGreaterThan(100);
    // The median is a millisecond or two; the tail is the first queries' compilation and GC.
    expect(p95).toBeLessThan(50);
    expect(times[Math.floor(times.length / 2)]!).toBeLessThan(10);
  });
});

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../src/bot/answer.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs the batch command as the scorer does: a separate process, JSON lines in and out. */
function batch(lines: string[]) {
  const r = spawnSync("npm", ["run", "--silent", "ask", "--", "--json", "--stdin"], {
    cwd: ROOT,
    input: lines.join("\n") + "\n",
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)), stderr: r.stderr };
}

describe("npm run ask -- --json --stdin", () => {
  it("answers each line in order, echoing ids, and survives bad lines", () => {
    const { code, out } = batch([
      JSON.stringify({ id: "a", question: "王科长热线是干什么的？" }),
      "this is not json",
      JSON.stringify({ id: "b" }),
      JSON.stringify({ id: 7, question: "你好" }),
      JSON.stringify({ id: "c", turns: ["我在兴安盟", "公益性岗位补贴最长能享受几年？"] }),
      JSON.stringify({ id: "d", question: "公益性岗位补贴最长能享受几年？", region: "兴安盟" }),
    ]);
    expect(code).toBe(0);
    expect(out.map((a) => a.id)).toEqual(["a", undefined, "b", 7, "c", "d"]);
    expect(out.map((a) => a.intent)).toEqual(["lookup", "error", "error", "help", "lookup", "lookup"]);
    for (const a of out) expect(() => AnswerSchema.parse(a)).not.toThrow();
    expect(out[0].citations[0].docId).toBe("heilongjiang-2023-02");
    expect(out[4].citations[0].docId).toBe("xinganmeng-2023-04");
    expect(out[5].citations[0].docId).toBe("xinganmeng-2023-04");
  });

  it("keeps each line its own conversation", () => {
    const { out } = batch([
      JSON.stringify({ id: "1", question: "我在兴安盟" }),
      JSON.stringify({ id: "2", question: "见习补贴是多少？" }),
    ]);
    // Line 2 does not inherit 兴安盟 from line 1: it is answered from the documents that set the figure (平凉's), not 兴安盟's.
    expect(out[1].region).not.toBe("兴安盟");
    expect(out[1].citations[0].docId).toBe("pingliang-2023-75");
  });
});

import { describe, expect, it } from "vitest";
import { memoize } from "../../src/knowledge/memo.js";

describe("memoize", () => {
  it("computes once per key and forgets the oldest beyond its size", () => {
    let calls = 0;
    const f = memoize((k: string) => (calls++, k.length), 2);
    expect([f("a"), f("bb"), f("a")]).toEqual([1, 2, 1]);
    expect(calls).toBe(2);
    f("ccc"); // evicts "a"
    f("a");
    expect(calls).toBe(4);
    f("bb"); // "bb" was evicted by "a" coming back
    expect(calls).toBe(5);
  });
});

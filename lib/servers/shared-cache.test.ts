import { describe, expect, it, vi } from "vitest";
import { MinuteBudget, SharedCache } from "@/lib/servers/shared-cache";

describe("SharedCache", () => {
  it("shares one load between concurrent callers and serves it while fresh", async () => {
    const cache = new SharedCache<number>(1_000);
    let resolve!: (value: number) => void;
    const load = vi.fn(() => new Promise<number>((done) => (resolve = done)));
    const callers = Promise.all(Array.from({ length: 50 }, () => cache.get("s1", load)));
    resolve(42);
    expect(await callers).toEqual(Array(50).fill(42));
    expect(await cache.get("s1", load)).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("reloads once stale, keeps failures briefly, and remembers the last good value", async () => {
    vi.useFakeTimers();
    try {
      const cache = new SharedCache<number>(1_000, 500);
      await cache.get("s1", async () => 1);
      vi.advanceTimersByTime(1_001);
      const failing = vi.fn(async () => {
        throw new Error("panel down");
      });
      await expect(cache.get("s1", failing)).rejects.toThrow("panel down");
      await expect(cache.get("s1", failing)).rejects.toThrow("panel down");
      expect(failing).toHaveBeenCalledTimes(1);
      expect(cache.peek("s1")).toBe(1);
      vi.advanceTimersByTime(501);
      expect(await cache.get("s1", async () => 2)).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("MinuteBudget", () => {
  it("allows the budget, refuses beyond it, and refills over time", () => {
    const budget = new MinuteBudget(60);
    const now = 1_000_000;
    const taken = Array.from({ length: 70 }, () => budget.take("c1", now)).filter(Boolean);
    expect(taken).toHaveLength(60);
    expect(budget.take("c1", now + 500)).toBe(false);
    expect(budget.take("c1", now + 1_000)).toBe(true);
    expect(budget.take("c2", now)).toBe(true);
  });
});

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { createTestDatabase } from "@/lib/db/testing";
import { hitRateLimit } from "@/lib/rate-limit";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

describe("hitRateLimit", () => {
  it("allows the limit, refuses after it with the wait, and counts atomically under concurrency", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        hitRateLimit(handle.db, { key: "power:u1", limit: 5, windowMs: 60_000 }),
      ),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    const refused = results.find((result) => !result.allowed)!;
    expect(refused.retryAfterSeconds).toBeGreaterThan(50);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await hitRateLimit(handle.db, { key: "power:u2", limit: 5, windowMs: 60_000 })).allowed).toBe(
      true,
    );
  });

  it("starts a new window once the old one has passed", async () => {
    for (let i = 0; i < 6; i++)
      await hitRateLimit(handle.db, { key: "power:u3", limit: 5, windowMs: 60_000 });
    await handle.db.execute(
      sql`update rate_limits set window_started_at = now() - interval '61 seconds' where key = 'power:u3'`,
    );
    expect(await hitRateLimit(handle.db, { key: "power:u3", limit: 5, windowMs: 60_000 })).toMatchObject({
      allowed: true,
      remaining: 4,
    });
  });
});

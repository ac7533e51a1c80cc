import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import {
  clearLoginFailures,
  getLoginLockedUntil,
  recordLoginFailure,
  type ThrottlePolicy,
} from "@/lib/db/queries/login-throttle";
import { loginThrottle } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";

let handle: DbHandle;
const policy: ThrottlePolicy = { maxFailures: 3, maxFailuresPerIp: 5, lockoutMinutes: 10 };

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

const fail = (email: string, ip?: string) => recordLoginFailure(handle.db, { email, ip }, policy);

describe("login throttle", () => {
  it("locks an email after the allowed failures, for the lockout period", async () => {
    await fail("victim@example.com");
    await fail("Victim@Example.com");
    expect(await getLoginLockedUntil(handle.db, { email: "victim@example.com" })).toBeNull();
    await fail("victim@example.com");
    const until = await getLoginLockedUntil(handle.db, { email: "VICTIM@example.com" });
    expect(until).not.toBeNull();
    const minutes = (until!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10.1);
  });

  it("locks an IP that sprays many emails, whatever the email", async () => {
    for (let i = 0; i < 5; i++) await fail(`spray${i}@example.com`, "198.51.100.7");
    expect(
      await getLoginLockedUntil(handle.db, { email: "fresh@example.com", ip: "198.51.100.7" }),
    ).not.toBeNull();
    expect(
      await getLoginLockedUntil(handle.db, { email: "fresh@example.com", ip: "198.51.100.8" }),
    ).toBeNull();
  });

  it("is counted atomically under concurrent failures", async () => {
    await Promise.all(Array.from({ length: 10 }, () => fail("burst@example.com", "203.0.113.50")));
    const rows = await handle.db
      .select()
      .from(loginThrottle)
      .where(sql`${loginThrottle.key} like '%burst%' or ${loginThrottle.key} = 'ip:203.0.113.50'`);
    expect(rows.map((row) => row.failures).sort()).toEqual([10, 10]);
  });

  it("forgets an email's failures after a successful sign-in", async () => {
    await fail("forgetful@example.com");
    await fail("forgetful@example.com");
    await clearLoginFailures(handle.db, "Forgetful@example.com");
    await fail("forgetful@example.com");
    await fail("forgetful@example.com");
    expect(await getLoginLockedUntil(handle.db, { email: "forgetful@example.com" })).toBeNull();
  });

  it("starts a new count once the window has passed, and a lock expires", async () => {
    for (let i = 0; i < 3; i++) await fail("old@example.com");
    expect(await getLoginLockedUntil(handle.db, { email: "old@example.com" })).not.toBeNull();
    await handle.db
      .update(loginThrottle)
      .set({
        windowStartedAt: sql`now() - interval '11 minutes'`,
        lockedUntil: sql`now() - interval '1 minute'`,
      })
      .where(sql`${loginThrottle.key} = 'email:old@example.com'`);
    expect(await getLoginLockedUntil(handle.db, { email: "old@example.com" })).toBeNull();
    await fail("old@example.com");
    const [row] = await handle.db
      .select()
      .from(loginThrottle)
      .where(sql`${loginThrottle.key} = 'email:old@example.com'`);
    expect(row?.failures).toBe(1);
  });
});

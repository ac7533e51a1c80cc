import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { completeSetup, isSetupComplete } from "@/lib/db/queries/instance-setup";
import { instanceSetup, users } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";

let handle: DbHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

describe("first-run setup", () => {
  it("creates exactly one admin when many visitors submit at once", async () => {
    expect(await isSetupComplete(handle.db)).toBe(false);
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        completeSetup(handle.db, {
          email: `admin${i}@example.com`,
          firstName: "Admin",
          lastName: String(i),
          passwordHash: "hash",
        }),
      ),
    );
    const won = attempts.filter((attempt) => attempt.status === "fulfilled");
    const lost = attempts.filter((attempt) => attempt.status === "rejected");
    expect(won).toHaveLength(1);
    for (const attempt of lost) expect(attempt.reason).toMatchObject({ code: "CONFLICT" });
    const admins = await handle.db.select().from(users).where(eq(users.role, "admin"));
    expect(admins).toHaveLength(1);
    const [setup] = await handle.db.select().from(instanceSetup);
    expect(setup?.adminUserId).toBe(admins[0]?.id);
    expect(await isSetupComplete(handle.db)).toBe(true);
  });

  it("stays closed even if that admin is deleted later", async () => {
    await handle.db.delete(users).where(eq(users.role, "admin"));
    expect(await isSetupComplete(handle.db)).toBe(true);
    await expect(
      completeSetup(handle.db, {
        email: "late@example.com",
        firstName: "L",
        lastName: "L",
        passwordHash: "h",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await handle.db.select().from(users).where(eq(users.email, "late@example.com"))).toEqual([]);
  });
});

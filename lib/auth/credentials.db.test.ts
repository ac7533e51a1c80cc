import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkCredentials, lockedMessage } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { type DbHandle, setDbHandleForTesting } from "@/lib/db/client";
import { createUser } from "@/lib/db/queries/users";
import { createTestDatabase } from "@/lib/db/testing";
import { resetEnvCache } from "@/lib/env";

let handle: DbHandle;

beforeAll(async () => {
  vi.stubEnv("LOGIN_MAX_FAILURES", "3");
  vi.stubEnv("LOGIN_MAX_FAILURES_PER_IP", "50");
  resetEnvCache();
  handle = await createTestDatabase();
  setDbHandleForTesting(handle);
  await createUser(handle.db, {
    email: "player@example.com",
    firstName: "Pat",
    lastName: "Player",
    passwordHash: await hashPassword("right password"),
  });
});
afterAll(async () => {
  setDbHandleForTesting(undefined);
  vi.unstubAllEnvs();
  resetEnvCache();
  await handle?.close();
});

describe("checkCredentials", () => {
  it("accepts the right password whatever the email's case", async () => {
    const result = await checkCredentials({
      email: "PLAYER@example.com",
      password: "right password",
      ip: "192.0.2.1",
    });
    expect(result.outcome).toBe("ok");
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    expect(
      await checkCredentials({ email: "player@example.com", password: "wrong", ip: "192.0.2.1" }),
    ).toEqual({
      outcome: "invalid",
    });
    expect(
      await checkCredentials({ email: "nobody@example.com", password: "wrong", ip: "192.0.2.1" }),
    ).toEqual({
      outcome: "invalid",
    });
  });

  it("locks after repeated failures, even for the right password, and a success before that resets", async () => {
    await checkCredentials({ email: "player@example.com", password: "wrong" });
    await checkCredentials({ email: "player@example.com", password: "right password" });
    await checkCredentials({ email: "player@example.com", password: "wrong" });
    await checkCredentials({ email: "player@example.com", password: "wrong" });
    expect(
      (await checkCredentials({ email: "player@example.com", password: "right password" })).outcome,
    ).toBe("ok");
    for (let i = 0; i < 3; i++) await checkCredentials({ email: "player@example.com", password: "wrong" });
    const locked = await checkCredentials({ email: "player@example.com", password: "right password" });
    expect(locked.outcome).toBe("locked");
  });
});

describe("lockedMessage", () => {
  it("says how long to wait, rounded up to whole minutes", () => {
    const now = Date.parse("2026-01-01T10:00:00Z");
    expect(lockedMessage(new Date(now + 14 * 60_000 + 1), now)).toBe(
      "Too many failed sign-in attempts. Try again in 15 minutes.",
    );
    expect(lockedMessage(new Date(now + 5_000), now)).toBe(
      "Too many failed sign-in attempts. Try again in 1 minute.",
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import {
  countUsersByRole,
  createUser,
  getUserByEmail,
  listUsers,
  updateUserNames,
  updateUserPassword,
} from "@/lib/db/queries/users";
import { AppError } from "@/lib/errors";
import { createTestDatabase } from "@/lib/db/testing";

let handle: DbHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

const person = (email: string, extra: Partial<{ firstName: string; lastName: string }> = {}) => ({
  email,
  firstName: extra.firstName ?? "Test",
  lastName: extra.lastName ?? "User",
  passwordHash: "not-a-real-hash",
});

describe("users", () => {
  it("treats emails that differ only in case as the same account", async () => {
    await createUser(handle.db, person("Mixed.Case@Example.com"));
    const found = await getUserByEmail(handle.db, "  mixed.case@example.COM ");
    expect(found?.email).toBe("Mixed.Case@Example.com");
    const duplicate = createUser(handle.db, person("MIXED.case@example.com"));
    await expect(duplicate).rejects.toBeInstanceOf(AppError);
    await expect(duplicate).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: ["An account with this email already exists."] },
    });
  });

  it("creates customers by default", async () => {
    const user = await createUser(handle.db, person("default-role@example.com"));
    expect(user.role).toBe("customer");
    expect(user.sessionVersion).toBe(1);
  });

  it("bumps the session version when the password changes, and only then", async () => {
    const user = await createUser(handle.db, person("bump@example.com"));
    const renamed = await updateUserNames(handle.db, { id: user.id, firstName: "New", lastName: "Name" });
    expect(renamed.sessionVersion).toBe(1);
    expect(renamed.firstName).toBe("New");
    const changed = await updateUserPassword(handle.db, { id: user.id, passwordHash: "other" });
    expect(changed.sessionVersion).toBe(2);
    expect(changed.passwordHash).toBe("other");
  });

  it("refuses to update an account that does not exist", async () => {
    await expect(
      updateUserNames(handle.db, {
        id: "00000000-0000-4000-8000-000000000000",
        firstName: "a",
        lastName: "b",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists customers page by page and searches names and emails, escaping wildcards", async () => {
    for (let i = 0; i < 7; i++)
      await createUser(handle.db, person(`pager${i}@list.test`, { firstName: `Pager${i}` }));
    await createUser(handle.db, person("percent@list.test", { firstName: "100%", lastName: "Sure" }));
    const firstPage = await listUsers(handle.db, {
      role: "customer",
      search: "list.test",
      page: 1,
      perPage: 5,
    });
    const secondPage = await listUsers(handle.db, {
      role: "customer",
      search: "list.test",
      page: 2,
      perPage: 5,
    });
    expect(firstPage.total).toBe(8);
    expect(firstPage.items).toHaveLength(5);
    expect(secondPage.items).toHaveLength(3);
    const ids = new Set([...firstPage.items, ...secondPage.items].map((user) => user.id));
    expect(ids.size).toBe(8);
    const byFullName = await listUsers(handle.db, {
      role: "customer",
      search: "pager3 user",
      page: 1,
      perPage: 5,
    });
    expect(byFullName.items.map((user) => user.email)).toEqual(["pager3@list.test"]);
    const wildcard = await listUsers(handle.db, { role: "customer", search: "%", page: 1, perPage: 50 });
    expect(wildcard.items.map((user) => user.email)).toEqual(["percent@list.test"]);
    expect(await listUsers(handle.db, { role: "admin", page: 1, perPage: 5 })).toEqual({
      items: [],
      total: 0,
    });
  });

  it("counts accounts per role", async () => {
    const counts = await countUsersByRole(handle.db);
    expect(counts.admin).toBe(0);
    expect(counts.customer).toBeGreaterThanOrEqual(10);
  });
});

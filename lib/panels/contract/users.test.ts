import { describe, expect, it } from "vitest";
import { setupSimulator } from "@/lib/panels/testing";

describe.each(["pterodactyl", "wisp"] as const)("%s: ensureUser", (flavor) => {
  const fx = setupSimulator(flavor);
  const userCalls = () =>
    fx.sim.calls.list().filter((call) => call.path.startsWith("/api/application/users"));

  it("creates a missing user with our external id, then finds it by that id", async () => {
    const adapter = fx.adapter();
    const created = await adapter.ensureUser({
      externalId: "cust-1",
      email: "new.player@example.com",
      firstName: "New",
      lastName: "Player",
    });
    expect(created).toMatchObject({ created: true, externalId: "cust-1", email: "new.player@example.com" });
    if (flavor === "pterodactyl") expect(created.username).toBe("new.player");
    const again = await adapter.ensureUser({
      externalId: "cust-1",
      email: "new.player@example.com",
      firstName: "New",
      lastName: "Player",
    });
    expect(again).toMatchObject({ created: false, id: created.id });
    expect(fx.sim.store.users.filter((user) => user.email === "new.player@example.com")).toHaveLength(1);
  });

  it("picks the exact email among partial matches and links it, without touching the password", async () => {
    const adapter = fx.adapter({ pageSize: 10 });
    const user = await adapter.ensureUser({
      externalId: "cust-anna",
      email: "ANNA@example.com",
      firstName: "A",
      lastName: "B",
    });
    expect(user).toMatchObject({
      created: false,
      email: "anna@example.com",
      externalId: "cust-anna",
      firstName: "Anna",
    });
    const stored = fx.sim.store.users.find((candidate) => candidate.email === "anna@example.com")!;
    expect(stored.password).toBe("hash");
    expect(
      fx.sim.store.users.find((candidate) => candidate.email === "joanna@example.com")?.externalId,
    ).toBeNull();
    for (const call of userCalls()) expect(JSON.stringify(call.body ?? {})).not.toContain("password");
  });

  it("keeps a user that already carries another system's external id", async () => {
    const legacy = fx.sim.store.users.find((candidate) => candidate.externalId?.startsWith("legacy-"))!;
    const user = await fx
      .adapter()
      .ensureUser({ externalId: "cust-9", email: legacy.email, firstName: "x", lastName: "y" });
    expect(user).toMatchObject({ created: false, externalId: legacy.externalId });
    expect(userCalls().some((call) => call.method === "PATCH")).toBe(false);
  });

  it("derives a valid username from an unusual email, and retries when it is taken", async () => {
    if (flavor !== "pterodactyl") return;
    const adapter = fx.adapter();
    const first = await adapter.ensureUser({
      externalId: "u1",
      email: "é.x@example.com",
      firstName: "E",
      lastName: "X",
    });
    expect(first.username).toMatch(/^[a-z0-9][\w.-]+[a-z0-9]$/);
    const taken = fx.sim.store.users[5]!;
    const second = await adapter.ensureUser({
      externalId: "u2",
      email: `${taken.username}@elsewhere.org`,
      firstName: "S",
      lastName: "Y",
    });
    expect(second.created).toBe(true);
    expect(second.username).not.toBe(taken.username);
  });
});

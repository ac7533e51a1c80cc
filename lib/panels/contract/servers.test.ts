import { describe, expect, it } from "vitest";
import type { PanelAdapter } from "@/lib/panels/types";
import { type SimFixture, setupSimulator, waitFor } from "@/lib/panels/testing";

/** A FiveM server deployed in France, ready to send. */
const fivemInput = async (
  adapter: PanelAdapter,
  overrides: { environment?: Record<string, string>; externalId?: string } = {},
) => {
  const nests = await adapter.listNests();
  const gta = nests.find((nest) => nest.name === "Grand Theft Auto")!;
  const egg = (await adapter.listEggs(gta.id))[0]!;
  const fr = (await adapter.listLocations()).find((location) => location.short === "fr")!;
  const user = await adapter.ensureUser({
    externalId: "cust-42",
    email: "owner@example.com",
    firstName: "O",
    lastName: "W",
  });

  return {
    externalId: overrides.externalId ?? "svc-1001",
    name: "FiveM RP",
    description: "Ordered on the portal",
    userId: user.id,
    nestId: gta.id,
    eggId: egg.id,
    dockerImage: egg.dockerImages[0]!.image,
    startup: egg.startup,
    environment: overrides.environment ?? { FIVEM_LICENSE: "cfxk_test_license", MAX_PLAYERS: "12" },
    limits: { memoryMb: 4096, swapMb: 0, diskMb: 20480, io: 500, cpuPercent: 200 },
    featureLimits: { databases: 2, allocations: 3, backups: 4 },
    placement: {
      kind: "deploy" as const,
      locationIds: [fr.id],
      dedicatedIp: false,
      portRange: ["30120-30179"],
    },
  };
};

const simServer = (fx: SimFixture, externalId: string) =>
  fx.sim.store.servers.find((server) => server.externalId === externalId);

describe.each(["pterodactyl", "wisp"] as const)("%s: servers", (flavor) => {
  const fx = setupSimulator(flavor);

  it("creates a server by deployment with the full environment and our external id", async () => {
    const adapter = fx.adapter();
    const server = await adapter.createServer(await fivemInput(adapter));
    expect(server).toMatchObject({ externalId: "svc-1001", name: "FiveM RP", status: "installing" });
    const stored = simServer(fx, "svc-1001")!;
    expect(stored).toMatchObject({
      memory: 4096,
      disk: 20480,
      cpu: 200,
      io: 500,
      databaseLimit: 2,
      allocationLimit: 3,
      backupLimit: 4,
    });
    // Defaults the customer did not touch were filled in by us, since the panel does not apply them.
    expect(stored.environment).toEqual({
      FIVEM_LICENSE: "cfxk_test_license",
      MAX_PLAYERS: "12",
      SERVER_HOSTNAME: "My new FXServer!",
      FIVEM_VERSION: "latest",
      TXADMIN_PORT: "40120",
    });
    const primary = fx.sim.store.allocations.find((allocation) => allocation.id === stored.allocationId)!;
    expect(primary.port).toBeGreaterThanOrEqual(30120);
    if (flavor === "wisp") expect(stored.backupMegabytesLimit).toBe(20480);
    const installed = await waitFor(async () => {
      const current = await adapter.getServer(server.id);

      return current.status === "installed" ? current : undefined;
    });
    expect(installed.allocations?.map((allocation) => allocation.id)).toEqual([
      primary.ulid && flavor === "wisp" ? primary.ulid : String(primary.id),
    ]);
  });

  it("creates a server on explicit allocations of one node", async () => {
    const adapter = fx.adapter();
    const input = await fivemInput(adapter);
    const node = (await adapter.listNodes()).find((candidate) => candidate.name === "fr-gra-02")!;
    const [first, second] = await adapter.listFreeAllocations(node.id);
    const server = await adapter.createServer({
      ...input,
      placement: {
        kind: "allocations",
        defaultAllocationId: first!.id,
        additionalAllocationIds: [second!.id],
      },
    });
    expect(server.primaryAllocationId).toBe(first!.id);
    expect(server.allocations?.map((allocation) => allocation.id).sort()).toEqual(
      [first!.id, second!.id].sort(),
    );
  });

  it("reports every invalid field of a 422 by name and rule", async () => {
    const adapter = fx.adapter();
    const input = await fivemInput(adapter);
    const error = await adapter
      .createServer({ ...input, limits: { ...input.limits, io: 5, cpuPercent: -1 } })
      .catch((err: unknown) => err);
    expect(error).toMatchObject({ kind: "validation", status: 422 });
    const fields = (error as { fields: Array<{ field: string; rule: string }> }).fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "limits.io", rule: "between" }),
        expect.objectContaining({ field: "limits.cpu", rule: "min" }),
      ]),
    );
    expect((error as Error).message).toContain("limits.io: The limits.io must be between 10 and 1000.");
  });

  it("names a required egg variable without a default", async () => {
    const adapter = fx.adapter();
    const error = await adapter
      .createServer(await fivemInput(adapter, { environment: {} }))
      .catch((err: unknown) => err);
    expect(error).toMatchObject({
      kind: "validation",
      fields: [
        {
          field: "environment.FIVEM_LICENSE",
          rule: "required",
          message: "The FiveM License variable field is required.",
        },
      ],
    });
    expect(fx.sim.store.servers).toHaveLength(60);
  });

  it("says in words that no node has room", async () => {
    const adapter = fx.adapter();
    const input = await fivemInput(adapter);
    const error = await adapter
      .createServer({ ...input, limits: { ...input.limits, memoryMb: 10_000_000 } })
      .catch((err: unknown) => err);
    expect(error).toMatchObject({
      kind: "no_capacity",
      panelCode: flavor === "wisp" ? "deployment.no_viable_nodes" : "NoViableNodeException",
    });
    expect((error as Error).message).toMatch(
      /No node in the chosen location has enough free memory and disk/,
    );
  });

  it("finds a server whose creation answer was lost, by external id", async () => {
    const adapter = fx.adapter({ timeouts: { create: 300 } });
    const input = await fivemInput(adapter);
    fx.sim.faults.add({
      method: "POST",
      path: "/api/application/servers",
      action: { type: "slow_response", ms: 1_000 },
    });
    const error = await adapter.createServer(input).catch((err: unknown) => err);
    expect(error).toMatchObject({ kind: "unreachable", outcomeUnknown: true });
    expect((error as Error).message).toMatch(/did not answer within/);
    const found = await adapter.findServerByExternalId("svc-1001");
    expect(found?.name).toBe("FiveM RP");
    expect(
      fx.sim.calls
        .list()
        .filter((call) => call.method === "POST" && call.path === "/api/application/servers"),
    ).toHaveLength(1);

    fx.sim.faults.add({
      method: "POST",
      path: "/api/application/servers",
      action: { type: "lose_response" },
    });
    await expect(adapter.createServer({ ...input, externalId: "svc-1002" })).rejects.toMatchObject({
      kind: "unreachable",
    });
    expect((await adapter.findServerByExternalId("svc-1002"))?.externalId).toBe("svc-1002");
    expect(await adapter.findServerByExternalId("svc-missing")).toBeNull();
  });

  it("rolls back when the node daemon fails", async () => {
    const adapter = fx.adapter();
    const input = await fivemInput(adapter);
    fx.sim.faults.add({
      method: "POST",
      path: "/api/application/servers",
      action: { type: "wings_failure" },
    });
    await expect(adapter.createServer(input)).rejects.toMatchObject({ kind: "unexpected", status: 504 });
    expect(await adapter.findServerByExternalId("svc-1001")).toBeNull();
  });

  it("refuses with a bad key or a key without write permission", async () => {
    const input = await fivemInput(fx.adapter());
    await expect(
      fx.adapter({}, { application: "ptla_badbadbadbadbadbadbadbadbadbadbadbadbadbadbadb" }).listLocations(),
    ).rejects.toMatchObject({
      kind: "unauthorized",
      message: expect.stringMatching(/rejected the API key/),
    });
    await expect(
      fx.adapter({}, { application: fx.sim.keys.applicationReadOnly }).createServer(input),
    ).rejects.toMatchObject({
      kind: "forbidden",
    });
    expect(fx.sim.store.servers).toHaveLength(60);
  });
});

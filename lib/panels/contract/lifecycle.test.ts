import { describe, expect, it } from "vitest";
import { createPaperServer } from "@/lib/panels/contract/fixtures";
import { PanelError } from "@/lib/panels/errors";
import { setupSimulator, waitFor } from "@/lib/panels/testing";

describe.each(["pterodactyl", "wisp"] as const)("%s: server lifecycle", (flavor) => {
  const fx = setupSimulator(flavor);
  const stored = (externalId = "svc-7") =>
    fx.sim.store.servers.find((server) => server.externalId === externalId)!;

  it("changes limits while keeping the primary allocation, and adds an allocation", async () => {
    const adapter = fx.adapter();
    const { server, node } = await createPaperServer(adapter);
    const [extra] = await adapter.listFreeAllocations(node.id);
    const updated = await adapter.updateBuild(server.id, {
      limits: { memoryMb: 4096, swapMb: 512, diskMb: 20480, io: 600, cpuPercent: 300 },
      featureLimits: { databases: 3, allocations: 4, backups: 5 },
      addAllocationIds: [extra!.id],
    });
    expect(updated.limits).toMatchObject({
      memoryMb: 4096,
      swapMb: 512,
      diskMb: 20480,
      io: 600,
      cpuPercent: 300,
    });
    expect(updated.featureLimits).toMatchObject({ databases: 3, allocations: 4, backups: 5 });
    expect(updated.primaryAllocationId).toBe(server.primaryAllocationId);
    expect(fx.sim.store.allocations.filter((a) => a.serverId === stored().id)).toHaveLength(2);
  });

  it("switches the egg with a complete environment, keeping values that still apply", async () => {
    const adapter = fx.adapter();
    const { server, minecraft } = await createPaperServer(adapter);
    const vanilla = (await adapter.listEggs(minecraft.id)).find((egg) => egg.name === "Vanilla Minecraft")!;
    const updated = await adapter.updateStartup(server.id, {
      nestId: minecraft.id,
      eggId: vanilla.id,
      dockerImage: vanilla.dockerImages[0]!.image,
      startup: vanilla.startup,
      environment: { SERVER_JARFILE: "custom.jar" },
    });
    expect(updated.eggId).toBe(vanilla.id);
    expect(stored().environment).toEqual({ SERVER_JARFILE: "custom.jar", VANILLA_VERSION: "latest" });
  });

  it("changes the build and the startup in one request each when given the allocation and egg", async () => {
    const adapter = fx.adapter();
    const { server, minecraft } = await createPaperServer(adapter);
    const vanilla = (await adapter.listEggs(minecraft.id)).find((egg) => egg.name === "Vanilla Minecraft")!;
    const requests = () => fx.sim.calls.list().map((call) => `${call.method} ${call.path}`);

    fx.sim.calls.clear();
    const built = await adapter.updateBuild(server.id, {
      limits: { memoryMb: 3072, swapMb: 0, diskMb: 10240, io: 500, cpuPercent: 150 },
      featureLimits: { databases: 1, allocations: 2, backups: 1 },
      primaryAllocationId: server.primaryAllocationId,
    });
    expect(requests()).toEqual([`PATCH /api/application/servers/${server.id}/build`]);
    expect(built).toMatchObject({
      primaryAllocationId: server.primaryAllocationId,
      limits: { memoryMb: 3072, cpuPercent: 150 },
    });

    fx.sim.calls.clear();
    const updated = await adapter.updateStartup(server.id, {
      nestId: minecraft.id,
      eggId: vanilla.id,
      dockerImage: vanilla.dockerImages[0]!.image,
      startup: vanilla.startup,
      environment: { SERVER_JARFILE: "custom.jar" },
      eggVariables: vanilla.variables,
    });
    expect(requests()).toEqual([`PATCH /api/application/servers/${server.id}/startup`]);
    expect(updated.eggId).toBe(vanilla.id);
    expect(stored().environment).toEqual({ SERVER_JARFILE: "custom.jar", VANILLA_VERSION: "latest" });
  });

  it("renames with all four detail fields so nothing is cleared", async () => {
    const adapter = fx.adapter();
    const { server, user } = await createPaperServer(adapter);
    const updated = await adapter.updateDetails(server.id, {
      name: "Creative",
      description: "desc",
      userId: user.id,
      externalId: "svc-7",
    });
    expect(updated).toMatchObject({ name: "Creative", externalId: "svc-7", description: "desc" });
  });

  it("suspends and unsuspends idempotently, reinstalls, and deletes (twice is fine)", async () => {
    const adapter = fx.adapter();
    const { server } = await createPaperServer(adapter);
    await adapter.suspendServer(server.id);
    await adapter.suspendServer(server.id);
    expect((await adapter.getServer(server.id)).suspended).toBe(true);
    await adapter.unsuspendServer(server.id);
    await adapter.unsuspendServer(server.id);
    expect((await adapter.getServer(server.id)).suspended).toBe(false);
    await waitFor(async () =>
      (await adapter.getServer(server.id)).status === "installed" ? true : undefined,
    );
    await adapter.reinstallServer(server.id);
    expect((await adapter.getServer(server.id)).status).toBe("installing");
    await adapter.deleteServer(server.id);
    await adapter.deleteServer(server.id, { force: true });
    expect(await adapter.findServerByExternalId("svc-7")).toBeNull();
  });

  it("reads live usage and drives power through the client API", async () => {
    const adapter = fx.adapter();
    const { server } = await createPaperServer(adapter);
    await expect(adapter.getResources(server.identifier)).rejects.toMatchObject({
      kind: "conflict",
      status: 409,
    });
    await waitFor(async () =>
      (await adapter.getServer(server.id)).status === "installed" ? true : undefined,
    );
    expect((await adapter.getResources(server.identifier)).state).toBe("offline");
    await adapter.sendPowerSignal(server.identifier, "start");
    expect((await adapter.getResources(server.identifier)).state).toBe("starting");
    const running = await waitFor(async () => {
      const usage = await adapter.getResources(server.identifier);

      return usage.state === "running" ? usage : undefined;
    });
    expect(running.memoryBytes).toBeGreaterThan(0);
    expect(running.memoryBytes).toBeLessThanOrEqual(2048 * 1024 * 1024);
    await adapter.sendPowerSignal(server.identifier, "kill");
    expect((await adapter.getResources(server.identifier)).state).toBe("offline");
    await adapter.suspendServer(server.id);
    await expect(adapter.sendPowerSignal(server.identifier, "start")).rejects.toMatchObject({
      kind: "conflict",
      message: expect.stringMatching(/suspended/),
    });
  });

  it("reports a usage answer of the wrong shape as an unexpected panel error", async () => {
    // Close to the real answer, with one field of the wrong type.
    const malformed =
      flavor === "wisp"
        ? { status: 1, proc: { memory: { total: "12" }, cpu: { total: 0 }, disk: { used: 0 }, network: {} } }
        : {
            object: "stats",
            attributes: {
              current_state: "running",
              is_suspended: false,
              resources: {
                memory_bytes: "12",
                cpu_absolute: 0,
                disk_bytes: 0,
                network_rx_bytes: 0,
                network_tx_bytes: 0,
                uptime: 0,
              },
            },
          };
    fx.sim.faults.add({ path: "/resources", action: { type: "json", body: malformed } });
    const error = await fx
      .adapter()
      .getResources("abcd1234")
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(PanelError);
    expect(error).toMatchObject({
      kind: "unexpected",
      message: expect.stringMatching(/reading the server's usage had an unexpected shape \(.*memory/),
    });
    expect(fx.sim.calls.list().map((call) => call.fault)).toEqual(["json"]);
  });
});

describe.each(["pterodactyl", "wisp"] as const)("%s: retries", (flavor) => {
  const fx = setupSimulator(flavor);
  const callsTo = (path: string) => fx.sim.calls.list().filter((call) => call.path === path);

  it("waits as long as Retry-After says after a 429, then succeeds", async () => {
    fx.sim.faults.add({
      path: "/api/application/locations",
      action: { type: "rate_limit", retryAfterSeconds: 2 },
    });
    expect(await fx.adapter().listLocations()).toHaveLength(4);
    expect(fx.sleeps).toEqual([2_000]);
    expect(callsTo("/api/application/locations").map((call) => call.status)).toEqual([429, 200]);
  });

  it("retries a read after a 502 and a dropped connection", async () => {
    fx.sim.faults.add({ path: "/api/application/locations", action: { type: "status", status: 502 } });
    fx.sim.faults.add({ path: "/api/application/locations", action: { type: "reset" } });
    expect(await fx.adapter().listLocations()).toHaveLength(4);
    expect(callsTo("/api/application/locations")).toHaveLength(3);
  });

  it("gives up after the retry budget with a readable error", async () => {
    fx.sim.faults.add({
      path: "/api/application/locations",
      times: 0,
      action: { type: "status", status: 503, detail: "Down for maintenance" },
    });
    await expect(fx.adapter({ maxRetries: 2 }).listLocations()).rejects.toMatchObject({
      kind: "unexpected",
      status: 503,
      message: expect.stringContaining("Down for maintenance"),
    });
    expect(callsTo("/api/application/locations")).toHaveLength(3);
  });

  it("never retries a failed mutation, except a 429 the panel refused before doing anything", async () => {
    const adapter = fx.adapter();
    const { server } = await createPaperServer(adapter);
    fx.sim.faults.add({ path: `/suspend`, action: { type: "status", status: 502 } });
    await expect(adapter.suspendServer(server.id)).rejects.toMatchObject({ status: 502 });
    expect(fx.sim.calls.list().filter((call) => call.path.endsWith("/suspend"))).toHaveLength(1);
    fx.sim.faults.add({ path: `/unsuspend`, action: { type: "rate_limit" } });
    await adapter.unsuspendServer(server.id);
    expect(
      fx.sim.calls
        .list()
        .filter((call) => call.path.endsWith("/unsuspend"))
        .map((call) => call.status),
    ).toEqual([429, 204]);
  });
});

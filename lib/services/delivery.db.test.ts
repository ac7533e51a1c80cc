import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getService } from "@/lib/db/queries/services";
import { jobs } from "@/lib/db/schema";
import { SYSTEM } from "@/lib/services/audit";
import { retryDelivery } from "@/lib/services/retry-delivery";
import { setupPortal } from "@/lib/services/testing";

describe.each(["pterodactyl", "wisp"] as const)("%s: delivery", (flavor) => {
  const fx = setupPortal(flavor);
  const serversWith = (externalId: string) =>
    fx.sim.store.servers.filter((server) => server.externalId === externalId);
  const creates = () =>
    fx.sim.calls.list().filter((call) => call.method === "POST" && call.path === "/api/application/servers");

  it("delivers an order: panel user, server with our external id, limits, full environment and templated name", async () => {
    const offer = await fx.createOffer({}, { eggs: ["Paper", "Vanilla Minecraft"] });
    const vanilla = fx.sim.store.eggs.find((egg) => egg.name === "Vanilla Minecraft")!;
    const eggId = String(flavor === "wisp" ? vanilla.ulid : vanilla.id);
    const service = await fx.order({
      offerId: offer.id,
      eggId,
      choices: {},
      environment: { VANILLA_VERSION: "1.21.1" },
    });
    expect(service).toMatchObject({
      status: "pending",
      serverName: `Test offer for Gina #${service.number}`,
    });
    await fx.runJobs();
    const delivered = await getService(fx.db, service.id);
    expect(delivered).toMatchObject({ status: "active", statusReason: null });
    const [server] = serversWith(service.id);
    expect(server).toMatchObject({
      name: `Test offer for Gina #${service.number}`,
      memory: 2048,
      disk: 10240,
      cpu: 100,
      eggId: vanilla.id,
    });
    expect(server?.environment).toEqual({ SERVER_JARFILE: "server.jar", VANILLA_VERSION: "1.21.1" });
    const owner = fx.sim.store.users.find((user) => user.id === server?.ownerId);
    expect(owner).toMatchObject({ email: "gamer@example.com", externalId: fx.customer.id, password: null });
    expect(delivered?.panelIdentifier).toBe(server?.identifier);
    // One create call, no lookup before it: the steady state costs one call for the server.
    expect(creates()).toHaveLength(1);
    expect(
      fx.sim.calls.list().some((call) => call.path.startsWith("/api/application/servers/external/")),
    ).toBe(false);
  });

  it("adopts the server after a create whose answer timed out, without a duplicate", async () => {
    const offer = await fx.createOffer();
    const service = await fx.order({ offerId: offer.id, choices: {}, environment: {} });
    fx.sim.faults.add({
      method: "POST",
      path: "/api/application/servers",
      action: { type: "slow_response", ms: 2_500 },
    });
    await fx.runJobs();
    expect(await getService(fx.db, service.id)).toMatchObject({ status: "active" });
    expect(serversWith(service.id)).toHaveLength(1);
    expect(creates()).toHaveLength(1);
    const [job] = await fx.db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `deliver:${service.id}`));
    expect(job).toMatchObject({ status: "done", attempts: 2 });
  });

  it("retries after a 5xx and then delivers", async () => {
    const offer = await fx.createOffer();
    const service = await fx.order({ offerId: offer.id, choices: {}, environment: {} });
    fx.sim.faults.add({
      method: "POST",
      path: "/api/application/servers",
      action: { type: "status", status: 503 },
    });
    await fx.runJobs();
    expect(await getService(fx.db, service.id)).toMatchObject({ status: "active" });
    expect(serversWith(service.id)).toHaveLength(1);
    expect(creates().map((call) => call.status)).toEqual([503, 201]);
  });

  it("fails with a readable reason when no node has room, then delivers after capacity is added and a retry", async () => {
    const de = fx.sim.store.locations.find((location) => location.short === "de")!;
    const offer = await fx.createOffer({
      memoryMb: 30_000,
      locationId: String(flavor === "wisp" ? de.ulid : de.id),
      locationLabel: "de",
    });
    const service = await fx.order({ offerId: offer.id, choices: {}, environment: {} });
    await fx.runJobs();
    const failed = await getService(fx.db, service.id);
    expect(failed).toMatchObject({
      status: "failed",
      statusReason: "No node in location de has 30000 MB of memory and 10240 MB of disk free.",
    });
    expect(fx.sim.store.servers.filter((server) => server.externalId === service.id)).toHaveLength(0);
    fx.sim.store.nodes.find((node) => node.name === "de-fsn-01")!.memory = 65_536;
    await retryDelivery(fx.db, { serviceId: service.id, actor: SYSTEM });
    await fx.runJobs();
    expect(await getService(fx.db, service.id)).toMatchObject({ status: "active", statusReason: null });
  });

  it("finishes a delivery whose worker died mid-way, after its lease expires", async () => {
    const offer = await fx.createOffer();
    const service = await fx.order({ offerId: offer.id, choices: {}, environment: {} });
    // A worker claimed the job, got as far as creating the server, then died before recording anything.
    const { claimJob } = await import("@/lib/worker/queue");
    const claimed = await claimJob(fx.db, { workerId: "dead-worker", leaseMs: 300 });
    expect(claimed?.payload.serviceId).toBe(service.id);
    const { deliverService } = await import("@/lib/services/deliver");
    fx.sim.faults.add({
      method: "POST",
      path: "/api/application/servers",
      action: { type: "lose_response" },
    });
    await expect(deliverService(fx.db, service.id)).rejects.toMatchObject({ kind: "unreachable" });
    expect(await fx.runJobs({ leaseMs: 300 })).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await fx.runJobs({ leaseMs: 300 });
    expect(await getService(fx.db, service.id)).toMatchObject({ status: "active" });
    expect(serversWith(service.id)).toHaveLength(1);
  });

  it("runs every job once with two workers side by side", async () => {
    const offer = await fx.createOffer({ memoryMb: 256, diskMb: 1024 });
    const services = [];
    for (let i = 0; i < 8; i++)
      services.push(await fx.order({ offerId: offer.id, choices: {}, environment: {} }));
    await Promise.all([fx.runJobs(), fx.runJobs()]);
    for (const service of services) {
      expect((await getService(fx.db, service.id))?.status).toBe("active");
      expect(serversWith(service.id)).toHaveLength(1);
    }
    const rows = await fx.db.select().from(jobs);
    expect(rows.every((row) => row.status === "done" && row.attempts === 1)).toBe(true);
    expect(creates()).toHaveLength(8);
  });
});

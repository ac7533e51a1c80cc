import { describe, expect, it } from "vitest";
import { getService, updateService } from "@/lib/db/queries/services";
import { SYSTEM, listServiceAudit } from "@/lib/services/audit";
import { changeServicePlan } from "@/lib/services/change-plan";
import { sweepExpiredServices } from "@/lib/services/expiry";
import { renewService, terminateService } from "@/lib/services/lifecycle";
import { saveSettings } from "@/lib/services/settings";
import { setupPortal } from "@/lib/services/testing";

const DAY = 86_400_000;

describe.each(["pterodactyl", "wisp"] as const)("%s: lifecycle", (flavor) => {
  const fx = setupPortal(flavor);
  const panelServer = (serviceId: string) =>
    fx.sim.store.servers.find((server) => server.externalId === serviceId);
  const delivered = async (
    values: Parameters<typeof fx.createOffer>[0] = {},
    extra: Parameters<typeof fx.createOffer>[1] = {},
  ) => {
    const offer = await fx.createOffer(values, extra);
    const service = await fx.order({ offerId: offer.id, choices: {}, environment: {} });
    await fx.runJobs();

    return { offer, service: (await getService(fx.db, service.id))! };
  };

  it("suspends after expiry plus grace, terminates after the suspension period, and renewal unsuspends in between", async () => {
    await saveSettings(fx.db, { expiryGraceDays: 2, terminateAfterDays: 7 });
    const { service } = await delivered({ serverDescriptionTemplate: "Paid until %service_expiration%" });
    await updateService(fx.db, service.id, { expiresAt: new Date(Date.now() - DAY) });
    expect(await sweepExpiredServices(fx.db)).toEqual({ suspended: 0, terminated: 0 });
    await updateService(fx.db, service.id, { expiresAt: new Date(Date.now() - 3 * DAY) });
    expect(await sweepExpiredServices(fx.db)).toEqual({ suspended: 1, terminated: 0 });
    await fx.runJobs();
    expect(await getService(fx.db, service.id)).toMatchObject({
      status: "suspended",
      statusReason: expect.stringMatching(/^Expired on/),
    });
    expect(panelServer(service.id)?.suspended).toBe(true);

    const renewed = await renewService(fx.db, { serviceId: service.id, actor: SYSTEM });
    expect(renewed?.status).toBe("active");
    expect(renewed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 20 * DAY);
    expect(panelServer(service.id)).toMatchObject({
      suspended: false,
      description: `Paid until ${renewed!.expiresAt.toISOString().slice(0, 10)}`,
    });

    await updateService(fx.db, service.id, { expiresAt: new Date(Date.now() - 3 * DAY) });
    await sweepExpiredServices(fx.db);
    await fx.runJobs();
    await updateService(fx.db, service.id, { suspendedAt: new Date(Date.now() - 6 * DAY) });
    expect((await sweepExpiredServices(fx.db)).terminated).toBe(0);
    await updateService(fx.db, service.id, { suspendedAt: new Date(Date.now() - 8 * DAY) });
    expect((await sweepExpiredServices(fx.db)).terminated).toBe(1);
    await fx.runJobs();
    expect(await getService(fx.db, service.id)).toMatchObject({ status: "terminated" });
    expect(panelServer(service.id)).toBeUndefined();
    const actions = (await listServiceAudit(fx.db, service.id)).map((entry) => entry.action).reverse();
    expect(actions).toEqual([
      "service.order",
      "service.deliver",
      "service.suspend",
      "service.unsuspend",
      "service.renew",
      "service.suspend",
      "service.terminate",
    ]);
  });

  it("sends an upgrade's limits to the panel, and refuses one the node cannot hold without changing anything", async () => {
    const { service, offer } = await delivered();
    const bigger = await fx.createOffer({ name: "Bigger", memoryMb: 8192, diskMb: 20480, cpuPercent: 300 });
    await changeServicePlan(fx.db, { serviceId: service.id, offerId: bigger.id, choices: {}, actor: SYSTEM });
    expect(panelServer(service.id)).toMatchObject({ memory: 8192, disk: 20480, cpu: 300 });
    expect(await getService(fx.db, service.id)).toMatchObject({ offerId: bigger.id, memoryMb: 8192 });

    const huge = await fx.createOffer({ name: "Huge", memoryMb: 900_000 });
    await expect(
      changeServicePlan(fx.db, { serviceId: service.id, offerId: huge.id, choices: {}, actor: SYSTEM }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(
        /has only \d+ MB of memory free; this change needs \d+ MB more\. Nothing was changed\./,
      ),
    });
    expect(panelServer(service.id)?.memory).toBe(8192);
    expect(await getService(fx.db, service.id)).toMatchObject({ offerId: bigger.id, memoryMb: 8192 });
    expect(offer.id).not.toBe(bigger.id);
  });

  it("gives each extra port variable its own allocation on the server's node", async () => {
    const { service } = await delivered({ portVariables: ["RCON_PORT"], memoryMb: 4096 }, { eggs: ["Rust"] });
    expect(service.status).toBe("active");
    const server = panelServer(service.id)!;
    const allocations = fx.sim.store.allocations.filter((allocation) => allocation.serverId === server.id);
    expect(allocations).toHaveLength(2);
    expect(new Set(allocations.map((allocation) => allocation.nodeId)).size).toBe(1);
    const extra = allocations.find((allocation) => allocation.id !== server.allocationId)!;
    expect(server.environment.RCON_PORT).toBe(String(extra.port));
    expect(server.allocationLimit).toBeGreaterThanOrEqual(2);
  });

  it("terminates even when the panel is down, and a cleanup job deletes the server later", async () => {
    const { service } = await delivered();
    fx.sim.faults.add({ method: "DELETE", action: { type: "status", status: 503 } });
    await terminateService(fx.db, { serviceId: service.id, actor: SYSTEM, reason: "Cancelled" });
    expect(await getService(fx.db, service.id)).toMatchObject({ status: "terminated" });
    expect(panelServer(service.id)).toBeDefined();
    await fx.runJobs();
    expect(panelServer(service.id)).toBeUndefined();
  });

  it("deletes a server that a delivery creates after the service was terminated", async () => {
    const offer = await fx.createOffer();
    const service = await fx.order({ offerId: offer.id, choices: {}, environment: {} });
    fx.sim.faults.add({
      method: "POST",
      path: "/api/application/servers",
      action: { type: "latency", ms: 300 },
    });
    const delivery = fx.runJobs();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await terminateService(fx.db, { serviceId: service.id, actor: SYSTEM, reason: "Cancelled" });
    await delivery;
    expect(await getService(fx.db, service.id)).toMatchObject({ status: "terminated" });
    expect(panelServer(service.id)).toBeUndefined();
  });
});

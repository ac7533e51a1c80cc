import { describe, expect, it } from "vitest";
import { createBoxServer, deleteBoxServer, resizeBoxServer } from "@/lib/boxes/box-servers";
import { boxQuota } from "@/lib/boxes/ledger";
import { reconcileBoxServers } from "@/lib/boxes/reconcile";
import { listOfferEggs } from "@/lib/db/queries/offers";
import { getService } from "@/lib/db/queries/services";
import { listBoxServers } from "@/lib/db/queries/box-servers";
import { SYSTEM } from "@/lib/services/audit";
import { changeServicePlan } from "@/lib/services/change-plan";
import { renewService, suspendService, terminateService, unsuspendService } from "@/lib/services/lifecycle";
import { setupPortal } from "@/lib/services/testing";

const SIZE = { memoryMb: 1024, diskMb: 2048, cpuPercent: 50, databases: 0, backups: 0, allocations: 1 };

describe.each(["pterodactyl", "wisp"] as const)("PteroBox (%s)", (flavor) => {
  const fx = setupPortal(flavor);
  let paperEggId = "";
  const box = async (values: Record<string, unknown> = {}) => {
    const offer = await fx.createOffer(
      {
        type: "pterobox",
        name: "Box",
        memoryMb: 7168,
        diskMb: 100_000,
        cpuPercent: 800,
        maxServers: 50,
        databases: 4,
        allocations: 60,
        backups: 10,
        ...values,
      },
      { eggs: ["Paper", "Vanilla Minecraft"] },
    );
    const [paper] = await listOfferEggs(fx.db, [offer.id]);
    paperEggId = paper!.eggId;
    const service = await fx.order({ offerId: offer.id, choices: {}, environment: {} });
    await fx.runJobs();

    return (await getService(fx.db, service.id))!;
  };
  const create = (boxId: string, name: string, size = SIZE) =>
    createBoxServer(fx.db, { boxId, caller: fx.customer, name, eggId: paperEggId, request: size, environment: {} });
  const onPanel = (serverId: string) => fx.sim.store.servers.find((server) => server.externalId === serverId);

  it("never lets 50 simultaneous creates exceed the box: exactly 7 fit, the rest are told why", async () => {
    const pool = await box();
    expect(pool).toMatchObject({ kind: "box", status: "active", maxServers: 50, statusReason: null });
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => create(pool.id, `Server ${i}`)),
    );
    const created = attempts.filter((attempt) => attempt.status === "fulfilled");
    const refused = attempts.filter(
      (attempt): attempt is PromiseRejectedResult => attempt.status === "rejected",
    );
    expect(created).toHaveLength(7);
    expect(refused).toHaveLength(43);
    for (const attempt of refused)
      expect(attempt.reason).toMatchObject({
        code: "QUOTA_EXCEEDED",
        message: "No memory left in this box.",
      });
    await fx.runJobs();
    const servers = await listBoxServers(fx.db, pool.id);
    expect(servers.map((server) => server.status)).toEqual(Array(7).fill("active"));
    for (const server of servers) expect(server.address).toMatch(/^[\w.-]+:\d+$/);
    expect(
      fx.sim.store.servers.filter((server) => servers.some((row) => row.id === server.externalId)),
    ).toHaveLength(7);
    expect((await boxQuota(fx.db, pool)).used.memoryMb).toBe(7168);
  });

  it("says exactly what is left, resizes within it, and returns room when a server is deleted", async () => {
    const pool = await box();
    const first = await create(pool.id, "Survival", { ...SIZE, memoryMb: 4096 });
    await expect(create(pool.id, "Creative", { ...SIZE, memoryMb: 3584 })).rejects.toMatchObject({
      message: "Only 3 GB of memory left.",
      fieldErrors: { memoryMb: ["Only 3 GB of memory left."] },
    });
    const second = await create(pool.id, "Creative", { ...SIZE, memoryMb: 2560 });
    await fx.runJobs();
    await expect(
      resizeBoxServer(fx.db, {
        serverId: second.id,
        caller: fx.customer,
        name: "Creative",
        request: { ...SIZE, memoryMb: 3584 },
      }),
    ).rejects.toMatchObject({ message: "Only 3 GB of memory left." });
    expect(onPanel(second.id)?.memory).toBe(2560);
    await resizeBoxServer(fx.db, {
      serverId: second.id,
      caller: fx.customer,
      name: "Creative world",
      request: { ...SIZE, memoryMb: 3072 },
    });
    expect(onPanel(second.id)).toMatchObject({ memory: 3072, name: "Creative world" });
    await deleteBoxServer(fx.db, { serverId: first.id, caller: fx.customer });
    expect(onPanel(first.id)).toBeUndefined();
    expect((await boxQuota(fx.db, pool)).used).toMatchObject({ memoryMb: 3072, servers: 1 });
    await create(pool.id, "New", { ...SIZE, memoryMb: 4096 });
  });

  it("never lets a resize and a create racing each other together exceed the box", async () => {
    for (let round = 0; round < 5; round += 1) {
      const pool = await box();
      const first = await create(pool.id, "First");
      await fx.runJobs();
      // 7 GB: growing First to 4 GB and a new 4 GB server cannot both fit.
      const [resized, created] = await Promise.allSettled([
        resizeBoxServer(fx.db, {
          serverId: first.id,
          caller: fx.customer,
          name: "First",
          request: { ...SIZE, memoryMb: 4096 },
        }),
        create(pool.id, "Second", { ...SIZE, memoryMb: 4096 }),
      ]);
      expect([resized.status, created.status].filter((status) => status === "fulfilled")).toHaveLength(1);
      const refused = [resized, created].find((result) => result.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: "QUOTA_EXCEEDED" });
      expect((await boxQuota(fx.db, pool)).used.memoryMb).toBeLessThanOrEqual(7168);
    }
  });

  it("gives the reservation back when the panel refuses a server", async () => {
    const pool = await box();
    fx.sim.store.nodes.forEach((node) => (node.memory = 0));
    const doomed = await create(pool.id, "No room");
    await fx.runJobs();
    const [row] = await listBoxServers(fx.db, pool.id);
    expect(row).toMatchObject({
      id: doomed.id,
      status: "failed",
      statusReason: expect.stringMatching(/^No node in location fr has 1024 MB/),
    });
    expect((await boxQuota(fx.db, pool)).used.memoryMb).toBe(0);
  });

  it("suspends, unsuspends and terminates every server of the box; renewal unsuspends", async () => {
    const pool = await box();
    const servers = [await create(pool.id, "A"), await create(pool.id, "B")];
    await fx.runJobs();
    await suspendService(fx.db, { serviceId: pool.id, actor: SYSTEM, reason: "Unpaid." });
    expect(servers.map((server) => onPanel(server.id)?.suspended)).toEqual([true, true]);
    await expect(create(pool.id, "C")).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This box is suspended. Unpaid.",
    });
    await renewService(fx.db, { serviceId: pool.id, actor: SYSTEM });
    expect(servers.map((server) => onPanel(server.id)?.suspended)).toEqual([false, false]);
    await suspendService(fx.db, { serviceId: pool.id, actor: SYSTEM, reason: "Again." });
    await unsuspendService(fx.db, { serviceId: pool.id, actor: SYSTEM });
    expect(servers.map((server) => onPanel(server.id)?.suspended)).toEqual([false, false]);
    await terminateService(fx.db, { serviceId: pool.id, actor: SYSTEM, reason: "Ended." });
    expect(servers.map((server) => onPanel(server.id))).toEqual([undefined, undefined]);
    expect(await listBoxServers(fx.db, pool.id)).toEqual([]);
  });

  it("refuses a downgrade below what the servers use, listing what must shrink", async () => {
    const pool = await box();
    await create(pool.id, "Big", { ...SIZE, memoryMb: 5120 });
    const small = await fx.createOffer(
      {
        type: "pterobox",
        name: "Small box",
        memoryMb: 4096,
        diskMb: 100_000,
        cpuPercent: 800,
        maxServers: 2,
        databases: 4,
        allocations: 60,
        backups: 10,
      },
      { eggs: ["Paper"] },
    );
    await expect(
      changeServicePlan(fx.db, { serviceId: pool.id, offerId: small.id, choices: {}, actor: SYSTEM }),
    ).rejects.toMatchObject({
      message:
        "Shrink or delete servers first — memory: the servers use 5 GB of memory, the new plan allows 4 GB of memory. Nothing was changed.",
    });
    expect((await getService(fx.db, pool.id))?.memoryMb).toBe(7168);
  });

  it("notices a server deleted on the panel and gives its resources back", async () => {
    const pool = await box();
    const kept = await create(pool.id, "Kept");
    const gone = await create(pool.id, "Gone");
    await fx.runJobs();
    fx.sim.store.removeServer(onPanel(gone.id)!);
    expect(await reconcileBoxServers(fx.db)).toEqual({ released: 1 });
    expect((await listBoxServers(fx.db, pool.id)).map((server) => server.id)).toEqual([kept.id]);
    expect((await boxQuota(fx.db, pool)).used.memoryMb).toBe(1024);
  });
});

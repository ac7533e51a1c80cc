import { describe, expect, it } from "vitest";
import { createBoxServer, deleteBoxServer, resizeBoxServer } from "@/lib/boxes/box-servers";
import { boxQuota } from "@/lib/boxes/ledger";
import { reconcileBoxServers } from "@/lib/boxes/reconcile";
import { listOfferEggs } from "@/lib/db/queries/offers";
import { getService, updateService } from "@/lib/db/queries/services";
import { createConnection } from "@/lib/panels/connections";
import { listBoxServers, updateBoxServer } from "@/lib/db/queries/box-servers";
import { createBoxServerOnPanel, failBoxServer } from "@/lib/boxes/create-on-panel";
import { SYSTEM } from "@/lib/services/audit";
import { changeServicePlan } from "@/lib/services/change-plan";
import { renewService, suspendService, terminateService, unsuspendService } from "@/lib/services/lifecycle";
import { waitFor } from "@/lib/panels/testing";
import { setupPortal } from "@/lib/services/testing";
import { Worker } from "@/lib/worker/runner";

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

  it("lets one resize of a server run at a time, and settles on what the panel has when its answer is lost", async () => {
    const pool = await box();
    const server = await create(pool.id, "Shifty");
    await fx.runJobs();
    const resize = (memoryMb: number) =>
      resizeBoxServer(fx.db, { serverId: server.id, caller: fx.customer, name: "Shifty", request: { ...SIZE, memoryMb } });
    // Whichever takes the box's lock first runs; the other is told to wait (on PostgreSQL either may win).
    const results = await Promise.allSettled([resize(2048), resize(3072)]);
    const won = results.findIndex((result) => result.status === "fulfilled");
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results[1 - won]).toMatchObject({
      reason: { message: "This server is already being resized: try again in a moment." },
    });
    expect(onPanel(server.id)?.memory).toBe([2048, 3072][won]);
    expect((await listBoxServers(fx.db, pool.id))[0]).toMatchObject({ status: "active", memoryMb: [2048, 3072][won] });

    // The panel applies the change but the answer never arrives: the box counts what the panel has.
    fx.sim.faults.add({ method: "PATCH", path: "/build", action: { type: "lose_response" } });
    await expect(resize(4096)).rejects.toBeDefined();
    expect(onPanel(server.id)?.memory).toBe(4096);
    const [row] = await listBoxServers(fx.db, pool.id);
    expect(row).toMatchObject({ status: "active", memoryMb: 4096 });
    // A rename alone changes no size and reserves nothing.
    fx.sim.calls.clear();
    await resizeBoxServer(fx.db, { serverId: server.id, caller: fx.customer, name: "Renamed", request: { ...SIZE, memoryMb: 4096 } });
    expect(fx.sim.calls.list().some((call) => call.path.endsWith("/build"))).toBe(false);
    expect(onPanel(server.id)).toMatchObject({ name: "Renamed", memory: 4096 });
  });

  it("removes a server the panel finishes creating after the customer deleted it", async () => {
    const pool = await box();
    const server = await create(pool.id, "Too late");
    fx.sim.faults.add({ method: "POST", path: "/api/application/servers", action: { type: "latency", ms: 300 } });
    const creating = createBoxServerOnPanel(fx.db, server.id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The customer's delete claims the row while the panel is still creating the server.
    await updateBoxServer(fx.db, server.id, { status: "deleting" });
    await creating;
    expect(onPanel(server.id)).toBeUndefined();
  });

  it("keeps a server the panel did create when its creation is given up", async () => {
    const pool = await box();
    const server = await create(pool.id, "Lost answer");
    fx.sim.faults.add({ method: "POST", path: "/api/application/servers", action: { type: "lose_response" } });
    await expect(createBoxServerOnPanel(fx.db, server.id)).rejects.toBeDefined();
    expect(onPanel(server.id)).toBeDefined();
    await failBoxServer(fx.db, server.id, "Creation kept failing.");
    const [row] = await listBoxServers(fx.db, pool.id);
    expect(row).toMatchObject({ status: "active", panelServerId: expect.any(String) });
    expect(fx.sim.store.servers.filter((candidate) => candidate.externalId === server.id)).toHaveLength(1);
  });

  it("suspends a server created while its box was suspended, and never creates one in an ended box", async () => {
    const pool = await box();
    const server = await create(pool.id, "Queued");
    await suspendService(fx.db, { serviceId: pool.id, actor: SYSTEM, reason: "Unpaid." });
    await fx.runJobs();
    expect(onPanel(server.id)?.suspended).toBe(true);
    await unsuspendService(fx.db, { serviceId: pool.id, actor: SYSTEM });
    expect(onPanel(server.id)?.suspended).toBe(false);
    const later = await create(pool.id, "Never");
    await updateService(fx.db, pool.id, { status: "terminated" });
    await fx.runJobs();
    expect(onPanel(later.id)).toBeUndefined();
    expect((await listBoxServers(fx.db, pool.id)).find((row) => row.id === later.id)).toMatchObject({ status: "failed" });
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

  it("refuses to move a box to an offer on another panel", async () => {
    const pool = await box();
    const elsewhere = await createConnection(fx.db, {
      name: "Another panel",
      kind: flavor,
      hostname: fx.sim.url,
      port: 443,
      ipAddress: undefined,
      clientKey: fx.sim.keys.client,
      applicationKey: fx.sim.keys.application,
    });
    const foreign = await fx.createOffer({ type: "pterobox", name: "Foreign box", connectionId: elsewhere.id, maxServers: 5 });
    await expect(
      changeServicePlan(fx.db, { serviceId: pool.id, offerId: foreign.id, choices: {}, actor: SYSTEM }),
    ).rejects.toMatchObject({ message: "The new offer is on another panel: a service cannot move between panels." });
    expect((await getService(fx.db, pool.id))?.offerId).toBe(pool.offerId);
  });

  it("finishes a resize or a delete that a crash cut off", async () => {
    const pool = await box();
    const resized = await create(pool.id, "Half resized");
    const deleted = await create(pool.id, "Half deleted");
    await fx.runJobs();
    // The process died mid-way: one row holds a resize reservation, the other is marked for deletion.
    await updateBoxServer(fx.db, resized.id, { status: "resizing", memoryMb: 4096 });
    await updateBoxServer(fx.db, deleted.id, { status: "deleting" });
    expect(await reconcileBoxServers(fx.db)).toEqual({ released: 0, recovered: 0 });
    expect(await reconcileBoxServers(fx.db, { stuckAfterMs: 0 })).toEqual({ released: 0, recovered: 2 });
    expect(await listBoxServers(fx.db, pool.id)).toMatchObject([{ id: resized.id, status: "active", memoryMb: 1024 }]);
    expect(onPanel(deleted.id)).toBeUndefined();
  });

  it("notices a server deleted on the panel and gives its resources back", async () => {
    const pool = await box();
    const kept = await create(pool.id, "Kept");
    const gone = await create(pool.id, "Gone");
    await fx.runJobs();
    fx.sim.store.removeServer(onPanel(gone.id)!);
    expect(await reconcileBoxServers(fx.db)).toEqual({ released: 1, recovered: 0 });
    expect((await listBoxServers(fx.db, pool.id)).map((server) => server.id)).toEqual([kept.id]);
    expect(await reconcileBoxServers(fx.db)).toEqual({ released: 0, recovered: 0 });
    // A panel that does not answer is skipped, not fatal, and releases nothing.
    fx.sim.faults.add({ method: "GET", path: "^/api/application/servers$", times: 0, action: { type: "status", status: 503 } });
    expect(await reconcileBoxServers(fx.db)).toEqual({ released: 0, recovered: 0 });
    fx.sim.faults.clear();
    expect(await listBoxServers(fx.db, pool.id)).toHaveLength(1);

    // The worker runs it on its own, every RECONCILE_EVERY_MS.
    fx.sim.store.removeServer(onPanel(kept.id)!);
    const worker = new Worker(fx.db, fx.workerOptions({ reconcileEveryMs: 50 }));
    worker.start();
    try {
      await waitFor(async () => ((await listBoxServers(fx.db, pool.id)).length === 0 ? true : undefined));
    } finally {
      await worker.stop();
    }
    expect((await boxQuota(fx.db, pool)).used.memoryMb).toBe(0);
  });
});

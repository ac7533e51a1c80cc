import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password";
import { createBoxServer } from "@/lib/boxes/box-servers";
import { listBoxServers } from "@/lib/db/queries/box-servers";
import { getService } from "@/lib/db/queries/services";
import { createUser } from "@/lib/db/queries/users";
import { setupPortal } from "@/lib/services/testing";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));

vi.mock("@/lib/auth/guards", async () => {
  const { AppError } = await import("@/lib/errors");
  const assertUser = async () => {
    if (!session.user) throw new AppError("UNAUTHORIZED");

    return session.user;
  };

  return { getCurrentUser: async () => session.user, assertUser, assertAdmin: assertUser };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { GET: liveRoute } = await import("@/app/api/services/[serviceId]/live/route");
const { GET: statusRoute } = await import("@/app/api/services/[serviceId]/status/route");
const { GET: boxServerLiveRoute } = await import("@/app/api/servers/[serverId]/live/route");
const actions = await import("@/lib/actions/servers/server-actions");
const boxActions = await import("@/lib/actions/boxes/box-server-actions");

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);

  return data;
};

describe("a customer cannot see or touch another customer's server", () => {
  const fx = setupPortal("pterodactyl");
  let intruders = 0;
  const signInAsIntruder = async () => {
    intruders += 1;
    const intruder = await createUser(fx.db, {
      email: `intruder${intruders}@example.com`,
      firstName: "In",
      lastName: "Truder",
      passwordHash: await hashPassword("intruder pass 1"),
    });
    session.user = { ...intruder, passwordHash: undefined } as unknown as SessionUser;
  };

  it("answers 404 from every route handler and action, and changes nothing", async () => {
    const offer = await fx.createOffer({}, { eggs: ["Paper", "Vanilla Minecraft"] });
    const victimService = await fx.order({ offerId: offer.id, eggId: "1", choices: {}, environment: {} });
    await fx.runJobs();
    const before = await getService(fx.db, victimService.id);
    expect(before?.status).toBe("active");
    await signInAsIntruder();
    fx.sim.calls.clear();

    const params = { params: Promise.resolve({ serviceId: victimService.id }) };
    expect((await liveRoute(new Request("http://x"), params)).status).toBe(404);
    expect((await statusRoute(new Request("http://x"), params)).status).toBe(404);
    const attempts = [
      actions.sendPowerAction(undefined, form({ serviceId: victimService.id, signal: "stop" })),
      actions.renameServerAction(undefined, form({ serviceId: victimService.id, name: "Pwned" })),
      actions.reinstallServerAction(undefined, form({ serviceId: victimService.id })),
      actions.updateServerVariablesAction(
        undefined,
        form({ serviceId: victimService.id, "env:SERVER_JARFILE": "evil.jar" }),
      ),
    ];
    for (const result of await Promise.all(attempts))
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });

    expect(fx.sim.calls.list()).toEqual([]);
    expect(await getService(fx.db, victimService.id)).toEqual(before);
    const server = fx.sim.store.servers.find((candidate) => candidate.externalId === victimService.id)!;
    expect(server.name).toBe(before!.serverName);
    expect(server.environment.SERVER_JARFILE).toBe("server.jar");

    session.user = null;
    expect((await liveRoute(new Request("http://x"), params)).status).toBe(401);
    expect(
      await actions.sendPowerAction(undefined, form({ serviceId: victimService.id, signal: "stop" })),
    ).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
  });

  it("the same for a box and the servers in it", async () => {
    const offer = await fx.createOffer(
      { type: "pterobox", name: "Box", memoryMb: 4096, diskMb: 20_000, cpuPercent: 400, maxServers: 3, allocations: 3 },
      { eggs: ["Paper"] },
    );
    const box = await fx.order({ offerId: offer.id, choices: {}, environment: {} });
    await fx.runJobs();
    const server = await createBoxServer(fx.db, {
      boxId: box.id,
      caller: fx.customer,
      name: "Victim",
      eggId: "1",
      request: { memoryMb: 1024, diskMb: 2048, cpuPercent: 100, databases: 0, backups: 0, allocations: 1 },
      environment: {},
    });
    await fx.runJobs();
    const before = await listBoxServers(fx.db, box.id);
    expect(before.map((row) => row.status)).toEqual(["active"]);
    await signInAsIntruder();
    fx.sim.calls.clear();

    const serverParams = { params: Promise.resolve({ serverId: server.id }) };
    expect((await boxServerLiveRoute(new Request("http://x"), serverParams)).status).toBe(404);
    expect((await statusRoute(new Request("http://x"), { params: Promise.resolve({ serviceId: box.id }) })).status).toBe(404);
    const size = { memoryMb: "512", diskMb: "1024", cpuPercent: "50", databases: "0", backups: "0", allocations: "1" };
    const attempts = [
      actions.sendPowerAction(undefined, form({ boxServerId: server.id, signal: "stop" })),
      actions.renameServerAction(undefined, form({ boxServerId: server.id, name: "Pwned" })),
      actions.reinstallServerAction(undefined, form({ boxServerId: server.id })),
      boxActions.createBoxServerAction(undefined, form({ serviceId: box.id, name: "Squatter", eggId: "1", ...size })),
      boxActions.resizeBoxServerAction(undefined, form({ boxServerId: server.id, name: "Pwned", ...size })),
      boxActions.deleteBoxServerAction(undefined, form({ boxServerId: server.id })),
    ];
    for (const result of await Promise.all(attempts))
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });

    expect(fx.sim.calls.list()).toEqual([]);
    expect(await listBoxServers(fx.db, box.id)).toEqual(before);
    expect(fx.sim.store.servers.find((candidate) => candidate.externalId === server.id)).toMatchObject({
      name: "Victim",
      memory: 1024,
    });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getService, updateService } from "@/lib/db/queries/services";
import { SYSTEM } from "@/lib/services/audit";
import { suspendService } from "@/lib/services/lifecycle";
import { setupPortal } from "@/lib/services/testing";
import { getLiveState, resetLiveStateForTesting } from "@/lib/servers/live";
import { targetOfService } from "@/lib/servers/target";
import { reinstallServer, renameServer, sendPower, updateServerVariables } from "@/lib/servers/operations";
import { waitFor } from "@/lib/panels/testing";

describe("the customer's server operations (pterodactyl)", () => {
  const fx = setupPortal("pterodactyl");
  beforeEach(() => resetLiveStateForTesting());

  const delivered = async () => {
    const offer = await fx.createOffer(
      { startOnCompletion: false },
      { eggs: ["Paper", "Vanilla Minecraft"] },
    );
    const service = await fx.order({
      offerId: offer.id,
      eggId: "1",
      choices: {},
      environment: { SERVER_JARFILE: "custom.jar", MINECRAFT_VERSION: "1.20.4" },
    });
    await fx.runJobs();
    const fresh = (await getService(fx.db, service.id))!;

    return {
      service: fresh,
      server: fx.sim.store.servers.find((candidate) => candidate.externalId === service.id)!,
      caller: fx.customer,
    };
  };
  const live = async (serviceId: string) =>
    getLiveState(targetOfService((await getService(fx.db, serviceId))!), (await getPanelConnection(fx.db, fx.connection.id))!);

  it("reports installing, then offline, and one panel call serves many viewers at once", async () => {
    const { service } = await delivered();
    expect((await live(service.id)).state).toBe("installing");
    resetLiveStateForTesting();
    await waitFor(async () =>
      fx.sim.store.servers.find((s) => s.externalId === service.id)!.installDoneAt! <= Date.now()
        ? true
        : undefined,
    );
    fx.sim.calls.clear();
    const viewers = await Promise.all(Array.from({ length: 25 }, () => live(service.id)));
    expect(new Set(viewers.map((state) => state.state))).toEqual(new Set(["offline"]));
    expect(fx.sim.calls.list().filter((call) => call.path.endsWith("/resources"))).toHaveLength(1);
  });

  it("sends power signals, at most 5 a minute per customer", async () => {
    const { service, server, caller } = await delivered();
    server.installDoneAt = Date.now();
    await sendPower(fx.db, { ref: { serviceId: service.id }, caller, signal: "start" });
    expect(server.power.target).toBe("running");
    for (let i = 0; i < 4; i++) await sendPower(fx.db, { ref: { serviceId: service.id }, caller, signal: "kill" });
    await expect(sendPower(fx.db, { ref: { serviceId: service.id }, caller, signal: "start" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^You can send 5 power actions a minute\. Try again in \d+ seconds\.$/),
    });
    expect(fx.sim.calls.list().filter((call) => call.path.endsWith("/power"))).toHaveLength(5);
  });

  it("refuses power on a suspended service, with the reason", async () => {
    const { service, caller } = await delivered();
    await suspendService(fx.db, { serviceId: service.id, actor: SYSTEM, reason: "Unpaid invoice." });
    await expect(sendPower(fx.db, { ref: { serviceId: service.id }, caller, signal: "start" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This service is suspended. Unpaid invoice.",
    });
    expect((await live(service.id)).state).toBe("suspended");
  });

  it("renames on the panel too", async () => {
    const { service, server, caller } = await delivered();
    await renameServer(fx.db, { ref: { serviceId: service.id }, caller, name: "  Creative world " });
    expect(server.name).toBe("Creative world");
    expect(server.externalId).toBe(service.id);
    expect((await getService(fx.db, service.id))?.serverName).toBe("Creative world");
  });

  it("reinstalls with another egg, keeping the values the new egg has and accepts", async () => {
    const { service, server, caller } = await delivered();
    server.installDoneAt = Date.now();
    const vanilla = fx.sim.store.eggs.find((egg) => egg.name === "Vanilla Minecraft")!;
    await reinstallServer(fx.db, { ref: { serviceId: service.id }, caller, eggId: String(vanilla.id) });
    expect(server).toMatchObject({ eggId: vanilla.id, status: "installing" });
    expect(server.environment).toEqual({ SERVER_JARFILE: "custom.jar", VANILLA_VERSION: "latest" });
    expect(await getService(fx.db, service.id)).toMatchObject({
      eggId: String(vanilla.id),
      eggName: "Vanilla Minecraft",
      environment: { SERVER_JARFILE: "custom.jar" },
    });
    await expect(
      reinstallServer(fx.db, { ref: { serviceId: service.id }, caller, eggId: "999" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("changes editable variables after checking them with the egg's rules", async () => {
    const { service, server, caller } = await delivered();
    await expect(
      updateServerVariables(fx.db, {
        ref: { serviceId: service.id },
        caller,
        values: { SERVER_JARFILE: "not-a-jar.zip" },
      }),
    ).rejects.toMatchObject({
      fieldErrors: { "env:SERVER_JARFILE": ["The Server Jar File variable format is invalid."] },
    });
    expect(server.environment.SERVER_JARFILE).toBe("custom.jar");
    // BUILD_NUMBER is not editable by customers: a value for it is ignored.
    await updateServerVariables(fx.db, {
      ref: { serviceId: service.id },
      caller,
      values: { SERVER_JARFILE: "paper.jar", BUILD_NUMBER: "1" },
    });
    expect(server.environment).toMatchObject({
      SERVER_JARFILE: "paper.jar",
      BUILD_NUMBER: "latest",
      MINECRAFT_VERSION: "1.20.4",
    });
  });

  it("refuses everything while the server is not delivered", async () => {
    const offer = await fx.createOffer();
    const service = await fx.order({ offerId: offer.id, choices: {}, environment: {} });
    await expect(
      renameServer(fx.db, { ref: { serviceId: service.id }, caller: fx.customer, name: "x" }),
    ).rejects.toMatchObject({ message: "Your server is not ready yet." });
    await updateService(fx.db, service.id, { status: "failed" });
    expect((await live(service.id)).state).toBe("failed");
  });
});

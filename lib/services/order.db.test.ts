import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { getService } from "@/lib/db/queries/services";
import { createUser } from "@/lib/db/queries/users";
import { jobs, offerOptions, services } from "@/lib/db/schema";
import { SYSTEM } from "@/lib/services/audit";
import { importServer } from "@/lib/services/import-server";
import { setupPortal } from "@/lib/services/testing";

describe("ordering (pterodactyl)", () => {
  const fx = setupPortal("pterodactyl");
  const optionsOf = (offerId: string) =>
    fx.db.select().from(offerOptions).where(eq(offerOptions.offerId, offerId));
  const fivemOptions = [
    {
      kind: "resource" as const,
      key: "extra_memory",
      label: "Extra memory",
      config: {
        resource: "memory",
        control: "dropdown",
        values: [0, 1024, 2048],
        unitSize: 1024,
        unitPriceCents: 150,
      },
      position: 0,
    },
    {
      kind: "text" as const,
      key: "pterodactyl_custom_fivem_license",
      label: "FiveM license",
      config: { help: "", priceCents: 0 },
      position: 1,
    },
  ];

  it("checks egg variables against the egg's rules before anything is written or sent", async () => {
    const offer = await fx.createOffer({}, { eggs: ["FiveM"], options: fivemOptions });
    const licenseOption = (await optionsOf(offer.id)).find((o) => o.kind === "text");
    fx.sim.calls.clear();
    const missing = await fx
      .order({ offerId: offer.id, choices: { [licenseOption!.id]: "" }, environment: { MAX_PLAYERS: "99" } })
      .catch((err: unknown) => err);
    expect(missing).toMatchObject({
      code: "VALIDATION",
      fieldErrors: {
        [`option:${licenseOption!.id}`]: ["The FiveM License variable field is required."],
        "env:MAX_PLAYERS": ["The Max Players variable must be between 1 and 48."],
      },
    });
    expect(await fx.db.select().from(services)).toEqual([]);
    expect(await fx.db.select().from(jobs)).toEqual([]);
    expect(fx.sim.calls.list().filter((call) => call.method !== "GET")).toEqual([]);
  });

  it("refuses an option value the offer does not sell and an egg it does not have", async () => {
    const offer = await fx.createOffer({}, { eggs: ["FiveM", "Paper"], options: fivemOptions });
    const memory = (await optionsOf(offer.id)).find((o) => o.kind === "resource")!;
    await expect(
      fx.order({ offerId: offer.id, eggId: "999", choices: {}, environment: {} }),
    ).rejects.toMatchObject({ fieldErrors: { eggId: expect.any(Array) } });
    const paper = fx.sim.store.eggs.find((egg) => egg.name === "Paper")!;
    await expect(
      fx.order({
        offerId: offer.id,
        eggId: String(paper.id),
        choices: { [memory.id]: "4096" },
        environment: {},
      }),
    ).rejects.toMatchObject({
      fieldErrors: { [`option:${memory.id}`]: ["Choose one of 0, 1024, 2048 for extra memory."] },
    });
  });

  it("prices and delivers the chosen options, with the custom variable in the environment", async () => {
    const offer = await fx.createOffer({}, { eggs: ["FiveM"], options: fivemOptions });
    const rows = await optionsOf(offer.id);
    const memory = rows.find((o) => o.kind === "resource")!;
    const license = rows.find((o) => o.kind === "text")!;
    const service = await fx.order({
      offerId: offer.id,
      choices: { [memory.id]: "2048", [license.id]: "cfxk_abc" },
      environment: { MAX_PLAYERS: "10" },
    });
    expect(service).toMatchObject({ memoryMb: 4096, priceCents: 500 + 300 });
    await fx.runJobs();
    const server = fx.sim.store.servers.find((candidate) => candidate.externalId === service.id)!;
    expect(server.memory).toBe(4096);
    expect(server.environment).toMatchObject({
      FIVEM_LICENSE: "cfxk_abc",
      MAX_PLAYERS: "10",
      SERVER_HOSTNAME: "My new FXServer!",
    });
  });

  it("hides inactive offers from ordering", async () => {
    const offer = await fx.createOffer({ isActive: false });
    await expect(fx.order({ offerId: offer.id, choices: {}, environment: {} })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("imports a panel server for a customer: re-owned on the panel and linked by external id", async () => {
    const offer = await fx.createOffer();
    const other = await createUser(fx.db, {
      email: "importee@example.com",
      firstName: "Im",
      lastName: "Port",
      passwordHash: await hashPassword("x".repeat(12)),
    });
    const target = fx.sim.store.servers[10]!;
    const service = await importServer(fx.db, {
      connectionId: fx.connection.id,
      panelServerId: String(target.id),
      userId: other.id,
      offerId: offer.id,
      actor: SYSTEM,
    });
    expect(service).toMatchObject({
      status: "active",
      memoryMb: target.memory,
      serverName: target.name,
      panelIdentifier: target.identifier,
    });
    expect(target.externalId).toBe(service.id);
    expect(fx.sim.store.users.find((user) => user.id === target.ownerId)?.email).toBe("importee@example.com");
    await expect(
      importServer(fx.db, {
        connectionId: fx.connection.id,
        panelServerId: String(target.id),
        userId: other.id,
        offerId: offer.id,
        actor: SYSTEM,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: `This server already belongs to service #${service.number}.`,
    });
    expect((await getService(fx.db, service.id))?.status).toBe("active");
  });
});

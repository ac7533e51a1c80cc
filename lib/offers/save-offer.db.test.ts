import { describe, expect, it } from "vitest";
import { deletePanelConnectionRow } from "@/lib/db/queries/panel-connections";
import { getOffer } from "@/lib/db/queries/offers";
import { isForeignKeyViolation } from "@/lib/errors";
import { deleteOffer, saveOffer } from "@/lib/offers/save-offer";
import { setupPortal } from "@/lib/services/testing";
import { offerFormSchema } from "@/lib/validations/offer";

describe("saving offers (pterodactyl)", () => {
  const fx = setupPortal("pterodactyl");
  const form = (overrides: Record<string, unknown> = {}) =>
    offerFormSchema.parse({
      connectionId: fx.connection.id,
      name: "Rust 6 GB",
      price: "10.99",
      billingPeriod: "month",
      isActive: "on",
      locationId: "1",
      memoryMb: "6144",
      diskMb: "30720",
      io: "500",
      swapMb: "0",
      cpuPercent: "300",
      databases: "1",
      backups: "2",
      allocations: "1",
      eggs: ["3:4"],
      portVariables: ["RCON_PORT"],
      serverNameTemplate: "%product_name%",
      options: JSON.stringify([{ kind: "dedicated_ip", label: "Dedicated IP", config: { priceCents: 300 } }]),
      ...overrides,
    });

  it("reads the form: price in cents, checkboxes, options as JSON", () => {
    const input = form();
    expect(input).toMatchObject({
      price: 1099,
      isActive: true,
      dedicatedIp: false,
      options: [{ kind: "dedicated_ip" }],
    });
    expect(offerFormSchema.safeParse({ ...form(), price: "ten" }).success).toBe(false);
    const wide = offerFormSchema.safeParse({ connectionId: fx.connection.id, portRange: "30000-31500" });
    expect(wide.error?.issues.find((issue) => issue.path[0] === "portRange")?.message).toMatch(
      /more than 1000 ports/,
    );
  });

  it("saves an offer with its eggs (named from the panel) and options, and keeps option ids on update", async () => {
    const offer = await saveOffer(fx.db, form());
    const saved = (await getOffer(fx.db, offer.id))!;
    expect(saved).toMatchObject({
      type: "pterodactyl",
      priceCents: 1099,
      locationLabel: "fr (Gravelines, France)",
      portVariables: ["RCON_PORT"],
    });
    expect(saved.eggs.map((egg) => egg.name)).toEqual(["Rust"]);
    const optionId = saved.options[0]!.id;
    await saveOffer(
      fx.db,
      form({
        offerId: offer.id,
        options: JSON.stringify([
          { id: optionId, kind: "dedicated_ip", label: "Own IP", config: { priceCents: 500 } },
        ]),
      }),
    );
    const updated = (await getOffer(fx.db, offer.id))!;
    expect(updated.options).toMatchObject([{ id: optionId, label: "Own IP", config: { priceCents: 500 } }]);
  });

  it("refuses a location or egg the panel does not have, and a port variable an egg lacks", async () => {
    await expect(saveOffer(fx.db, form({ locationId: "999" }))).rejects.toMatchObject({
      fieldErrors: { locationId: [expect.stringMatching(/not on the panel/)] },
    });
    await expect(saveOffer(fx.db, form({ eggs: ["3:4", "1:1"] }))).rejects.toMatchObject({
      fieldErrors: { portVariables: ["RCON_PORT is not a variable of Paper."] },
    });
    await expect(saveOffer(fx.db, form({ eggs: ["9:99"] }))).rejects.toMatchObject({
      fieldErrors: { eggs: expect.any(Array) },
    });
  });

  it("refuses to delete an offer with services, and a connection with offers", async () => {
    const offer = await fx.createOffer();
    await fx.order({ offerId: offer.id, choices: {}, environment: {} });
    await expect(deleteOffer(fx.db, offer.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This offer has 1 service: hide it instead, so nobody can order it.",
    });
    await expect(deletePanelConnectionRow(fx.db, fx.connection.id)).rejects.toSatisfy(isForeignKeyViolation);
    const unused = await saveOffer(fx.db, form({ name: "Unused" }));
    await deleteOffer(fx.db, unused.id);
    expect(await getOffer(fx.db, unused.id)).toBeUndefined();
  });
});

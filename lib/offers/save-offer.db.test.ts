import { describe, expect, it } from "vitest";
import { z } from "zod";
import { deletePanelConnectionRow } from "@/lib/db/queries/panel-connections";
import { getOffer } from "@/lib/db/queries/offers";
import { isForeignKeyViolation } from "@/lib/errors";
import { deleteOffer, saveOffer } from "@/lib/offers/save-offer";
import { setupPortal } from "@/lib/services/testing";
import { offerFormSchema } from "@/lib/validations/offer";

describe("saving offers (pterodactyl)", () => {
  const fx = setupPortal("pterodactyl");
  const raw = (overrides: Record<string, unknown> = {}) => ({
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
  const form = (overrides: Record<string, unknown> = {}) => offerFormSchema.parse(raw(overrides));

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

  describe("PteroBox offers", () => {
    const boxForm = (overrides: Record<string, unknown> = {}) => ({
      offerType: "pterobox",
      connectionId: fx.connection.id,
      name: "Box 8 GB",
      price: "19.99",
      billingPeriod: "month",
      isActive: "on",
      locationId: "1",
      memoryGb: "8",
      diskGb: "50,5",
      cpuCores: "1.5",
      maxServers: "5",
      databases: "2",
      allocations: "10",
      backups: "3",
      io: "500",
      swapMb: "256",
      portRange: "30000-30100",
      eggs: ["1:1", "3:4"],
      serverNameTemplate: "%product_name% server",
      serverDescriptionTemplate: "Until %service_expiration%",
      // Not box fields: dropped.
      dedicatedIp: "on",
      portVariables: ["RCON_PORT"],
      options: JSON.stringify([
        {
          kind: "resource",
          label: "Extra servers",
          config: { resource: "servers", control: "dropdown", values: [0, 1, 2], unitPriceCents: 100 },
        },
      ]),
      ...overrides,
    });
    const fieldErrors = (input: Record<string, unknown>): Record<string, string[] | undefined> => {
      const parsed = offerFormSchema.safeParse(input);

      return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
    };

    it("saves totals typed in GB and cores as MB and CPU %, with the server count", async () => {
      const offer = await saveOffer(fx.db, offerFormSchema.parse(boxForm()));
      const saved = (await getOffer(fx.db, offer.id))!;
      expect(saved).toMatchObject({
        type: "pterobox",
        memoryMb: 8192,
        diskMb: 51_712,
        cpuPercent: 150,
        maxServers: 5,
        databases: 2,
        allocations: 10,
        backups: 3,
        swapMb: 256,
        portRange: "30000-30100",
        dedicatedIp: false,
        portVariables: [],
        serverDescriptionTemplate: "Until %service_expiration%",
      });
      expect(saved.eggs.map((egg) => egg.name)).toEqual(["Paper", "Rust"]);
      expect(saved.options).toMatchObject([{ key: "extra_servers" }]);
      // A server offer on the same panel still takes its type from the connection, with no server count.
      const plain = await saveOffer(fx.db, form());
      expect(await getOffer(fx.db, plain.id)).toMatchObject({ type: "pterodactyl", maxServers: 0 });
    });

    it("refuses zero totals and no servers, with the message on the field the form uses", () => {
      const errors = fieldErrors(boxForm({ memoryGb: "0", maxServers: "0", cpuCores: "lots", diskGb: "" }));
      expect(errors).toMatchObject({
        memoryGb: ["Memory must be more than 0 GB."],
        maxServers: ["Servers allowed must be at least 1."],
        cpuCores: ["CPU must be a number."],
        diskGb: ["Disk is required."],
      });
      expect(fieldErrors(boxForm({ allocations: "0" })).allocations?.[0]).toMatch(/at least 1/);
      expect(fieldErrors(boxForm({ allocations: "4" })).allocations?.[0]).toMatch(/each server needs one/);
      expect(fieldErrors(boxForm({ cpuCores: "0.001" })).cpuCores).toEqual(["CPU is too small."]);
    });

    it("refuses a dedicated IP option on a box, and extra servers on a server offer", () => {
      const dedicatedIp = JSON.stringify([
        { kind: "dedicated_ip", label: "Own IP", config: { priceCents: 300 } },
      ]);
      expect(fieldErrors(boxForm({ options: dedicatedIp })).options?.[0]).toMatch(
        /cannot sell a dedicated IP/,
      );
      expect(fieldErrors(raw({ options: boxForm().options })).options?.[0]).toMatch(
        /Extra servers only exist on PteroBox offers/,
      );
    });

    it("keeps an offer's kind once it has services", async () => {
      const offer = await fx.createOffer({ type: "pterodactyl" });
      await fx.order({ offerId: offer.id, choices: {}, environment: {} });
      await expect(
        saveOffer(fx.db, offerFormSchema.parse(boxForm({ offerId: offer.id, options: "[]" }))),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        message: "This offer has 1 service, so it cannot become a PteroBox: create a new offer instead.",
      });
      const unused = await saveOffer(fx.db, form({ name: "Unused" }));
      await saveOffer(fx.db, offerFormSchema.parse(boxForm({ offerId: unused.id, options: "[]" })));
      expect(await getOffer(fx.db, unused.id)).toMatchObject({ type: "pterobox", maxServers: 5 });
    });
  });
});

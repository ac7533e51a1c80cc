import { describe, expect, it } from "vitest";
import type { Offer, OfferOptionRow } from "@/lib/db/schema";
import { addBillingPeriod } from "@/lib/offers/billing";
import { configureOffer, resourceValues } from "@/lib/offers/configure";
import { parsePortSpec, toDeployPortRange } from "@/lib/offers/ports";
import { PREVIEW_VALUES, renderTemplate } from "@/lib/offers/templates";
import { envFromCustomKey, resourceOptionConfig } from "@/lib/validations/offer-option";

describe("renderTemplate", () => {
  it("replaces every known variable, leaves unknown ones, trims and cuts to the panel's limit", () => {
    expect(
      renderTemplate(" %product_name% for %owner_username% (#%service_id%, %unknown%) ", PREVIEW_VALUES),
    ).toBe("Minecraft 4 GB for Jane Doe (#2087, %unknown%)");
    expect(renderTemplate("%owner_email%-%order_id%-%service_expiration%", PREVIEW_VALUES)).toBe(
      "jane.doe@example.com-1042-2026-12-31",
    );
    expect(renderTemplate("x".repeat(300), PREVIEW_VALUES)).toHaveLength(191);
  });
});

describe("parsePortSpec", () => {
  it("reads single ports, ranges and comma lists", () => {
    const spec = parsePortSpec("30120, 30100-30200 ,25565");
    expect(spec.error).toBeUndefined();
    expect(toDeployPortRange(spec.ranges)).toEqual(["30120", "30100-30200", "25565"]);
    expect(parsePortSpec("").ranges).toEqual([]);
  });

  it.each([
    ["80", /between 1025 and 65535/],
    ["70000", /between 1025 and 65535/],
    ["30000-31000", /more than 1000 ports/],
    ["30200-30100", /lower port to the higher/],
    ["abc", /is not a port/],
  ])("refuses %s", (text, message) => {
    expect(parsePortSpec(text).error).toMatch(message);
  });

  it("accepts a range exactly 1000 ports wide", () => {
    expect(parsePortSpec("30000-30999").error).toBeUndefined();
  });
});

describe("addBillingPeriod", () => {
  it("adds calendar months, clamping to the month's last day", () => {
    expect(addBillingPeriod(new Date("2026-01-31T10:00:00Z"), "month").toISOString()).toBe(
      "2026-02-28T10:00:00.000Z",
    );
    expect(addBillingPeriod(new Date("2026-11-21T00:00:00Z"), "quarter").toISOString()).toBe(
      "2027-02-21T00:00:00.000Z",
    );
    expect(addBillingPeriod(new Date("2026-11-21T00:00:00Z"), "week").toISOString()).toBe(
      "2026-11-28T00:00:00.000Z",
    );
  });
});

const offer = {
  id: "o1",
  priceCents: 500,
  memoryMb: 2048,
  diskMb: 10240,
  swapMb: 0,
  io: 500,
  cpuPercent: 100,
  databases: 1,
  backups: 1,
  allocations: 1,
  dedicatedIp: false,
  locationId: "1",
  locationLabel: "fr",
} as Offer;

const option = (id: string, kind: OfferOptionRow["kind"], config: unknown, key = id): OfferOptionRow => ({
  id,
  offerId: "o1",
  kind,
  key,
  label: id,
  config,
  position: 0,
});

const OPTIONS = [
  option("mem", "resource", {
    resource: "memory",
    control: "slider",
    min: 0,
    max: 4096,
    step: 1024,
    unitSize: 1024,
    unitPriceCents: 200,
  }),
  option("db", "resource", {
    resource: "databases",
    control: "dropdown",
    values: [0, 2, 5],
    unitSize: 1,
    unitPriceCents: 50,
  }),
  option("loc", "location", {
    choices: [
      { locationId: "1", label: "fr", priceCents: 0 },
      { locationId: "2", label: "de", priceCents: 100 },
    ],
  }),
  option("ip", "dedicated_ip", { priceCents: 300 }),
  option("lic", "text", { help: "", priceCents: 0 }, "wisp_custom_fivem_license"),
];

describe("configureOffer", () => {
  it("adds the chosen amounts and prices to the offer", () => {
    const result = configureOffer(offer, OPTIONS, {
      mem: "2048",
      db: "5",
      loc: "2",
      ip: "on",
      lic: "cfxk_1",
    });
    expect(result.errors).toEqual({});
    expect(result.limits).toMatchObject({ memoryMb: 4096, databases: 6 });
    expect(result).toMatchObject({
      locationId: "2",
      locationLabel: "de",
      dedicatedIp: true,
      environment: { FIVEM_LICENSE: "cfxk_1" },
    });
    expect(result.priceCents).toBe(500 + 400 + 250 + 100 + 300);
  });

  it("takes each option's first value when nothing is chosen", () => {
    const result = configureOffer(offer, OPTIONS, {});
    expect(result.priceCents).toBe(500);
    expect(result.limits.memoryMb).toBe(2048);
    expect(result.chosen).toMatchObject({ mem: "0", db: "0", loc: "1", ip: "0" });
  });

  it("refuses values the option does not offer", () => {
    const result = configureOffer(offer, OPTIONS, { mem: "1000", loc: "9" });
    expect(Object.keys(result.errors).sort()).toEqual(["option:loc", "option:mem"]);
    expect(result.errors["option:mem"]).toBe("Choose one of 0, 1024, 2048, 3072, 4096 for mem.");
  });

  it("keeps unlimited swap unlimited", () => {
    const swap = [option("swap", "resource", { resource: "swap", control: "dropdown", values: [0, 512] })];
    expect(configureOffer({ ...offer, swapMb: -1 }, swap, { swap: "512" }).limits.swapMb).toBe(-1);
  });
});

describe("option configs", () => {
  it("checks sliders and dropdowns", () => {
    expect(
      resourceOptionConfig.safeParse({ resource: "memory", control: "slider", min: 0, max: 1000, step: 300 })
        .success,
    ).toBe(false);
    expect(
      resourceOptionConfig.safeParse({ resource: "memory", control: "dropdown", values: [1] }).success,
    ).toBe(false);
    expect(
      resourceValues(
        resourceOptionConfig.parse({ resource: "cpu", control: "slider", min: 0, max: 200, step: 50 }),
      ),
    ).toEqual([0, 50, 100, 150, 200]);
  });

  it("derives the egg variable from a custom key", () => {
    expect(envFromCustomKey("wisp_custom_fivem_license")).toBe("FIVEM_LICENSE");
    expect(envFromCustomKey("pterodactyl_custom_SERVER_HOSTNAME")).toBe("SERVER_HOSTNAME");
    expect(envFromCustomKey("custom_x")).toBeNull();
  });
});

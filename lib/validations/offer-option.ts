import { z } from "zod";

export const RESOURCES = [
  "memory",
  "disk",
  "swap",
  "io",
  "cpu",
  "databases",
  "allocations",
  "backups",
  "servers",
] as const;
export type Resource = (typeof RESOURCES)[number];

export const RESOURCE_INFO: Record<Resource, { label: string; unit: string }> = {
  memory: { label: "Extra memory", unit: "MB" },
  disk: { label: "Extra disk", unit: "MB" },
  swap: { label: "Extra swap", unit: "MB" },
  io: { label: "Extra IO weight", unit: "" },
  cpu: { label: "Extra CPU", unit: "%" },
  databases: { label: "Extra databases", unit: "" },
  allocations: { label: "Extra allocations", unit: "" },
  backups: { label: "Extra backups", unit: "" },
  servers: { label: "Extra servers", unit: "" },
};

const count = (label: string) =>
  z.coerce.number({ error: `${label} must be a number.` }).int(`${label} must be a whole number.`);
const cents = z.coerce
  .number({ error: "Price must be a number." })
  .int()
  .min(0, "Price cannot be negative.")
  .max(10_000_000);

/** A slider (min/max/step) or a dropdown (a list of values): the amount added, priced per unit. */
export const resourceOptionConfig = z
  .object({
    resource: z.enum(RESOURCES),
    control: z.enum(["slider", "dropdown"]),
    min: count("Minimum").min(0, "Minimum cannot be negative.").default(0),
    max: count("Maximum").min(0).default(0),
    step: count("Step").min(1, "Step must be at least 1.").default(1),
    values: z.array(count("Value").min(0, "Values cannot be negative.")).default([]),
    /** Price is per `unitSize` of the resource (e.g. per 1024 MB). */
    unitSize: count("Unit size").min(1, "Unit size must be at least 1.").default(1),
    unitPriceCents: cents.default(0),
  })
  .superRefine((option, ctx) => {
    if (option.control === "slider") {
      if (option.max <= option.min)
        ctx.addIssue({ code: "custom", path: ["max"], message: "Maximum must be greater than the minimum." });
      else if ((option.max - option.min) % option.step !== 0) {
        ctx.addIssue({
          code: "custom",
          path: ["step"],
          message: "The step must divide the range from minimum to maximum.",
        });
      }
    } else if (option.values.length < 2) {
      ctx.addIssue({ code: "custom", path: ["values"], message: "A dropdown needs at least two values." });
    }
  });

export const locationOptionConfig = z.object({
  choices: z
    .array(
      z.object({ locationId: z.string().min(1), label: z.string().min(1), priceCents: cents.default(0) }),
    )
    .min(1, "Pick at least one location."),
});

export const dedicatedIpOptionConfig = z.object({ priceCents: cents.default(0) });

export const textOptionConfig = z.object({
  help: z.string().max(300).default(""),
  priceCents: cents.default(0),
});

/** `pterodactyl_custom_fivem_license` / `wisp_custom_FIVEM_LICENSE` → `FIVEM_LICENSE`. */
export const CUSTOM_KEY = /^(pterodactyl|wisp)_custom_([A-Za-z0-9_]{1,191})$/;
export const envFromCustomKey = (key: string) => CUSTOM_KEY.exec(key)?.[2]?.toUpperCase() ?? null;

export const offerOptionSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("resource"),
    label: z.string().trim().min(1).max(100),
    config: resourceOptionConfig,
  }),
  z.object({
    kind: z.literal("location"),
    label: z.string().trim().min(1).max(100),
    config: locationOptionConfig,
  }),
  z.object({
    kind: z.literal("dedicated_ip"),
    label: z.string().trim().min(1).max(100),
    config: dedicatedIpOptionConfig,
  }),
  z.object({
    kind: z.literal("text"),
    label: z.string().trim().min(1).max(100),
    key: z
      .string()
      .trim()
      .regex(CUSTOM_KEY, "The key must look like pterodactyl_custom_<ENV> or wisp_custom_<ENV>."),
    config: textOptionConfig,
  }),
]);
export type OfferOptionInput = z.infer<typeof offerOptionSchema>;
export type ResourceOptionConfig = z.infer<typeof resourceOptionConfig>;
export type LocationOptionConfig = z.infer<typeof locationOptionConfig>;

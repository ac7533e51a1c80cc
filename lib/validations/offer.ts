import { z } from "zod";
import { billingPeriod } from "@/lib/db/schema";
import { parsePortSpec } from "@/lib/offers/ports";
import { offerOptionSchema } from "@/lib/validations/offer-option";

const int = (label: string, min: number, max: number, hint = "") =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}${hint}.`)
    .max(max, `${label} must be at most ${max}.`);

/**
 * A decimal typed in a bigger unit ("1.5" GB, "2,5" cores), stored as a whole number of `scale` smaller
 * units (MB, %): it must come out at least 1, so "0" and "0.0001" are refused.
 */
const decimal = (label: string, unit: string, max: number, scale: number) =>
  z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      const text = value.trim().replace(",", ".");

      // Not a number → NaN, which z.number() reports as "must be a number".
      return text === "" ? undefined : Number(text);
    },
    z
      .number({
        error: (issue) =>
          issue.input === undefined ? `${label} is required.` : `${label} must be a number.`,
      })
      .max(max, `${label} must be at most ${max} ${unit}.`)
      .superRefine((value, ctx) => {
        if (value <= 0) ctx.addIssue({ code: "custom", message: `${label} must be more than 0 ${unit}.` });
        else if (Math.round(value * scale) < 1)
          ctx.addIssue({ code: "custom", message: `${label} is too small.` });
      }),
  );

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** "4.99" → 499. */
const price = z
  .string({ error: "Price is required." })
  .trim()
  .regex(/^\d{1,7}([.,]\d{1,2})?$/, "Enter a price like 4.99.")
  .transform((value) => Math.round(Number(value.replace(",", ".")) * 100));

const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export const OFFER_KINDS = ["server", "pterobox"] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

const optionKey = (option: z.infer<typeof offerOptionSchema>) =>
  option.kind === "text"
    ? option.key
    : option.kind === "resource"
      ? `extra_${option.config.resource}`
      : option.kind;

/** Options arrive as JSON; a box sells extra servers but no dedicated IP, a server offer the reverse. */
const options = (kind: OfferKind) =>
  z
    .string()
    .default("[]")
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "The options could not be read." });

        return z.NEVER;
      }
    })
    .pipe(
      z.array(offerOptionSchema.and(z.object({ id: z.uuid().optional() }))).max(30, "At most 30 options."),
    )
    .superRefine((list, ctx) => {
      const keys = list.map(optionKey);
      const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
      if (duplicate)
        ctx.addIssue({ code: "custom", message: `Two options do the same thing (${duplicate}).` });
      if (kind === "pterobox" && keys.includes("dedicated_ip"))
        ctx.addIssue({
          code: "custom",
          message: "A PteroBox cannot sell a dedicated IP: remove that option.",
        });
      if (kind === "server" && keys.includes("extra_servers"))
        ctx.addIssue({
          code: "custom",
          message: "Extra servers only exist on PteroBox offers: remove that option.",
        });
    });

/** Fields both kinds share; for a box, io, swap, backup size and port range apply to each server. */
const shared = {
  offerId: z.uuid().optional(),
  connectionId: z.uuid("Choose a panel."),
  name: z
    .string({ error: "Name is required." })
    .trim()
    .min(1, "Name is required.")
    .max(100, "Name must be at most 100 characters."),
  description: z.string().trim().max(2000, "Description must be at most 2000 characters.").default(""),
  price,
  billingPeriod: z.enum(billingPeriod.enumValues, { error: "Choose a billing period." }),
  isActive: checkbox,
  locationId: z.string({ error: "Choose a location." }).trim().min(1, "Choose a location."),
  io: int("Block IO weight", 10, 1000),
  swapMb: int("Swap", -1, 10_000_000, " (−1 = unlimited)"),
  backupSizeMb: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    int("Backup size", 1, 100_000_000).nullable(),
  ),
  portRange: z
    .string()
    .trim()
    .max(500)
    .default("")
    .superRefine((value, ctx) => {
      const error = parsePortSpec(value).error;
      if (error) ctx.addIssue({ code: "custom", message: error });
    }),
  eggs: z.preprocess(list, z.array(z.string().regex(/^[^:]+:[^:]+$/)).min(1, "Choose at least one egg.")),
  serverNameTemplate: z.string().trim().min(1, "A server name template is required.").max(500),
  serverDescriptionTemplate: z.string().trim().max(1000).default(""),
  startOnCompletion: checkbox,
};

/** A Pterodactyl or Wisp server offer: limits per server in the panel's units (0 = unlimited). */
const serverOfferSchema = z
  .object({
    ...shared,
    offerType: z.literal("server").optional(),
    memoryMb: int("Memory", 0, 10_000_000, " MB (0 = unlimited)"),
    diskMb: int("Disk", 0, 100_000_000, " MB (0 = unlimited)"),
    cpuPercent: int("CPU", 0, 100_000, " % (0 = unlimited)"),
    databases: int("Databases", 0, 1000),
    backups: int("Backups", 0, 1000),
    allocations: int("Allocations", 0, 1000),
    dedicatedIp: checkbox,
    portVariables: z
      .preprocess(list, z.array(z.string().regex(/^\w{1,191}$/, "Not a variable name.")))
      .default([]),
    options: options("server"),
  })
  .transform((offer): OfferFormInput => ({ ...offer, offerType: "server", maxServers: 0 }));

/** A PteroBox: totals in GB and cores, none unlimited; customers split them into servers. */
const boxOfferSchema = z
  .object({
    ...shared,
    offerType: z.literal("pterobox"),
    memoryGb: decimal("Memory", "GB", 10_000, 1024),
    diskGb: decimal("Disk", "GB", 100_000, 1024),
    cpuCores: decimal("CPU", "cores", 1000, 100),
    maxServers: int("Servers allowed", 1, 1000),
    databases: int("Databases", 0, 1000),
    backups: int("Backups", 0, 1000),
    allocations: int("Allocations", 1, 1000),
    options: options("pterobox"),
  })
  .superRefine((box, ctx) => {
    if (box.allocations < box.maxServers)
      ctx.addIssue({
        code: "custom",
        path: ["allocations"],
        message: "Allocations must be at least the number of servers allowed: each server needs one.",
      });
  })
  .transform(({ memoryGb, diskGb, cpuCores, ...box }): OfferFormInput => ({
    ...box,
    memoryMb: Math.round(memoryGb * 1024),
    diskMb: Math.round(diskGb * 1024),
    cpuPercent: Math.round(cpuCores * 100),
    dedicatedIp: false,
    portVariables: [],
  }));

/**
 * The offer form. `offerType` picks the kind ("server" when absent); both kinds parse to the same
 * shape, in MB and CPU %, so `saveOffer` has one input. Eggs arrive as `nestId:eggId`, options as JSON.
 */
export const offerFormSchema = z.discriminatedUnion("offerType", [serverOfferSchema, boxOfferSchema], {
  error: "Unknown offer type.",
});

/** What the form parses to: a box's totals are in memoryMb/diskMb/cpuPercent, its server count in maxServers. */
export type OfferFormInput = {
  offerType: OfferKind;
  offerId?: string;
  connectionId: string;
  name: string;
  description: string;
  price: number;
  billingPeriod: (typeof billingPeriod.enumValues)[number];
  isActive: boolean;
  locationId: string;
  memoryMb: number;
  diskMb: number;
  io: number;
  swapMb: number;
  cpuPercent: number;
  databases: number;
  backups: number;
  backupSizeMb: number | null;
  allocations: number;
  maxServers: number;
  dedicatedIp: boolean;
  portRange: string;
  portVariables: string[];
  eggs: string[];
  serverNameTemplate: string;
  serverDescriptionTemplate: string;
  startOnCompletion: boolean;
  options: Array<z.infer<typeof offerOptionSchema> & { id?: string }>;
};
export const offerRefSchema = z.object({ offerId: z.uuid("Unknown offer.") });

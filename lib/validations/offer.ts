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

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** "4.99" → 499. */
const price = z
  .string({ error: "Price is required." })
  .trim()
  .regex(/^\d{1,7}([.,]\d{1,2})?$/, "Enter a price like 4.99.")
  .transform((value) => Math.round(Number(value.replace(",", ".")) * 100));

const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The offer form (Pterodactyl and Wisp offers). Eggs arrive as `nestId:eggId`, options as JSON. */
export const offerFormSchema = z
  .object({
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
    memoryMb: int("Memory", 0, 10_000_000, " MB (0 = unlimited)"),
    diskMb: int("Disk", 0, 100_000_000, " MB (0 = unlimited)"),
    io: int("Block IO weight", 10, 1000),
    swapMb: int("Swap", -1, 10_000_000, " (−1 = unlimited)"),
    cpuPercent: int("CPU", 0, 100_000, " % (0 = unlimited)"),
    databases: int("Databases", 0, 1000),
    backups: int("Backups", 0, 1000),
    backupSizeMb: z.preprocess(
      (value) => (value === "" || value === undefined ? null : value),
      int("Backup size", 1, 100_000_000).nullable(),
    ),
    allocations: int("Allocations", 0, 1000),
    dedicatedIp: checkbox,
    portRange: z
      .string()
      .trim()
      .max(500)
      .default("")
      .superRefine((value, ctx) => {
        const error = parsePortSpec(value).error;
        if (error) ctx.addIssue({ code: "custom", message: error });
      }),
    portVariables: z
      .preprocess(list, z.array(z.string().regex(/^\w{1,191}$/, "Not a variable name.")))
      .default([]),
    eggs: z.preprocess(list, z.array(z.string().regex(/^[^:]+:[^:]+$/)).min(1, "Choose at least one egg.")),
    serverNameTemplate: z.string().trim().min(1, "A server name template is required.").max(500),
    serverDescriptionTemplate: z.string().trim().max(1000).default(""),
    startOnCompletion: checkbox,
    options: z
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
      ),
  })
  .superRefine((offer, ctx) => {
    const keys = offer.options.map((option) =>
      option.kind === "text"
        ? option.key
        : option.kind === "resource"
          ? `extra_${option.config.resource}`
          : option.kind,
    );
    const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
    if (duplicate)
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `Two options do the same thing (${duplicate}).`,
      });
  });

export type OfferFormInput = z.infer<typeof offerFormSchema>;
export const offerRefSchema = z.object({ offerId: z.uuid("Unknown offer.") });

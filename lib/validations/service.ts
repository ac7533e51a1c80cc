import { z } from "zod";
import { SERVICE_STATUSES } from "@/lib/services/status";

export const serviceRefSchema = z.object({ serviceId: z.uuid("Unknown service.") });

export const suspendSchema = serviceRefSchema.extend({
  reason: z
    .string()
    .trim()
    .max(300, "Keep the reason under 300 characters.")
    .default("")
    .transform((value) => value || "Suspended by an administrator."),
});

export const terminateSchema = serviceRefSchema.extend({
  reason: z
    .string()
    .trim()
    .max(300)
    .default("")
    .transform((value) => value || "Terminated by an administrator."),
});

/** Option choices arrive as `option:<id>` fields. */
export const choicesFrom = (formData: FormData) => {
  const choices: Record<string, string> = {};
  for (const [key, value] of formData)
    if (key.startsWith("option:") && typeof value === "string") choices[key.slice(7)] = value;

  return choices;
};

export const changePlanSchema = serviceRefSchema.extend({ offerId: z.uuid("Choose an offer.") });

export const importServerSchema = z.object({
  connectionId: z.uuid(),
  panelServerId: z.string({ error: "Choose a server." }).trim().min(1, "Choose a server."),
  customerEmail: z
    .string({ error: "Enter the customer's email." })
    .trim()
    .min(1, "Enter the customer's email.")
    .max(191),
  offerId: z.uuid("Choose an offer."),
});

export const serviceListSchema = z.object({
  status: z.enum(SERVICE_STATUSES).optional().catch(undefined),
  connection: z.uuid().optional().catch(undefined),
});

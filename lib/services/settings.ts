import { inArray } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { settings } from "@/lib/db/schema";

export const settingsSchema = z.object({
  /** Days after expiry before a service is suspended. */
  expiryGraceDays: z.coerce
    .number()
    .int()
    .min(0, "Grace must be 0 days or more.")
    .max(365, "Grace must be at most 365 days."),
  /** Days a service stays suspended after expiry before it is terminated (its server deleted). */
  terminateAfterDays: z.coerce
    .number()
    .int()
    .min(1, "Keep suspended services at least 1 day.")
    .max(365, "At most 365 days."),
});
export type PortalSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: PortalSettings = { expiryGraceDays: 1, terminateAfterDays: 7 };

export const getSettings = async (db: DbOrTx): Promise<PortalSettings> => {
  const rows = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, Object.keys(DEFAULT_SETTINGS)));
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });

  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
};

export const saveSettings = async (db: DbOrTx, values: PortalSettings) => {
  for (const [key, value] of Object.entries(values)) {
    await db
      .insert(settings)
      .values({ key, value })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
  }
};

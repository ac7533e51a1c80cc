"use server";

import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { saveSettings, settingsSchema } from "@/lib/services/settings";

// Admins: the expiry policy's grace and suspension periods.
export const saveSettingsAction = createAction({
  access: "admin",
  schema: settingsSchema,
  handler: async ({ input }) => {
    await saveSettings(await getDb(), input);

    return { message: "Settings saved." };
  },
});

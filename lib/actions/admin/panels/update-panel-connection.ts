"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { updateConnection } from "@/lib/panels/connections";
import { panelConnectionSchema } from "@/lib/validations/panel-connection";

// Admins: changes a panel connection; keys left blank stay as they are.
export const updatePanelConnectionAction = createAction({
  access: "admin",
  schema: panelConnectionSchema({ requireKeys: false }).and(z.object({ connectionId: z.uuid() })),
  handler: async ({ input }) => {
    const connection = await updateConnection(await getDb(), input.connectionId, input);
    revalidatePath("/admin/panels");
    redirect(`/admin/panels/${connection.id}?saved=1`);
  },
});

"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { createConnection } from "@/lib/panels/connections";
import { panelConnectionSchema } from "@/lib/validations/panel-connection";

// Admins: saves a new panel connection (keys encrypted), then opens its page to test it.
export const createPanelConnectionAction = createAction({
  access: "admin",
  schema: panelConnectionSchema({ requireKeys: true }),
  handler: async ({ input }) => {
    const connection = await createConnection(await getDb(), input);
    redirect(`/admin/panels/${connection.id}?created=1`);
  },
});

"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { AppError } from "@/lib/errors";
import { getPanelCatalog } from "@/lib/panels/catalog";
import { connectionRefSchema } from "@/lib/validations/connection-ref";

// Admins: reads locations, nodes and eggs from the panel again and replaces the cached copy.
export const refreshPanelCatalogAction = createAction({
  access: "admin",
  schema: connectionRefSchema,
  handler: async ({ input }) => {
    const db = await getDb();
    const connection = await getPanelConnection(db, input.connectionId);
    if (!connection) throw new AppError("NOT_FOUND", "This panel connection no longer exists.");
    const catalog = await getPanelCatalog(db, connection, { refresh: true });
    revalidatePath(`/admin/panels/${connection.id}`);
    const eggs = catalog.nests.reduce((sum, nest) => sum + nest.eggs.length, 0);

    return {
      message: `Refreshed: ${catalog.locations.length} locations, ${catalog.nodes.length} nodes, ${eggs} eggs.`,
    };
  },
});

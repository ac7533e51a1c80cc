"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { deletePanelConnectionRow, getPanelConnection } from "@/lib/db/queries/panel-connections";
import { AppError, isForeignKeyViolation } from "@/lib/errors";
import { connectionRefSchema } from "@/lib/validations/connection-ref";

// Admins: removes a panel connection, refused while offers or services still use it.
export const deletePanelConnectionAction = createAction({
  access: "admin",
  schema: connectionRefSchema,
  handler: async ({ input }) => {
    const db = await getDb();
    const connection = await getPanelConnection(db, input.connectionId);
    if (!connection) throw new AppError("NOT_FOUND", "This panel connection no longer exists.");
    try {
      await deletePanelConnectionRow(db, connection.id);
    } catch (err) {
      if (!isForeignKeyViolation(err)) throw err;
      throw new AppError(
        "CONFLICT",
        `“${connection.name}” is still used by offers or services. Move or delete them first; nothing was deleted.`,
      );
    }
    revalidatePath("/admin/panels");
    redirect(`/admin/panels?deleted=${encodeURIComponent(connection.name)}`);
  },
});

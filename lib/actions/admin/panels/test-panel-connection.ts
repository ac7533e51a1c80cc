"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { AppError } from "@/lib/errors";
import { testConnection } from "@/lib/panels/connections";
import type { ConnectionCheck } from "@/lib/panels/types";
import { connectionRefSchema } from "@/lib/validations/connection-ref";

// Admins: runs every check against the panel (reach, key permissions, client key) and keeps the result.
export const testPanelConnectionAction = createAction<typeof connectionRefSchema, "admin", ConnectionCheck[]>(
  {
    access: "admin",
    schema: connectionRefSchema,
    handler: async ({ input }) => {
      const db = await getDb();
      const connection = await getPanelConnection(db, input.connectionId);
      if (!connection) throw new AppError("NOT_FOUND", "This panel connection no longer exists.");
      const checks = await testConnection(db, connection);
      revalidatePath(`/admin/panels/${connection.id}`);
      revalidatePath("/admin/panels");

      return {
        data: checks,
        message: checks.every((check) => check.ok) ? "Every check passed." : "Some checks failed.",
      };
    },
  },
);

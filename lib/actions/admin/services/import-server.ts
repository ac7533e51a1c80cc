"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { getUserByEmail } from "@/lib/db/queries/users";
import { fieldError } from "@/lib/errors";
import { actorOf } from "@/lib/services/audit";
import { importServer } from "@/lib/services/import-server";
import { importServerSchema } from "@/lib/validations/service";

// Admins: takes over an existing panel server for a customer and an offer.
export const importServerAction = createAction({
  access: "admin",
  schema: importServerSchema,
  handler: async ({ input, user }) => {
    const db = await getDb();
    const customer = await getUserByEmail(db, input.customerEmail);
    if (!customer) throw fieldError("customerEmail", "No account has this email.");
    const service = await importServer(db, {
      connectionId: input.connectionId,
      panelServerId: input.panelServerId,
      userId: customer.id,
      offerId: input.offerId,
      actor: actorOf(user),
    });
    redirect(`/admin/services/${service.id}?imported=1`);
  },
});

"use server";

import { createAction } from "@/lib/actions/create-action";
import { revalidateService } from "@/lib/actions/admin/services/service-actions";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/services/audit";
import { suspendService, unsuspendService } from "@/lib/services/lifecycle";
import { serviceRefSchema, suspendSchema } from "@/lib/validations/service";

// Admins: suspends a service on the panel (idempotent), with the reason customers will see.
export const suspendServiceAction = createAction({
  access: "admin",
  schema: suspendSchema,
  handler: async ({ input, user }) => {
    await suspendService(await getDb(), {
      serviceId: input.serviceId,
      actor: actorOf(user),
      reason: input.reason,
    });
    revalidateService(input.serviceId);

    return { message: "Suspended." };
  },
});

// Admins: lifts a suspension on the panel (idempotent).
export const unsuspendServiceAction = createAction({
  access: "admin",
  schema: serviceRefSchema,
  handler: async ({ input, user }) => {
    await unsuspendService(await getDb(), { serviceId: input.serviceId, actor: actorOf(user) });
    revalidateService(input.serviceId);

    return { message: "Unsuspended." };
  },
});

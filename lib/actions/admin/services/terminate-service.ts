"use server";

import { createAction } from "@/lib/actions/create-action";
import { revalidateService } from "@/lib/actions/admin/services/service-actions";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/services/audit";
import { renewService, terminateService } from "@/lib/services/lifecycle";
import { serviceRefSchema, terminateSchema } from "@/lib/validations/service";

// Admins: ends a service and deletes its panel server (retried in the background if the panel is down).
export const terminateServiceAction = createAction({
  access: "admin",
  schema: terminateSchema,
  handler: async ({ input, user }) => {
    await terminateService(await getDb(), {
      serviceId: input.serviceId,
      actor: actorOf(user),
      reason: input.reason,
    });
    revalidateService(input.serviceId);

    return { message: "Terminated." };
  },
});

// Admins: extends a service by one billing period; unsuspends it and refreshes its name on the panel.
export const renewServiceAction = createAction({
  access: "admin",
  schema: serviceRefSchema,
  handler: async ({ input, user }) => {
    const service = await renewService(await getDb(), { serviceId: input.serviceId, actor: actorOf(user) });
    revalidateService(input.serviceId);

    return { message: `Renewed until ${service?.expiresAt.toISOString().slice(0, 10)}.` };
  },
});

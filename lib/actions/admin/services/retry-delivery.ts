"use server";

import { createAction } from "@/lib/actions/create-action";
import { revalidateService } from "@/lib/actions/admin/services/service-actions";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/services/audit";
import { retryDelivery } from "@/lib/services/retry-delivery";
import { serviceRefSchema } from "@/lib/validations/service";

// Admins: "Retry now" for a delivery that failed or is waiting.
export const retryDeliveryAction = createAction({
  access: "admin",
  schema: serviceRefSchema,
  handler: async ({ input, user }) => {
    await retryDelivery(await getDb(), { serviceId: input.serviceId, actor: actorOf(user) });
    revalidateService(input.serviceId);

    return { message: "Delivery queued: the worker is on it." };
  },
});

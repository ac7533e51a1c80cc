"use server";

import { createAction } from "@/lib/actions/create-action";
import { revalidateService } from "@/lib/actions/admin/services/service-actions";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/services/audit";
import { changeServicePlan } from "@/lib/services/change-plan";
import { changePlanSchema, choicesFrom } from "@/lib/validations/service";

// Admins: moves a live service to another offer or other options; the panel gets the new limits.
export const changePlanAction = createAction({
  access: "admin",
  schema: changePlanSchema,
  handler: async ({ input, user, formData }) => {
    await changeServicePlan(await getDb(), {
      serviceId: input.serviceId,
      offerId: input.offerId,
      choices: choicesFrom(formData),
      actor: actorOf(user),
    });
    revalidateService(input.serviceId);

    return { message: "Plan changed: the panel has the new limits." };
  },
});

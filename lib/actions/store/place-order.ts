"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/services/audit";
import { placeOrder } from "@/lib/services/place-order";
import { environmentFrom } from "@/lib/validations/server";
import { choicesFrom } from "@/lib/validations/service";

// Customers: orders an offer; the service is created at once and delivered in the background.
export const placeOrderAction = createAction({
  access: "user",
  schema: z.object({ offerId: z.uuid("This offer does not exist."), eggId: z.string().optional() }),
  handler: async ({ input, user, formData }) => {
    const service = await placeOrder(
      await getDb(),
      user,
      {
        offerId: input.offerId,
        eggId: input.eggId,
        choices: choicesFrom(formData),
        environment: environmentFrom(formData),
      },
      actorOf(user),
    );
    redirect(`/services/${service.id}?ordered=1`);
  },
});

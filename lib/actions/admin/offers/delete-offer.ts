"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { deleteOffer } from "@/lib/offers/save-offer";
import { offerRefSchema } from "@/lib/validations/offer";

// Admins: deletes an offer that no service uses (otherwise it can only be hidden).
export const deleteOfferAction = createAction({
  access: "admin",
  schema: offerRefSchema,
  handler: async ({ input }) => {
    await deleteOffer(await getDb(), input.offerId);
    revalidatePath("/admin/offers");
    revalidatePath("/offers");
    redirect("/admin/offers?deleted=1");
  },
});

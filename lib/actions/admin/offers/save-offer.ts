"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { saveOffer } from "@/lib/offers/save-offer";
import { offerFormSchema } from "@/lib/validations/offer";

// Admins: creates or updates a Pterodactyl/Wisp offer or a PteroBox, checked against the panel's catalogue.
export const saveOfferAction = createAction({
  access: "admin",
  schema: offerFormSchema,
  handler: async ({ input }) => {
    const offer = await saveOffer(await getDb(), input);
    revalidatePath("/admin/offers");
    revalidatePath("/offers");
    redirect(`/admin/offers/${offer.id}?saved=1`);
  },
});

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { setOfferActive } from "@/lib/db/queries/offers";
import { AppError } from "@/lib/errors";

// Admins: puts an offer on sale or hides it; services of a hidden offer keep running.
export const setOfferVisibilityAction = createAction({
  access: "admin",
  schema: z.object({ offerId: z.uuid(), isActive: z.enum(["true", "false"]) }),
  handler: async ({ input }) => {
    const isActive = input.isActive === "true";
    if (!(await setOfferActive(await getDb(), input.offerId, isActive)))
      throw new AppError("NOT_FOUND", "This offer no longer exists.");
    revalidatePath("/admin/offers");
    revalidatePath(`/admin/offers/${input.offerId}`);
    revalidatePath("/offers");

    return { message: isActive ? "The offer is on sale." : "The offer is hidden: nobody can order it." };
  },
});

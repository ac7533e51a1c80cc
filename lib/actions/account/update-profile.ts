"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { updateUserNames } from "@/lib/db/queries/users";
import { namesSchema } from "@/lib/validations/auth";

// Lets a signed-in user correct their first and last name.
export const updateProfileAction = createAction({
  access: "user",
  schema: namesSchema,
  handler: async ({ input, user }) => {
    await updateUserNames(await getDb(), { id: user.id, ...input });
    revalidatePath("/", "layout");

    return { message: "Your name has been saved." };
  },
});

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { createBoxServer, deleteBoxServer, resizeBoxServer } from "@/lib/boxes/box-servers";
import { sizeOf } from "@/lib/boxes/quota";
import { getDb } from "@/lib/db/client";
import { environmentFrom } from "@/lib/validations/server";
import { boxServerRefSchema, createBoxServerSchema, resizeBoxServerSchema } from "@/lib/validations/box-server";

// Customers: creates a server in their box, within what is left; it appears at once as "creating".
export const createBoxServerAction = createAction({
  access: "user",
  schema: createBoxServerSchema,
  handler: async ({ input, user, formData }) => {
    await createBoxServer(await getDb(), { boxId: input.serviceId, caller: user, name: input.name, eggId: input.eggId, request: sizeOf(input), environment: environmentFrom(formData) });
    revalidatePath(`/services/${input.serviceId}`);
    redirect(`/services/${input.serviceId}?created=1`);
  },
});

// Customers: resizes and renames a server of their box, within what is left.
export const resizeBoxServerAction = createAction({
  access: "user",
  schema: resizeBoxServerSchema,
  handler: async ({ input, user }) => {
    const { boxId } = await resizeBoxServer(await getDb(), { serverId: input.boxServerId, caller: user, name: input.name, request: sizeOf(input) });
    revalidatePath(`/services/${boxId}`);

    return { message: "Saved: the panel has the new size." };
  },
});

// Customers: deletes a server of their box; its resources return to the box.
export const deleteBoxServerAction = createAction({
  access: "user",
  schema: boxServerRefSchema,
  handler: async ({ input, user }) => {
    const { boxId } = await deleteBoxServer(await getDb(), { serverId: input.boxServerId, caller: user });
    revalidatePath(`/services/${boxId}`);
    redirect(`/services/${boxId}?deleted=1`);
  },
});

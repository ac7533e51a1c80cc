"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { reinstallServer, renameServer, sendPower, updateServerVariables } from "@/lib/servers/operations";
import { environmentFrom, powerSchema, reinstallSchema, renameSchema } from "@/lib/validations/server";
import { serviceRefSchema } from "@/lib/validations/service";

const refresh = (serviceId: string) => revalidatePath(`/services/${serviceId}`);

const POWER_WORDS = { start: "Starting", stop: "Stopping", restart: "Restarting", kill: "Killed" } as const;

// Customers: sends start/stop/restart/kill to their own server (5 a minute).
export const sendPowerAction = createAction({
  access: "user",
  schema: powerSchema,
  handler: async ({ input, user }) => {
    await sendPower(await getDb(), { serviceId: input.serviceId, caller: user, signal: input.signal });

    return { message: `${POWER_WORDS[input.signal]}…` };
  },
});

// Customers: renames their server, on the panel too.
export const renameServerAction = createAction({
  access: "user",
  schema: renameSchema,
  handler: async ({ input, user }) => {
    await renameServer(await getDb(), { serviceId: input.serviceId, caller: user, name: input.name });
    refresh(input.serviceId);

    return { message: "Renamed." };
  },
});

// Customers: reinstalls their server, optionally with another game of their offer. Erases every file.
export const reinstallServerAction = createAction({
  access: "user",
  schema: reinstallSchema,
  handler: async ({ input, user }) => {
    await reinstallServer(await getDb(), {
      serviceId: input.serviceId,
      caller: user,
      eggId: input.eggId || undefined,
    });
    refresh(input.serviceId);

    return { message: "Reinstalling: your server is being set up again." };
  },
});

// Customers: changes the server settings (egg variables) they are allowed to edit.
export const updateServerVariablesAction = createAction({
  access: "user",
  schema: serviceRefSchema,
  handler: async ({ input, user, formData }) => {
    await updateServerVariables(await getDb(), {
      serviceId: input.serviceId,
      caller: user,
      values: environmentFrom(formData),
    });
    refresh(input.serviceId);

    return { message: "Saved. Restart the server for the change to take effect." };
  },
});

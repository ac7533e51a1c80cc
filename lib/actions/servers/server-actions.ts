"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { getDb } from "@/lib/db/client";
import { reinstallServer, renameServer, sendPower, updateServerVariables } from "@/lib/servers/operations";
import { environmentFrom, powerSchema, refOf, reinstallSchema, renameSchema, serverRefSchema } from "@/lib/validations/server";

const refresh = (ref: { serviceId?: string; boxServerId?: string }) =>
  revalidatePath(ref.boxServerId ? `/servers/${ref.boxServerId}` : `/services/${ref.serviceId}`);

const POWER_WORDS = { start: "Starting", stop: "Stopping", restart: "Restarting", kill: "Killed" } as const;

// Customers: sends start/stop/restart/kill to one of their servers (5 a minute).
export const sendPowerAction = createAction({
  access: "user",
  schema: powerSchema,
  handler: async ({ input, user }) => {
    await sendPower(await getDb(), { ref: refOf(input), caller: user, signal: input.signal });

    return { message: `${POWER_WORDS[input.signal]}…` };
  },
});

// Customers: renames one of their servers, on the panel too.
export const renameServerAction = createAction({
  access: "user",
  schema: renameSchema,
  handler: async ({ input, user }) => {
    await renameServer(await getDb(), { ref: refOf(input), caller: user, name: input.name });
    refresh(input);

    return { message: "Renamed." };
  },
});

// Customers: reinstalls one of their servers, optionally with another game of their offer. Erases every file.
export const reinstallServerAction = createAction({
  access: "user",
  schema: reinstallSchema,
  handler: async ({ input, user }) => {
    await reinstallServer(await getDb(), { ref: refOf(input), caller: user, eggId: input.eggId || undefined });
    refresh(input);

    return { message: "Reinstalling: your server is being set up again." };
  },
});

// Customers: changes the server settings (egg variables) they are allowed to edit.
export const updateServerVariablesAction = createAction({
  access: "user",
  schema: serverRefSchema,
  handler: async ({ input, user, formData }) => {
    await updateServerVariables(await getDb(), { ref: refOf(input), caller: user, values: environmentFrom(formData) });
    refresh(input);

    return { message: "Saved. Restart the server for the change to take effect." };
  },
});

"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { signIn } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { completeSetup, isSetupComplete } from "@/lib/db/queries/instance-setup";
import { AppError } from "@/lib/errors";
import { registerSchema } from "@/lib/validations/auth";

// First run only: the first visitor creates the admin account; afterwards this always refuses.
export const completeSetupAction = createAction({
  access: "public",
  schema: registerSchema,
  handler: async ({ input }) => {
    const db = await getDb();
    if (await isSetupComplete(db)) throw new AppError("CONFLICT", "This portal is already set up.");
    const { password, ...profile } = input;
    await completeSetup(db, { ...profile, passwordHash: await hashPassword(password) });
    await signIn("credentials", { email: input.email, password, redirect: false });
    redirect("/admin");
  },
});

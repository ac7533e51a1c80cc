"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { signIn } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/db/queries/users";
import { registerSchema } from "@/lib/validations/auth";

// Lets a visitor open a customer account, then signs them in.
export const registerAction = createAction({
  access: "public",
  schema: registerSchema,
  handler: async ({ input }) => {
    const { password, ...profile } = input;
    await createUser(await getDb(), {
      ...profile,
      passwordHash: await hashPassword(password),
      role: "customer",
    });
    await signIn("credentials", { email: input.email, password, redirect: false });
    redirect("/dashboard");
  },
});

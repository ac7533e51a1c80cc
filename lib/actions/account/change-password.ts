"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { signIn } from "@/lib/auth/config";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { getUserById, updateUserPassword } from "@/lib/db/queries/users";
import { AppError, fieldError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/validations/auth";

// Lets a signed-in user change their password; every other session of theirs is signed out.
export const changePasswordAction = createAction({
  access: "user",
  schema: changePasswordSchema,
  handler: async ({ input, user }) => {
    const db = await getDb();
    const stored = await getUserById(db, user.id);
    if (!stored) throw new AppError("UNAUTHORIZED");
    if (!(await verifyPassword(stored.passwordHash, input.currentPassword))) {
      throw fieldError("currentPassword", "Your current password is not correct.");
    }
    await updateUserPassword(db, { id: user.id, passwordHash: await hashPassword(input.newPassword) });
    // The bump above invalidated this session too: sign in again for a token with the new version, then
    // redirect, because only a redirect renders with the new cookie (a re-render here would see the old one).
    try {
      await signIn("credentials", { email: stored.email, password: input.newPassword, redirect: false });
    } catch (err) {
      if (!(err instanceof AuthError)) throw err;
      redirect("/login?passwordChanged=1");
    }
    redirect("/account?passwordChanged=1");
  },
});

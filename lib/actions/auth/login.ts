"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { signIn } from "@/lib/auth/config";
import { lockedMessage } from "@/lib/auth/credentials";
import { homeFor, safeCallbackPath } from "@/lib/auth/redirects";
import { getDb } from "@/lib/db/client";
import { getLoginLockedUntil } from "@/lib/db/queries/login-throttle";
import { getUserByEmail } from "@/lib/db/queries/users";
import { AppError } from "@/lib/errors";
import { loginSchema } from "@/lib/validations/auth";

const throwIfLocked = async (email: string) => {
  const ip = clientIpFrom(await headers());
  const lockedUntil = await getLoginLockedUntil(await getDb(), { email, ip });
  if (lockedUntil) throw new AppError("RATE_LIMITED", lockedMessage(lockedUntil));
};

// Signs anyone in with email and password, then sends them where they were going (or their home page).
export const loginAction = createAction({
  access: "public",
  schema: loginSchema,
  handler: async ({ input }) => {
    await throwIfLocked(input.email);
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    } catch (err) {
      if (!(err instanceof AuthError)) throw err;
      // This failure may be the one that locked the account: say so rather than "wrong password".
      await throwIfLocked(input.email);
      throw new AppError("UNAUTHORIZED", "Wrong email or password.");
    }
    const user = await getUserByEmail(await getDb(), input.email);
    redirect(safeCallbackPath(input.callbackUrl) ?? homeFor(user?.role ?? "customer"));
  },
});

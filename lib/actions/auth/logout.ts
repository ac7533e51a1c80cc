"use server";

import { signOut } from "@/lib/auth/config";

// Ends the current session, for anyone signed in.
export const logoutAction = async () => {
  await signOut({ redirectTo: "/login?signedOut=1" });
};

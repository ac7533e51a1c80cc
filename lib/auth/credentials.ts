import { getDb } from "@/lib/db/client";
import {
  clearLoginFailures,
  getLoginLockedUntil,
  recordLoginFailure,
  type ThrottlePolicy,
} from "@/lib/db/queries/login-throttle";
import { getUserByEmail } from "@/lib/db/queries/users";
import type { User } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { verifyPassword } from "@/lib/auth/password";

export const getThrottlePolicy = (): ThrottlePolicy => {
  const env = getEnv();

  return {
    maxFailures: env.LOGIN_MAX_FAILURES,
    maxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
    lockoutMinutes: env.LOGIN_LOCKOUT_MINUTES,
  };
};

export type CredentialCheck =
  { outcome: "ok"; user: User } | { outcome: "invalid" } | { outcome: "locked"; lockedUntil: Date };

/**
 * The one place a password is checked. A locked email or IP is refused before the password is even
 * looked at; a wrong password counts a failure; a right one clears the email's failures.
 */
export const checkCredentials = async ({
  email,
  password,
  ip,
}: {
  email: string;
  password: string;
  ip?: string;
}): Promise<CredentialCheck> => {
  const db = await getDb();
  const lockedUntil = await getLoginLockedUntil(db, { email, ip });
  if (lockedUntil) return { outcome: "locked", lockedUntil };
  const user = await getUserByEmail(db, email);
  const matches = await verifyPassword(user?.passwordHash, password);
  if (!user || !matches) {
    await recordLoginFailure(db, { email, ip }, getThrottlePolicy());

    return { outcome: "invalid" };
  }
  await clearLoginFailures(db, email);

  return { outcome: "ok", user };
};

/** "Too many failed sign-in attempts. Try again in 12 minutes." */
export const lockedMessage = (lockedUntil: Date, now = Date.now()) => {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now) / 60_000));

  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
};

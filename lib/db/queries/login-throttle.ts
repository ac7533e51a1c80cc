import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { loginThrottle } from "@/lib/db/schema";

export type ThrottlePolicy = { maxFailures: number; maxFailuresPerIp: number; lockoutMinutes: number };
export type ThrottleSubject = { email: string; ip?: string };

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;
const keysOf = ({ email, ip }: ThrottleSubject) => (ip ? [emailKey(email), ipKey(ip)] : [emailKey(email)]);

/** When sign-in is refused for this email or IP, the moment it opens again; otherwise null. */
export const getLoginLockedUntil = async (db: DbOrTx, subject: ThrottleSubject): Promise<Date | null> => {
  const rows = await db
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, keysOf(subject)));
  const now = Date.now();
  const until = rows
    .map((row) => row.lockedUntil?.getTime() ?? 0)
    .filter((time) => time > now)
    .sort((a, b) => b - a)[0];

  return until ? new Date(until) : null;
};

/**
 * Counts one failure for the email and the IP in a single atomic upsert each. Failures older than the
 * lockout window start a new count; reaching the limit locks the key for `lockoutMinutes`.
 */
export const recordLoginFailure = async (db: DbOrTx, subject: ThrottleSubject, policy: ThrottlePolicy) => {
  const window = sql`make_interval(mins => ${policy.lockoutMinutes})`;
  const entries = [{ key: emailKey(subject.email), max: policy.maxFailures }];
  if (subject.ip) entries.push({ key: ipKey(subject.ip), max: policy.maxFailuresPerIp });
  for (const { key, max } of entries) {
    const expired = sql`${loginThrottle.windowStartedAt} < now() - ${window}`;
    const failures = sql`case when ${expired} then 1 else ${loginThrottle.failures} + 1 end`;
    await db
      .insert(loginThrottle)
      .values({ key, failures: 1, lockedUntil: max <= 1 ? sql`now() + ${window}` : null })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures,
          windowStartedAt: sql`case when ${expired} then now() else ${loginThrottle.windowStartedAt} end`,
          lockedUntil: sql`case when ${failures} >= ${max} then now() + ${window} else ${loginThrottle.lockedUntil} end`,
        },
      });
  }
};

/** A successful sign-in forgets the email's failures (not the IP's: one valid account must not reset a spray). */
export const clearLoginFailures = async (db: DbOrTx, email: string) => {
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, [emailKey(email)]));
};

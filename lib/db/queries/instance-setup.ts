import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { createUser } from "@/lib/db/queries/users";
import { instanceSetup, type User } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

export const isSetupComplete = async (db: Db): Promise<boolean> => {
  const rows = await db.select({ id: instanceSetup.id }).from(instanceSetup).limit(1);

  return rows.length > 0;
};

/**
 * Creates the first admin. The single-row `instance_setup` insert and the user insert share one
 * transaction, so concurrent attempts create exactly one admin and the others get CONFLICT.
 */
export const completeSetup = async (
  db: Db,
  admin: { email: string; firstName: string; lastName: string; passwordHash: string },
): Promise<User> =>
  db.transaction(async (tx) => {
    const claimed = await tx
      .insert(instanceSetup)
      .values({ id: 1 })
      .onConflictDoNothing()
      .returning({ id: instanceSetup.id });
    if (claimed.length === 0) throw new AppError("CONFLICT", "This portal is already set up.");
    const user = await createUser(tx, { ...admin, role: "admin" });
    await tx
      .update(instanceSetup)
      .set({ adminUserId: user.id })
      .where(sql`${instanceSetup.id} = 1`);

    return user;
  });

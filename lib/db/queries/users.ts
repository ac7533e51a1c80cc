import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { type NewUser, type User, type UserRole, users } from "@/lib/db/schema";
import { AppError, fieldError, isUniqueViolation } from "@/lib/errors";

export const normalizeEmail = (email: string) => email.trim();

const emailEquals = (email: string) => sql`lower(${users.email}) = lower(${normalizeEmail(email)})`;

export const getUserById = async (db: DbOrTx, id: string): Promise<User | undefined> => {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);

  return user;
};

/** Case-insensitive: `Ann@Example.com` and `ann@example.com` are one account. */
export const getUserByEmail = async (db: DbOrTx, email: string): Promise<User | undefined> => {
  const [user] = await db.select().from(users).where(emailEquals(email)).limit(1);

  return user;
};

/** Creates an account; a taken email (in any case) is a field error on `email`. */
export const createUser = async (db: DbOrTx, input: NewUser): Promise<User> => {
  try {
    const [user] = await db
      .insert(users)
      .values({ ...input, email: normalizeEmail(input.email) })
      .returning();
    if (!user) throw new AppError("INTERNAL");

    return user;
  } catch (err) {
    if (isUniqueViolation(err)) throw fieldError("email", "An account with this email already exists.");
    throw err;
  }
};

export const updateUserNames = async (
  db: DbOrTx,
  { id, firstName, lastName }: { id: string; firstName: string; lastName: string },
): Promise<User> => {
  const [user] = await db
    .update(users)
    .set({ firstName, lastName })
    .where(eq(users.id, id))
    .returning();
  if (!user) throw new AppError("NOT_FOUND");

  return user;
};

/** Sets a new password hash and bumps the session version, which signs out every other session. */
export const updateUserPassword = async (
  db: DbOrTx,
  { id, passwordHash }: { id: string; passwordHash: string },
): Promise<User> => {
  const [user] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id))
    .returning();
  if (!user) throw new AppError("NOT_FOUND");

  return user;
};

export type UserListItem = Pick<User, "id" | "email" | "firstName" | "lastName" | "role" | "createdAt">;

/** One page of accounts with a role, filtered by a search on name or email. */
export const listUsers = async (
  db: DbOrTx,
  { role, search, page, perPage }: { role: UserRole; search?: string; page: number; perPage: number },
): Promise<{ items: UserListItem[]; total: number }> => {
  const term = search?.trim();
  const pattern = term ? `%${term.replace(/[\\%_]/g, "\\$&")}%` : undefined;
  const where = and(
    eq(users.role, role),
    pattern
      ? or(ilike(users.email, pattern), ilike(sql`${users.firstName} || ' ' || ${users.lastName}`, pattern))
      : undefined,
  );
  const [items, [totals]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        firstName: users.firstName,
        lastName: users.lastName,
        role: users.role,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(asc(users.createdAt), asc(users.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ total: count() }).from(users).where(where),
  ]);

  return { items, total: totals?.total ?? 0 };
};

export const countUsersByRole = async (db: DbOrTx): Promise<Record<UserRole, number>> => {
  const rows = await db.select({ role: users.role, total: count() }).from(users).groupBy(users.role);
  const counts: Record<UserRole, number> = { admin: 0, customer: 0 };
  for (const row of rows) counts[row.role] = row.total;

  return counts;
};

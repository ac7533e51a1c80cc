import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/config";
import { PATH_HEADER } from "@/lib/auth/redirects";
import { getDb } from "@/lib/db/client";
import { getUserById } from "@/lib/db/queries/users";
import type { User } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/** The signed-in account as pages and actions see it: never the password hash. */
export type SessionUser = Omit<User, "passwordHash">;

/**
 * The signed-in user, re-read from the database on every request (once per render): a deleted account,
 * a changed role or a changed password (older session version) takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  const user = await getUserById(await getDb(), session.user.id);
  if (!user || user.sessionVersion !== session.user.sessionVersion) return null;
  const { passwordHash: _hidden, ...rest } = user;

  return rest;
});

const loginUrl = async () => {
  const path = (await headers()).get(PATH_HEADER);

  return path && path.startsWith("/") ? `/login?callbackUrl=${encodeURIComponent(path)}` : "/login";
};

/** Pages: the signed-in user, else a redirect to the login page. */
export const requireUser = async (): Promise<SessionUser> => {
  const user = await getCurrentUser();
  if (!user) redirect(await loginUrl());

  return user;
};

/** Pages: an admin, else the login page (anonymous) or a 404 (customers never learn what is there). */
export const requireAdmin = async (): Promise<SessionUser> => {
  const user = await requireUser();
  if (user.role !== "admin") notFound();

  return user;
};

/** Actions and route handlers: the signed-in user, else an UNAUTHORIZED error. */
export const assertUser = async (): Promise<SessionUser> => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED");

  return user;
};

/** Actions and route handlers: an admin, else UNAUTHORIZED / FORBIDDEN. */
export const assertAdmin = async (): Promise<SessionUser> => {
  const user = await assertUser();
  if (user.role !== "admin") throw new AppError("FORBIDDEN");

  return user;
};

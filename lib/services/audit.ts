import { and, desc, eq, or } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";

/** Who did it: a signed-in user, or the system (worker, expiry policy). */
export type Actor = { id: string | null; label: string };
export const SYSTEM: Actor = { id: null, label: "system" };
export const actorOf = (user: { id: string; email: string }): Actor => ({ id: user.id, label: user.email });

/** One line of history: who, what, when, with what result. */
export const recordAudit = async (
  db: DbOrTx,
  entry: { actor: Actor; action: string; serviceId: string | null; result: "ok" | "error"; message: string },
) => {
  await db.insert(auditLog).values({
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    serviceId: entry.serviceId,
    result: entry.result,
    message: entry.message.slice(0, 1000),
  });
};

/**
 * A service's history, newest first. With `visibleTo`, what its customer may read: what succeeded, and
 * their own failed attempts (the panel's refusals and the system's retries are for admins).
 */
export const listServiceAudit = (
  db: DbOrTx,
  serviceId: string,
  { limit = 100, visibleTo }: { limit?: number; visibleTo?: string } = {},
) =>
  db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.serviceId, serviceId),
        visibleTo ? or(eq(auditLog.result, "ok"), eq(auditLog.actorId, visibleTo)) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);

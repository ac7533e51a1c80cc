import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { services } from "@/lib/db/schema";
import { getSettings } from "@/lib/services/settings";
import { enqueueJob } from "@/lib/worker/queue";

const DAY = 86_400_000;

/**
 * The expiry policy: an active service past its expiry plus the grace period is suspended; one that has
 * then stayed suspended for the configured days is terminated. Each becomes a job (retried, deduplicated).
 */
export const sweepExpiredServices = async (db: Db, now = new Date()) => {
  const { expiryGraceDays, terminateAfterDays } = await getSettings(db);
  const expiredBefore = new Date(now.getTime() - expiryGraceDays * DAY);
  const suspendedBefore = new Date(now.getTime() - terminateAfterDays * DAY);
  const [toSuspend, toTerminate] = await Promise.all([
    db
      .select({ id: services.id, expiresAt: services.expiresAt })
      .from(services)
      .where(and(eq(services.status, "active"), lt(services.expiresAt, expiredBefore))),
    db
      .select({ id: services.id })
      .from(services)
      .where(
        and(
          eq(services.status, "suspended"),
          lt(services.expiresAt, expiredBefore),
          lt(services.suspendedAt, suspendedBefore),
        ),
      ),
  ]);
  for (const { id, expiresAt } of toSuspend) {
    const reason = `Expired on ${expiresAt.toISOString().slice(0, 10)}; renew to reactivate it.`;
    await enqueueJob(db, {
      type: "suspend_service",
      payload: { serviceId: id, reason },
      dedupeKey: `suspend:${id}`,
    });
  }
  for (const { id } of toTerminate) {
    const reason = `Expired and suspended for ${terminateAfterDays} days.`;
    await enqueueJob(db, {
      type: "terminate_service",
      payload: { serviceId: id, reason },
      dedupeKey: `terminate:${id}`,
    });
  }

  return { suspended: toSuspend.length, terminated: toTerminate.length };
};

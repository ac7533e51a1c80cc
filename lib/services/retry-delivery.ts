import type { Db } from "@/lib/db/client";
import { getService, updateService } from "@/lib/db/queries/services";
import { AppError } from "@/lib/errors";
import { type Actor, recordAudit } from "@/lib/services/audit";
import { runJobNow } from "@/lib/worker/queue";
import { DELIVERABLE_STATUSES } from "@/lib/services/status";

/** Admins: "Retry now" for a failed or waiting delivery; the worker picks it up at once. */
export const retryDelivery = async (db: Db, { serviceId, actor }: { serviceId: string; actor: Actor }) => {
  const service = await getService(db, serviceId);
  if (!service) throw new AppError("NOT_FOUND", "This service does not exist.");
  if (!(DELIVERABLE_STATUSES as readonly string[]).includes(service.status)) {
    throw new AppError(
      "CONFLICT",
      `Only services waiting for their server can be retried; this one is ${service.status}.`,
    );
  }
  await updateService(db, serviceId, { status: "provisioning", statusReason: null }, [
    "failed",
    "pending",
    "provisioning",
  ]);
  await runJobNow(db, { type: "deliver_service", payload: { serviceId }, dedupeKey: `deliver:${serviceId}` });
  await recordAudit(db, {
    actor,
    action: "service.retry",
    serviceId,
    result: "ok",
    message: "Delivery retried.",
  });
};

import type { Db } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getService, updateService } from "@/lib/db/queries/services";
import { AppError, type FieldErrors } from "@/lib/errors";
import { configureOffer, panelBuild } from "@/lib/offers/configure";
import { adapterForConnection } from "@/lib/panels/connections";
import { type Actor, recordAudit } from "@/lib/services/audit";
import { assertNodeRoom } from "@/lib/services/node-room";
import { changeBoxPlan } from "@/lib/boxes/change-box-plan";

/**
 * Moves a live service to another offer and/or other option values. The new limits must fit on the
 * server's node (the panel itself would overcommit silently); they reach the panel through a build update
 * that keeps the current allocation. Location and dedicated IP cannot change in place (that is a transfer).
 */
export const changeServicePlan = async (
  db: Db,
  {
    serviceId,
    offerId,
    choices,
    actor,
  }: { serviceId: string; offerId: string; choices: Record<string, string | undefined>; actor: Actor },
) => {
  const service = await getService(db, serviceId);
  if (!service) throw new AppError("NOT_FOUND", "This service does not exist.");
  if (
    !["active", "suspended"].includes(service.status) ||
    (!service.panelServerId && service.kind !== "box")
  ) {
    throw new AppError("CONFLICT", `Only delivered services can change plan; this one is ${service.status}.`);
  }
  const offer = await getOffer(db, offerId);
  if (!offer || (offer.type === "pterobox") !== (service.kind === "box"))
    throw new AppError("NOT_FOUND", "That offer does not exist.");
  if (offer.connectionId !== service.connectionId)
    throw new AppError(
      "CONFLICT",
      "The new offer is on another panel: a service cannot move between panels.",
    );
  if (service.kind === "box") return changeBoxPlan(db, { serviceId, offer, choices, actor });
  const next = configureOffer(offer, offer.options, choices);
  if (Object.keys(next.errors).length > 0) {
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: Object.fromEntries(Object.entries(next.errors).map(([k, v]) => [k, [v]])) as FieldErrors,
    });
  }
  if (next.locationId !== service.locationId)
    throw new AppError(
      "CONFLICT",
      `The server stays in ${service.locationLabel}: moving it to ${next.locationLabel} is not possible here.`,
    );
  if (next.dedicatedIp !== service.dedicatedIp)
    throw new AppError("CONFLICT", "A dedicated IP cannot be added or removed on a running server.");
  const connection = await getPanelConnection(db, service.connectionId);
  if (!connection) throw new AppError("NOT_FOUND", "The service's panel connection no longer exists.");
  const adapter = adapterForConnection(connection);
  let server;
  try {
    server = await assertNodeRoom(adapter, service.panelServerId!, next.limits);
  } catch (err) {
    if (err instanceof AppError)
      await recordAudit(db, {
        actor,
        action: "service.change_plan",
        serviceId,
        result: "error",
        message: err.message,
      });
    throw err;
  }
  await adapter.updateBuild(service.panelServerId!, {
    // Never fewer allocations than the server already holds.
    ...panelBuild({ ...next.limits, allocations: Math.max(next.limits.allocations, server.allocations?.length ?? 1) }, offer),
    primaryAllocationId: server.primaryAllocationId,
  });
  const { servers: _boxOnly, ...limits } = next.limits;
  const updated = await updateService(db, serviceId, {
    offerId: offer.id,
    ...limits,
    options: next.chosen,
    priceCents: next.priceCents,
    billingPeriod: offer.billingPeriod,
  });
  await recordAudit(db, {
    actor,
    action: "service.change_plan",
    serviceId,
    result: "ok",
    message: `Now ${offer.name}: ${limits.memoryMb} MB memory, ${limits.diskMb} MB disk, ${limits.cpuPercent}% CPU.`,
  });

  return updated;
};

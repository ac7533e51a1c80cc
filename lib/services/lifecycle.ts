import type { Db } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { deleteBoxServerRow, listBoxServers } from "@/lib/db/queries/box-servers";
import { getService, updateService } from "@/lib/db/queries/services";
import { getUserById } from "@/lib/db/queries/users";
import type { Service } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { addBillingPeriod } from "@/lib/offers/billing";
import { renderTemplate, templateValues } from "@/lib/offers/templates";
import { adapterForConnection } from "@/lib/panels/connections";
import { type Actor, recordAudit } from "@/lib/services/audit";
import { cancelQueuedJobs, enqueueJob } from "@/lib/worker/queue";
import { panelServerIdOf } from "@/lib/services/panel-server";
import { LIVE_STATUSES } from "@/lib/services/status";

const loadWithAdapter = async (db: Db, serviceId: string) => {
  const service = await getService(db, serviceId);
  if (!service) throw new AppError("NOT_FOUND", "This service does not exist.");
  const connection = await getPanelConnection(db, service.connectionId);
  if (!connection) throw new AppError("NOT_FOUND", "The service's panel connection no longer exists.");

  return { service, adapter: adapterForConnection(connection) };
};

/** Runs `change` and records it; a failure is recorded too, then rethrown with nothing changed locally. */
const audited = async <T>(
  db: Db,
  entry: { actor: Actor; action: string; serviceId: string; success: string },
  change: () => Promise<T>,
) => {
  try {
    const result = await change();
    await recordAudit(db, { ...entry, result: "ok", message: entry.success });

    return result;
  } catch (err) {
    await recordAudit(db, {
      ...entry,
      result: "error",
      message: err instanceof Error ? err.message : String(err),
    });
    throw err;
  }
};

/** The panel servers a service stands for: its own, or every server of a box. */
const panelServerIds = async (db: Db, service: Service, verb: string): Promise<string[]> => {
  if (service.kind === "box") {
    return (await listBoxServers(db, service.id)).flatMap((server) =>
      server.panelServerId ? [server.panelServerId] : [],
    );
  }
  if (!service.panelServerId) {
    throw new AppError(
      "CONFLICT",
      `This service has no server on the panel yet (it is ${service.status}), so it cannot be ${verb}.`,
    );
  }

  return [service.panelServerId];
};

/** Suspends on the panel, then here. Idempotent: an already suspended service stays as it is. */
export const suspendService = async (
  db: Db,
  { serviceId, actor, reason }: { serviceId: string; actor: Actor; reason: string },
) => {
  const { service, adapter } = await loadWithAdapter(db, serviceId);
  if (service.status === "suspended") return service;
  if (service.status !== "active")
    throw new AppError("CONFLICT", `Only active services can be suspended; this one is ${service.status}.`);
  const serverIds = await panelServerIds(db, service, "suspended");

  return audited(
    db,
    { actor, action: "service.suspend", serviceId, success: `Suspended: ${reason}` },
    async () => {
      for (const serverId of serverIds) await adapter.suspendServer(serverId);

      return updateService(db, serviceId, {
        status: "suspended",
        suspendedAt: new Date(),
        statusReason: reason,
      });
    },
  );
};

/** Unsuspends on the panel, then here. Idempotent. */
export const unsuspendService = async (db: Db, { serviceId, actor }: { serviceId: string; actor: Actor }) => {
  const { service, adapter } = await loadWithAdapter(db, serviceId);
  if (service.status === "active") return service;
  if (service.status !== "suspended")
    throw new AppError(
      "CONFLICT",
      `Only suspended services can be unsuspended; this one is ${service.status}.`,
    );
  const serverIds = await panelServerIds(db, service, "unsuspended");

  return audited(db, { actor, action: "service.unsuspend", serviceId, success: "Unsuspended." }, async () => {
    for (const serverId of serverIds) await adapter.unsuspendServer(serverId);

    return updateService(db, serviceId, { status: "active", suspendedAt: null, statusReason: null });
  });
};

/** Deletes the service's panel server (every server of a box), found by external id when the link was never saved. */
export const purgePanelServer = async (db: Db, serviceId: string) => {
  const { service, adapter } = await loadWithAdapter(db, serviceId);
  if (service.kind === "box") {
    for (const server of await listBoxServers(db, service.id)) {
      await cancelQueuedJobs(db, `box-create:${server.id}`);
      const serverId = await panelServerIdOf(adapter, server);
      if (serverId) await adapter.deleteServer(serverId);
      await deleteBoxServerRow(db, server.id);
    }

    return;
  }
  const serverId = await panelServerIdOf(adapter, service);
  if (serverId) await adapter.deleteServer(serverId);
};

/**
 * Ends the service here first (so a delivery still running deletes what it creates), then deletes the
 * panel server. When the panel does not answer, a cleanup job keeps trying: no orphan is left behind.
 * Idempotent.
 */
export const terminateService = async (
  db: Db,
  { serviceId, actor, reason }: { serviceId: string; actor: Actor; reason: string },
) => {
  const service = await getService(db, serviceId);
  if (!service) throw new AppError("NOT_FOUND", "This service does not exist.");
  if (service.status === "terminated") return service;
  const terminated = await updateService(
    db,
    serviceId,
    { status: "terminated", terminatedAt: new Date(), statusReason: reason },
    LIVE_STATUSES,
  );
  await cancelQueuedJobs(db, `deliver:${serviceId}`);
  try {
    await purgePanelServer(db, serviceId);
    await recordAudit(db, {
      actor,
      action: "service.terminate",
      serviceId,
      result: "ok",
      message: `Terminated: ${reason}`,
    });
  } catch (err) {
    await enqueueJob(db, {
      type: "purge_panel_server",
      payload: { serviceId },
      dedupeKey: `purge:${serviceId}`,
      maxAttempts: 20,
    });
    const detail = err instanceof Error ? err.message : String(err);
    await recordAudit(db, {
      actor,
      action: "service.terminate",
      serviceId,
      result: "error",
      message: `Terminated here; deleting the panel server failed and will be retried: ${detail}`,
    });
  }

  return terminated;
};

/**
 * Extends by one billing period (from the expiry date, or from now when that is long past), unsuspends,
 * and refreshes the server's name and description so `%service_expiration%` stays current.
 */
export const renewService = async (db: Db, { serviceId, actor }: { serviceId: string; actor: Actor }) => {
  const { service, adapter } = await loadWithAdapter(db, serviceId);
  if (service.status === "terminated")
    throw new AppError("CONFLICT", "A terminated service cannot be renewed.");
  const fromExpiry = addBillingPeriod(service.expiresAt, service.billingPeriod);
  const expiresAt =
    fromExpiry.getTime() > Date.now() ? fromExpiry : addBillingPeriod(new Date(), service.billingPeriod);
  if (service.status === "suspended") await unsuspendService(db, { serviceId, actor });
  const [offer, owner] = await Promise.all([getOffer(db, service.offerId), getUserById(db, service.userId)]);
  if (!offer || !owner) throw new AppError("NOT_FOUND", "The service's offer or customer no longer exists.");
  const values = templateValues({
    owner,
    productName: offer.name,
    orderId: service.orderId,
    serviceNumber: service.number,
    expiresAt,
  });
  const serverName = renderTemplate(offer.serverNameTemplate, values) || offer.name;
  const serverDescription = renderTemplate(offer.serverDescriptionTemplate, values);

  return audited(
    db,
    {
      actor,
      action: "service.renew",
      serviceId,
      success: `Renewed until ${expiresAt.toISOString().slice(0, 10)}.`,
    },
    async () => {
      if (
        service.panelServerId &&
        service.panelUserId &&
        (serverName !== service.serverName || serverDescription !== service.serverDescription)
      ) {
        await adapter.updateDetails(service.panelServerId, {
          name: serverName,
          description: serverDescription,
          userId: service.panelUserId,
          externalId: service.id,
        });
      }

      return updateService(db, serviceId, { expiresAt, serverName, serverDescription });
    },
  );
};

import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { findServiceByPanelServer, insertService } from "@/lib/db/queries/services";
import { getUserById } from "@/lib/db/queries/users";
import { AppError } from "@/lib/errors";
import { addBillingPeriod } from "@/lib/offers/billing";
import { getPanelCatalog } from "@/lib/panels/catalog";
import { adapterForConnection } from "@/lib/panels/connections";
import { type Actor, recordAudit } from "@/lib/services/audit";
import { ensureRememberedPanelUser } from "@/lib/services/panel-user";

/**
 * Takes over a server that already exists on the panel: it is re-owned by the customer's panel account and
 * tagged with the new service's id as external id, then recorded as an active service of the offer with
 * the server's own current limits.
 */
export const importServer = async (
  db: Db,
  {
    connectionId,
    panelServerId,
    userId,
    offerId,
    actor,
  }: { connectionId: string; panelServerId: string; userId: string; offerId: string; actor: Actor },
) => {
  const connection = await getPanelConnection(db, connectionId);
  if (!connection) throw new AppError("NOT_FOUND", "This panel connection no longer exists.");
  const linked = await findServiceByPanelServer(db, connectionId, panelServerId);
  if (linked && linked.status !== "terminated")
    throw new AppError("CONFLICT", `This server already belongs to service #${linked.number}.`);
  const [customer, offer] = await Promise.all([getUserById(db, userId), getOffer(db, offerId)]);
  if (!customer)
    throw new AppError("VALIDATION", undefined, { fieldErrors: { userId: ["Choose a customer."] } });
  if (!offer || offer.connectionId !== connectionId || offer.type === "pterobox") {
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: { offerId: ["Choose an offer sold on this panel."] },
    });
  }
  const adapter = adapterForConnection(connection);
  const server = await adapter.getServer(panelServerId);
  const catalog = await getPanelCatalog(db, connection).catch(() => undefined);
  const node = catalog?.nodes.find((candidate) => candidate.id === server.nodeId);
  const location = catalog?.locations.find((candidate) => candidate.id === node?.locationId);
  const egg = catalog?.nests.flatMap((nest) => nest.eggs).find((candidate) => candidate.id === server.eggId);
  const panelUserId = await ensureRememberedPanelUser(db, adapter, { connectionId, user: customer });
  const id = randomUUID();
  await adapter.updateDetails(server.id, {
    name: server.name,
    description: server.description,
    userId: panelUserId,
    externalId: id,
  });
  const service = await insertService(db, {
    id,
    userId: customer.id,
    offerId: offer.id,
    connectionId,
    status: "active",
    nestId: server.nestId ?? egg?.nestId ?? "",
    eggId: server.eggId,
    eggName: egg?.name ?? `Egg ${server.eggId}`,
    locationId: location?.id ?? node?.locationId ?? offer.locationId,
    locationLabel: location?.short ?? offer.locationLabel,
    memoryMb: server.limits.memoryMb,
    diskMb: server.limits.diskMb,
    swapMb: server.limits.swapMb,
    io: server.limits.io,
    cpuPercent: server.limits.cpuPercent,
    databases: server.featureLimits.databases,
    backups: server.featureLimits.backups,
    allocations: server.featureLimits.allocations,
    priceCents: offer.priceCents,
    billingPeriod: offer.billingPeriod,
    expiresAt: addBillingPeriod(new Date(), offer.billingPeriod),
    serverName: server.name,
    serverDescription: server.description,
    panelUserId,
    panelServerId: server.id,
    panelServerUuid: server.uuid,
    panelIdentifier: server.identifier,
  });
  await recordAudit(db, {
    actor,
    action: "service.import",
    serviceId: service.id,
    result: "ok",
    message: `Imported server ${server.identifier} (${server.name}) for ${customer.email}.`,
  });

  return service;
};

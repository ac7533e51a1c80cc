import type { Db } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getService, updateService } from "@/lib/db/queries/services";
import { getUserById } from "@/lib/db/queries/users";
import type { Service } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { parsePortSpec, toDeployPortRange } from "@/lib/offers/ports";
import { getEgg } from "@/lib/panels/catalog";
import { adapterForConnection } from "@/lib/panels/connections";
import { PanelError } from "@/lib/panels/errors";
import { completeEggEnvironment, validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import type { CreateServerInput, PanelAdapter, PanelServer } from "@/lib/panels/types";
import { SYSTEM, recordAudit } from "@/lib/services/audit";
import { ensureRememberedPanelUser } from "@/lib/services/panel-user";
import { pickPortAllocations } from "@/lib/services/placement";
import { panelBuild } from "@/lib/offers/configure";
import { DELIVERABLE_STATUSES } from "@/lib/services/status";

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

const load = async (db: Db, serviceId: string) => {
  const service = await getService(db, serviceId);
  if (!service) return undefined;
  const [offer, connection, owner] = await Promise.all([
    getOffer(db, service.offerId),
    getPanelConnection(db, service.connectionId),
    getUserById(db, service.userId),
  ]);
  if (!offer || !connection || !owner)
    throw new AppError("NOT_FOUND", "The service's offer, panel or customer no longer exists.");

  return { service, offer, connection, owner, adapter: adapterForConnection(connection) };
};


const explainNoCapacity = (err: PanelError, service: Service, ports: string) =>
  err.panelCode && /allocation/i.test(err.panelCode)
    ? `No free port in location ${service.locationLabel} matches this offer${ports ? ` (ports ${ports})` : ""}${service.dedicatedIp ? " on a dedicated IP" : ""}.`
    : `No node in location ${service.locationLabel} has ${service.memoryMb} MB of memory and ${service.diskMb} MB of disk free.`;

const buildCreateInput = async (db: Db, loaded: Loaded, panelUserId: string): Promise<CreateServerInput> => {
  const { service, offer, adapter, connection } = loaded;
  const egg = await getEgg(db, connection, service.nestId, service.eggId);
  const { ranges } = parsePortSpec(offer.portRange);
  const portEnvironment: Record<string, string> = {};
  let placement: CreateServerInput["placement"] = {
    kind: "deploy",
    locationIds: [service.locationId],
    dedicatedIp: service.dedicatedIp,
    portRange: toDeployPortRange(ranges),
  };
  if (offer.portVariables.length > 0) {
    const picked = await pickPortAllocations(adapter, {
      locationId: service.locationId,
      locationLabel: service.locationLabel,
      memoryMb: service.memoryMb,
      diskMb: service.diskMb,
      count: 1 + offer.portVariables.length,
      ranges,
      dedicatedIp: service.dedicatedIp,
    });
    offer.portVariables.forEach(
      (variable, index) => (portEnvironment[variable] = String(picked.extras[index]!.port)),
    );
    placement = {
      kind: "allocations",
      defaultAllocationId: picked.primary.id,
      additionalAllocationIds: picked.extras.map((a) => a.id),
    };
  }
  const environment = completeEggEnvironment(egg.variables, { ...service.environment, ...portEnvironment });
  const violations = validateEggEnvironment(egg.variables, environment);
  if (violations.length > 0)
    throw new AppError("VALIDATION", violations.map((violation) => violation.message).join(" "));

  return {
    externalId: service.id,
    name: service.serverName,
    description: service.serverDescription,
    userId: panelUserId,
    nestId: service.nestId,
    eggId: service.eggId,
    dockerImage: egg.dockerImages[0]?.image ?? "",
    startup: egg.startup,
    environment,
    eggVariables: egg.variables,
    // Every port variable needs an allocation of its own, besides the main one.
    ...panelBuild({ ...service, allocations: Math.max(service.allocations, 1 + offer.portVariables.length) }, offer),
    placement,
    startOnCompletion: offer.startOnCompletion,
  };
};

/** Links the panel server to the service; a service terminated meanwhile gets its server deleted (no orphan). */
const adopt = async (
  db: Db,
  { service, adapter }: Loaded,
  server: PanelServer,
  panelUserId: string,
  how: string,
) => {
  const linked = await updateService(
    db,
    service.id,
    {
      status: "active",
      panelServerId: server.id,
      panelServerUuid: server.uuid,
      panelIdentifier: server.identifier,
      panelUserId,
      statusReason: null,
      lastError: null,
    },
    [...DELIVERABLE_STATUSES],
  );
  if (linked) {
    await recordAudit(db, {
      actor: SYSTEM,
      action: "service.deliver",
      serviceId: service.id,
      result: "ok",
      message: `${how} server ${server.identifier} on the panel.`,
    });

    return;
  }
  const current = await getService(db, service.id);
  if (current?.status === "terminated") {
    await adapter.deleteServer(server.id, { force: true });
    await recordAudit(db, {
      actor: SYSTEM,
      action: "service.deliver",
      serviceId: service.id,
      result: "ok",
      message: "The service was terminated during delivery: the new server was deleted.",
    });
  }
};

/**
 * Delivers a service, idempotently: after an attempt that may have created the server (timeout, lost
 * answer, crash), the server is first looked up by our external id and adopted. Throws on failure; the
 * caller decides between retrying and failing (lib/services/delivery-errors.ts).
 */
export const deliverService = async (db: Db, serviceId: string): Promise<void> => {
  const loaded = await load(db, serviceId);
  if (!loaded || !(DELIVERABLE_STATUSES as readonly string[]).includes(loaded.service.status)) return;
  const { service, adapter, connection, owner } = loaded;
  await updateService(db, service.id, { status: "provisioning" }, ["pending", "failed"]);
  const panelUserId = await ensureRememberedPanelUser(db, adapter, {
    connectionId: connection.id,
    user: owner,
  });
  if (service.kind === "box") {
    // A box has no server of its own: it is ready once its owner has a panel account to own servers.
    const ready = await updateService(
      db,
      service.id,
      { status: "active", panelUserId, statusReason: null, lastError: null },
      ["provisioning"],
    );
    if (ready)
      await recordAudit(db, {
        actor: SYSTEM,
        action: "service.deliver",
        serviceId: service.id,
        result: "ok",
        message: "The box is ready: servers can be created in it.",
      });

    return;
  }
  if (service.panelCreateAttemptedAt) {
    const existing = await adapter.findServerByExternalId(service.id);
    if (existing) return adopt(db, loaded, existing, panelUserId, "Adopted (found by external id)");
  }
  // Placement refusals (no port for the extra variables) already say what is missing.
  const input = await buildCreateInput(db, loaded, panelUserId);
  await updateService(db, service.id, { panelCreateAttemptedAt: new Date() });
  let server: PanelServer;
  try {
    server = await adapter.createServer(input);
  } catch (err) {
    return handleCreateFailure(db, loaded, adapter, err, panelUserId);
  }
  await adopt(db, loaded, server, panelUserId, "Created");
};

const handleCreateFailure = async (
  db: Db,
  loaded: Loaded,
  adapter: PanelAdapter,
  err: unknown,
  panelUserId: string,
) => {
  // Another attempt got there first: the panel refused our external id as taken.
  if (
    err instanceof PanelError &&
    err.fields.some((field) => field.field === "external_id" && field.rule === "unique")
  ) {
    const existing = await adapter.findServerByExternalId(loaded.service.id);
    if (existing) return adopt(db, loaded, existing, panelUserId, "Adopted (already created)");
  }
  if (err instanceof PanelError && err.kind === "no_capacity")
    throw new PanelError("no_capacity", explainNoCapacity(err, loaded.service, loaded.offer.portRange), {
      panelCode: err.panelCode,
    });
  throw err;
};

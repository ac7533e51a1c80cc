import type { Db } from "@/lib/db/client";
import { getBoxServer, updateBoxServer } from "@/lib/db/queries/box-servers";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getService } from "@/lib/db/queries/services";
import { getUserById } from "@/lib/db/queries/users";
import type { BoxServer } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { parsePortSpec, toDeployPortRange } from "@/lib/offers/ports";
import { getEgg } from "@/lib/panels/catalog";
import { adapterForConnection } from "@/lib/panels/connections";
import { PanelError } from "@/lib/panels/errors";
import { completeEggEnvironment } from "@/lib/panels/rules/egg-variables";
import type { PanelAdapter, PanelServer } from "@/lib/panels/types";
import { SYSTEM, recordAudit } from "@/lib/services/audit";
import { ensureRememberedPanelUser } from "@/lib/services/panel-user";
import { formatAddresses } from "@/lib/servers/format";
import { panelBuild } from "@/lib/offers/configure";
import { sizeOf } from "@/lib/boxes/quota";

/** The primary `ip:port`, kept so the box dashboard can show it without asking the panel. */
const primaryAddress = async (panel: PanelServer, adapter: PanelAdapter) => {
  const allocations =
    panel.allocations ?? (await adapter.getServer(panel.id).then((full) => full.allocations).catch(() => undefined));

  return allocations ? (formatAddresses(allocations, panel.primaryAllocationId)[0]?.address ?? null) : null;
};

/** Links the panel's server to its row; false when the row was deleted meanwhile (the server is then removed). */
const link = async (db: Db, server: BoxServer, panel: PanelServer, adapter: PanelAdapter) => {
  const address = await primaryAddress(panel, adapter);
  const linked = await updateBoxServer(
    db,
    server.id,
    {
      status: "active",
      panelServerId: panel.id,
      panelServerUuid: panel.uuid,
      panelIdentifier: panel.identifier,
      address,
      statusReason: null,
      lastError: null,
    },
    ["creating"],
  );
  if (linked) {
    await recordAudit(db, {
      actor: SYSTEM,
      action: "box.server_create",
      serviceId: server.serviceId,
      result: "ok",
      message: `Created “${server.name}” (${panel.identifier}).`,
    });

    return true;
  }
  // Deleted (or being deleted) while it was being created: remove what the panel just made.
  const now = await getBoxServer(db, server.id);
  if (!now || now.status === "deleting") await adapter.deleteServer(panel.id, { force: true });

  return false;
};

const settle = async (db: Db, server: BoxServer, panel: PanelServer, adapter: PanelAdapter) => {
  if (await link(db, server, panel, adapter)) await followBoxState(db, server, panel, adapter);
};

/** A box suspended while its server was being created: the new server is suspended too. */
const followBoxState = async (db: Db, server: BoxServer, panel: PanelServer, adapter: PanelAdapter) => {
  const box = await getService(db, server.serviceId);
  if (box?.status === "suspended") await adapter.suspendServer(panel.id);
};

/**
 * Creates a box server on the panel (the `create_box_server` job). Idempotent like service delivery: the
 * row's id is the external id, and a retry after an unclear failure adopts the server it finds.
 */
export const createBoxServerOnPanel = async (db: Db, boxServerId: string) => {
  const server = await getBoxServer(db, boxServerId);
  if (!server || server.status !== "creating") return;
  const box = await getService(db, server.serviceId);
  if (!box) return;
  if (box.status === "terminated") {
    await failBoxServer(db, server.id, "The box has ended.");

    return;
  }
  const [offer, connection, owner] = await Promise.all([
    getOffer(db, box.offerId),
    getPanelConnection(db, box.connectionId),
    getUserById(db, box.userId),
  ]);
  if (!offer || !connection || !owner)
    throw new AppError("NOT_FOUND", "The box's offer, panel or customer no longer exists.");
  const adapter = adapterForConnection(connection);
  const panelUserId = await ensureRememberedPanelUser(db, adapter, {
    connectionId: connection.id,
    user: owner,
  });
  if (server.panelCreateAttemptedAt) {
    const existing = await adapter.findServerByExternalId(server.id);
    if (existing) return settle(db, server, existing, adapter);
  }
  const egg = await getEgg(db, connection, server.nestId, server.eggId);
  await updateBoxServer(db, server.id, { panelCreateAttemptedAt: new Date() });
  try {
    const panel = await adapter.createServer({
      externalId: server.id,
      name: server.name,
      description: server.description,
      userId: panelUserId,
      nestId: server.nestId,
      eggId: server.eggId,
      dockerImage: egg.dockerImages[0]?.image ?? "",
      startup: egg.startup,
      environment: completeEggEnvironment(egg.variables, server.environment),
      eggVariables: egg.variables,
      ...panelBuild({ ...sizeOf(server), swapMb: offer.swapMb, io: offer.io }, offer),
      placement: {
        kind: "deploy",
        locationIds: [box.locationId],
        dedicatedIp: false,
        portRange: toDeployPortRange(parsePortSpec(offer.portRange).ranges),
      },
      startOnCompletion: offer.startOnCompletion,
    });
    await settle(db, server, panel, adapter);
  } catch (err) {
    if (
      err instanceof PanelError &&
      err.fields.some((field) => field.field === "external_id" && field.rule === "unique")
    ) {
      const existing = await adapter.findServerByExternalId(server.id);
      if (existing) return settle(db, server, existing, adapter);
    }
    if (err instanceof PanelError && err.kind === "no_capacity") {
      throw new PanelError(
        "no_capacity",
        `No node in location ${box.locationLabel} has ${server.memoryMb} MB of memory and ${server.diskMb} MB of disk free.`,
        { panelCode: err.panelCode },
      );
    }
    throw err;
  }
};

/**
 * The job gave up or the panel refused: the server failed and its reservation is released. When a create
 * request may have reached the panel, the panel is asked first: a server it has after all is kept.
 */
export const failBoxServer = async (db: Db, boxServerId: string, reason: string) => {
  const server = await getBoxServer(db, boxServerId);
  if (!server || server.status !== "creating") return;
  if (server.panelCreateAttemptedAt) {
    const adapter = await adapterForBox(db, server.serviceId).catch(() => undefined);
    const existing = await adapter?.findServerByExternalId(server.id).catch(() => undefined);
    if (adapter && existing) return settle(db, server, existing, adapter);
  }
  const failed = await updateBoxServer(
    db,
    boxServerId,
    { status: "failed", statusReason: reason, lastError: reason },
    ["creating"],
  );
  if (failed)
    await recordAudit(db, {
      actor: SYSTEM,
      action: "box.server_create",
      serviceId: failed.serviceId,
      result: "error",
      message: `“${failed.name}” could not be created: ${reason}`,
    });
};

const adapterForBox = async (db: Db, boxId: string) => {
  const box = await getService(db, boxId);
  const connection = box && (await getPanelConnection(db, box.connectionId));
  if (!connection) throw new AppError("NOT_FOUND", "The box's panel no longer exists.");

  return adapterForConnection(connection);
};

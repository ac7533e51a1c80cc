import type { Db } from "@/lib/db/client";
import { getBoxServerForUser, updateBoxServer, deleteBoxServerRow } from "@/lib/db/queries/box-servers";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getServiceForUser } from "@/lib/db/queries/services";
import { AppError, type FieldErrors } from "@/lib/errors";
import { reserveBoxServer, reserveResize } from "@/lib/boxes/ledger";
import { type ServerSize, sameSize, sizeOf } from "@/lib/boxes/quota";
import { findCatalogEgg, getPanelCatalog } from "@/lib/panels/catalog";
import { adapterForConnection } from "@/lib/panels/connections";
import type { PanelAdapter, PanelServer } from "@/lib/panels/types";
import { completeEggEnvironment, validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import { actorOf, recordAudit } from "@/lib/services/audit";
import { assertNodeRoom } from "@/lib/services/node-room";
import { askableVariables } from "@/lib/services/order-form";
import { invalidateServerDetails } from "@/lib/servers/details";
import { invalidateLiveState } from "@/lib/servers/live";
import { renameServer } from "@/lib/servers/operations";
import { panelServerIdOf } from "@/lib/services/panel-server";
import { cancelQueuedJobs, enqueueJob } from "@/lib/worker/queue";
import { panelBuild } from "@/lib/offers/configure";

type Caller = { id: string; email: string };

/**
 * Creates a server in the caller's box: the egg must be one of the box's, its variables must pass the
 * egg's rules, and the size must fit what is left (checked again under the box lock). The server shows
 * at once as "creating"; the worker creates it on the panel.
 */
export const createBoxServer = async (
  db: Db,
  {
    boxId,
    caller,
    name,
    eggId,
    request,
    environment,
  }: {
    boxId: string;
    caller: Caller;
    name: string;
    eggId: string;
    request: ServerSize;
    environment: Record<string, string>;
  },
) => {
  const box = await getServiceForUser(db, { id: boxId, userId: caller.id });
  if (!box || box.kind !== "box") throw new AppError("NOT_FOUND", "This box does not exist.");
  const offer = await getOffer(db, box.offerId);
  const offerEgg = offer?.eggs.find((candidate) => candidate.eggId === eggId);
  if (!offer || !offerEgg)
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: { eggId: ["Choose one of the games of your box."] },
    });
  const connection = await getPanelConnection(db, box.connectionId);
  if (!connection) throw new AppError("NOT_FOUND", "This box does not exist.");
  const egg = findCatalogEgg(await getPanelCatalog(db, connection), offerEgg.nestId, eggId);
  if (!egg) throw new AppError("CONFLICT", "This game is no longer available. Please choose another one.");
  // Variables the box's `*_custom_*` options set apply to every server whose egg has them.
  const fromBox = Object.fromEntries(
    Object.entries(box.environment).filter(([key]) => egg.variables.some((v) => v.envVariable === key)),
  );
  const given = {
    ...fromBox,
    ...Object.fromEntries(
      askableVariables(egg.variables, offer, offer.options).flatMap((variable) =>
        environment[variable.envVariable] === undefined
          ? []
          : [[variable.envVariable, environment[variable.envVariable]!.trim()]],
      ),
    ),
  };
  const fieldErrors: FieldErrors = {};
  for (const problem of validateEggEnvironment(egg.variables, completeEggEnvironment(egg.variables, given))) {
    fieldErrors[`env:${problem.field.replace(/^environment\./, "")}`] = [problem.message];
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", undefined, { fieldErrors });
  const server = await reserveBoxServer(db, {
    boxId,
    userId: caller.id,
    request,
    server: {
      name: name.trim(),
      description: box.serverDescription,
      nestId: offerEgg.nestId,
      eggId,
      eggName: offerEgg.name,
      environment: given,
    },
  });
  await recordAudit(db, {
    actor: actorOf(caller),
    action: "box.server_create",
    serviceId: boxId,
    result: "ok",
    message: `Asked for “${server.name}” (${offerEgg.name}).`,
  });

  return server;
};

const ownedBoxServer = async (db: Db, serverId: string, caller: Caller) => {
  const found = await getBoxServerForUser(db, { id: serverId, userId: caller.id });
  if (!found) throw new AppError("NOT_FOUND", "This server does not exist.");
  const connection = await getPanelConnection(db, found.box.connectionId);
  if (!connection) throw new AppError("NOT_FOUND", "This server does not exist.");

  return { ...found, adapter: adapterForConnection(connection) };
};

/** What the panel gives a server, in the box's terms. */
export const panelSize = (server: PanelServer): ServerSize => ({
  memoryMb: server.limits.memoryMb,
  diskMb: server.limits.diskMb,
  cpuPercent: server.limits.cpuPercent,
  databases: server.featureLimits.databases,
  backups: server.featureLimits.backups,
  allocations: server.featureLimits.allocations,
});

/**
 * After a failed resize: what the panel really has now, if it can be read. A timeout may hide a change
 * that was made; when the panel cannot tell, the larger reservation is kept (the box never undercounts).
 */
const settledSize = async (adapter: PanelAdapter, panelServerId: string, previous: ServerSize, held: ServerSize) => {
  try {
    return panelSize(await adapter.getServer(panelServerId));
  } catch {
    return sameSize(previous, held) ? previous : held;
  }
};

/**
 * Resizes and renames a server within what the box has left. The larger of the old and new sizes is
 * reserved (and the server marked "resizing", so a second resize waits) before the panel is asked; the
 * reservation then settles on what the panel has.
 */
export const resizeBoxServer = async (
  db: Db,
  {
    serverId,
    caller,
    name,
    request,
  }: { serverId: string; caller: Caller; name: string; request: ServerSize },
) => {
  const { server, box, adapter } = await ownedBoxServer(db, serverId, caller);
  if (!sameSize(sizeOf(server), request)) {
    const offer = await getOffer(db, box.offerId);
    if (!offer) throw new AppError("NOT_FOUND", "This box's offer no longer exists.");
    const { server: locked, held } = await reserveResize(db, { boxId: box.id, userId: caller.id, serverId, request });
    const previous = sizeOf(locked);
    try {
      const onPanel = await assertNodeRoom(adapter, locked.panelServerId!, request);
      await adapter.updateBuild(locked.panelServerId!, {
        ...panelBuild({ ...request, swapMb: offer.swapMb, io: offer.io }, offer),
        primaryAllocationId: onPanel.primaryAllocationId,
      });
    } catch (err) {
      const settled = err instanceof AppError && err.code === "CONFLICT" ? previous : await settledSize(adapter, locked.panelServerId!, previous, held);
      await updateBoxServer(db, serverId, { ...settled, status: "active" }, ["resizing"]);
      throw err;
    }
    await updateBoxServer(db, serverId, { ...request, status: "active" }, ["resizing"]);
    invalidateServerDetails(serverId);
    await recordAudit(db, {
      actor: actorOf(caller),
      action: "box.server_resize",
      serviceId: box.id,
      result: "ok",
      message: `Resized “${locked.name}”: ${request.memoryMb} MB memory, ${request.diskMb} MB disk, ${request.cpuPercent}% CPU.`,
    });
  }
  if (name.trim() && name.trim() !== server.name)
    await renameServer(db, { ref: { boxServerId: serverId }, caller, name });

  return { boxId: box.id };
};

/** Deletes a server; its share of the box returns once the panel has deleted it. */
export const deleteBoxServer = async (db: Db, { serverId, caller }: { serverId: string; caller: Caller }) => {
  const { server, box, adapter } = await ownedBoxServer(db, serverId, caller);
  if (box.status === "suspended")
    throw new AppError("CONFLICT", `This box is suspended. ${box.statusReason ?? ""}`.trim());
  const previous = server.status;
  // Claimed once: a second click, or a delete racing a resize, does nothing twice.
  const claimed = await updateBoxServer(db, serverId, { status: "deleting" }, ["active", "failed", "creating"]);
  if (!claimed) {
    if (previous === "deleting") return { boxId: box.id };
    throw new AppError("CONFLICT", "This server is being changed: try again in a moment.");
  }
  try {
    await cancelQueuedJobs(db, `box-create:${serverId}`);
    const panelId = await panelServerIdOf(adapter, claimed);
    if (panelId) await adapter.deleteServer(panelId);
  } catch (err) {
    await updateBoxServer(db, serverId, { status: previous }, ["deleting"]);
    // Its creation job was cancelled above: queue it again.
    if (previous === "creating")
      await enqueueJob(db, { type: "create_box_server", payload: { boxServerId: serverId }, dedupeKey: `box-create:${serverId}` });
    throw err;
  }
  await deleteBoxServerRow(db, serverId);
  invalidateLiveState(serverId);
  await recordAudit(db, {
    actor: actorOf(caller),
    action: "box.server_delete",
    serviceId: box.id,
    result: "ok",
    message: `Deleted “${server.name}”.`,
  });

  return { boxId: box.id };
};

import type { Db } from "@/lib/db/client";
import { getBoxServerForUser, updateBoxServer, deleteBoxServerRow } from "@/lib/db/queries/box-servers";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getServiceForUser } from "@/lib/db/queries/services";
import { AppError, type FieldErrors } from "@/lib/errors";
import { reserveBoxServer, reserveResize } from "@/lib/boxes/ledger";
import type { ServerSize } from "@/lib/boxes/quota";
import { getPanelCatalog } from "@/lib/panels/catalog";
import { adapterForConnection } from "@/lib/panels/connections";
import { completeEggEnvironment, validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import { recordAudit } from "@/lib/services/audit";
import { assertNodeRoom } from "@/lib/services/node-room";
import { askableVariables } from "@/lib/services/order-form";
import { invalidateServerDetails } from "@/lib/servers/details";
import { invalidateLiveState } from "@/lib/servers/live";
import { cancelQueuedJobs } from "@/lib/worker/queue";

type Caller = { id: string; email: string };
const actor = (caller: Caller) => ({ id: caller.id, label: caller.email });

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
  const egg = (await getPanelCatalog(db, connection)).nests
    .find((nest) => nest.id === offerEgg.nestId)
    ?.eggs.find((candidate) => candidate.id === eggId);
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
    actor: actor(caller),
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

/**
 * Resizes (and renames) a server within what the box has left. The room is reserved before the panel is
 * asked and given back if the panel refuses.
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
  await reserveResize(db, { boxId: box.id, userId: caller.id, serverId, request });
  const old: ServerSize = {
    memoryMb: server.memoryMb,
    diskMb: server.diskMb,
    cpuPercent: server.cpuPercent,
    databases: server.databases,
    backups: server.backups,
    allocations: server.allocations,
  };
  try {
    await assertNodeRoom(adapter, server.panelServerId!, request);
    const offer = await getOffer(db, box.offerId);
    await adapter.updateBuild(server.panelServerId!, {
      limits: {
        memoryMb: request.memoryMb,
        swapMb: offer?.swapMb ?? 0,
        diskMb: request.diskMb,
        io: offer?.io ?? 500,
        cpuPercent: request.cpuPercent,
      },
      featureLimits: {
        databases: request.databases,
        allocations: request.allocations,
        backups: request.backups,
        ...(offer?.backupSizeMb ? { backupMegabytes: offer.backupSizeMb } : {}),
      },
    });
    if (name.trim() && name.trim() !== server.name) {
      await adapter.updateDetails(server.panelServerId!, {
        name: name.trim(),
        description: server.description,
        userId: box.panelUserId ?? (await adapter.getServer(server.panelServerId!)).userId,
        externalId: server.id,
      });
    }
  } catch (err) {
    await updateBoxServer(db, serverId, old);
    throw err;
  }
  await updateBoxServer(db, serverId, { ...request, name: name.trim() || server.name });
  invalidateServerDetails(serverId);
  await recordAudit(db, {
    actor: actor(caller),
    action: "box.server_resize",
    serviceId: box.id,
    result: "ok",
    message: `Resized “${name.trim() || server.name}”: ${request.memoryMb} MB memory, ${request.diskMb} MB disk, ${request.cpuPercent}% CPU.`,
  });
};

/** Deletes a server; its share of the box returns once the panel has deleted it. */
export const deleteBoxServer = async (db: Db, { serverId, caller }: { serverId: string; caller: Caller }) => {
  const { server, box, adapter } = await ownedBoxServer(db, serverId, caller);
  if (box.status === "suspended")
    throw new AppError("CONFLICT", `This box is suspended. ${box.statusReason ?? ""}`.trim());
  const previous = server.status;
  if (previous === "deleting") return;
  await updateBoxServer(db, serverId, { status: "deleting" });
  try {
    await cancelQueuedJobs(db, `box-create:${serverId}`);
    const panelId =
      server.panelServerId ??
      (server.panelCreateAttemptedAt ? (await adapter.findServerByExternalId(server.id))?.id : undefined);
    if (panelId) await adapter.deleteServer(panelId);
  } catch (err) {
    await updateBoxServer(db, serverId, { status: previous });
    throw err;
  }
  await deleteBoxServerRow(db, serverId);
  invalidateLiveState(serverId);
  await recordAudit(db, {
    actor: actor(caller),
    action: "box.server_delete",
    serviceId: box.id,
    result: "ok",
    message: `Deleted “${server.name}”.`,
  });
};

import { and, eq, inArray, isNotNull, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { type BoxServer, boxServers, services } from "@/lib/db/schema";
import { panelSize } from "@/lib/boxes/box-servers";
import { deleteBoxServerRow, updateBoxServer } from "@/lib/db/queries/box-servers";
import { adapterForConnection } from "@/lib/panels/connections";
import { PanelError } from "@/lib/panels/errors";
import type { PanelAdapter } from "@/lib/panels/types";
import { panelServerIdOf } from "@/lib/services/panel-server";
import { SYSTEM, recordAudit } from "@/lib/services/audit";
import { invalidateLiveState } from "@/lib/servers/live";

/**
 * Notices box servers deleted on the panel behind the portal's back (one server listing per panel) and
 * gives their resources back to their box, and finishes resizes and deletes a crash cut off. Servers
 * still being created are left alone.
 */
export const reconcileBoxServers = async (db: Db, { stuckAfterMs = STUCK_AFTER_MS } = {}) => {
  const recovered = await recoverStuckServers(db, stuckAfterMs);
  const rows = await db
    .select({ server: boxServers, connectionId: services.connectionId })
    .from(boxServers)
    .innerJoin(services, eq(services.id, boxServers.serviceId))
    .where(and(eq(boxServers.status, "active"), isNotNull(boxServers.panelServerId)));
  let released = 0;
  for (const connectionId of new Set(rows.map((row) => row.connectionId))) {
    // One panel not answering must not stop the others being checked.
    try {
      const connection = await getPanelConnection(db, connectionId);
      if (!connection) continue;
      const adapter = adapterForConnection(connection);
      const listed = new Set((await adapter.listServers()).map((server) => server.id));
      for (const { server } of rows.filter(
        (row) => row.connectionId === connectionId && !listed.has(row.server.panelServerId!),
      )) {
        // A listing can miss a server (pages shifting while it is read): only the panel saying "no such
        // server" releases its resources.
        if (await getPanelServer(adapter, server.panelServerId!)) continue;
        if (await releaseDeletedServer(db, server)) released += 1;
      }
    } catch (err) {
      console.warn(`[reconcile] panel connection ${connectionId} could not be checked:`, err instanceof Error ? err.message : err);
    }
  }

  return { released, recovered };
};

/** The panel's server, or undefined when the panel says it does not exist. */
const getPanelServer = (adapter: PanelAdapter, panelServerId: string) =>
  adapter.getServer(panelServerId).catch((err: unknown) => {
    if (err instanceof PanelError && err.kind === "not_found") return undefined;
    throw err;
  });

const releaseDeletedServer = async (db: Db, server: BoxServer) => {
  const removed = await db
    .delete(boxServers)
    .where(and(eq(boxServers.id, server.id), eq(boxServers.status, "active")))
    .returning({ id: boxServers.id });
  if (removed.length === 0) return false;
  invalidateLiveState(server.id);
  await recordAudit(db, {
    actor: SYSTEM,
    action: "box.server_delete",
    serviceId: server.serviceId,
    result: "ok",
    message: `“${server.name}” was deleted on the panel; its resources are back in the box.`,
  });

  return true;
};

/** A resize or delete lasts seconds; one still going after this long was cut off (the process died). */
const STUCK_AFTER_MS = 10 * 60_000;

/**
 * Finishes what a crash cut off: a server left "resizing" takes the size the panel has; one left
 * "deleting" is deleted on the panel, then here.
 */
const recoverStuckServers = async (db: Db, stuckAfterMs: number) => {
  const rows = await db
    .select({ server: boxServers, connectionId: services.connectionId })
    .from(boxServers)
    .innerJoin(services, eq(services.id, boxServers.serviceId))
    .where(
      and(
        inArray(boxServers.status, ["resizing", "deleting"]),
        lt(boxServers.updatedAt, new Date(Date.now() - stuckAfterMs)),
      ),
    );
  let recovered = 0;
  for (const { server, connectionId } of rows) {
    try {
      const connection = await getPanelConnection(db, connectionId);
      if (!connection) continue;
      const adapter = adapterForConnection(connection);
      const panelId = await panelServerIdOf(adapter, server);
      if (server.status === "deleting") {
        if (panelId) await adapter.deleteServer(panelId);
        await deleteBoxServerRow(db, server.id);
      } else {
        const onPanel = panelId ? await getPanelServer(adapter, panelId) : undefined;
        if (onPanel) await updateBoxServer(db, server.id, { ...panelSize(onPanel), status: "active" }, ["resizing"]);
        else await deleteBoxServerRow(db, server.id);
      }
      recovered += 1;
    } catch (err) {
      console.warn(`[reconcile] box server ${server.id} could not be recovered yet:`, err instanceof Error ? err.message : err);
    }
  }

  return recovered;
};

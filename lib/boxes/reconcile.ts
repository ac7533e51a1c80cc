import { and, eq, inArray, isNotNull, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { boxServers, services } from "@/lib/db/schema";
import { panelSize } from "@/lib/boxes/box-servers";
import { deleteBoxServerRow, updateBoxServer } from "@/lib/db/queries/box-servers";
import { adapterForConnection } from "@/lib/panels/connections";
import { PanelError } from "@/lib/panels/errors";
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
    .where(and(inArray(boxServers.status, ["active"]), isNotNull(boxServers.panelServerId)));
  let released = 0;
  for (const connectionId of new Set(rows.map((row) => row.connectionId))) {
    const connection = await getPanelConnection(db, connectionId);
    if (!connection) continue;
    const onPanel = new Set(
      (await adapterForConnection(connection).listServers()).map((server) => server.id),
    );
    for (const { server } of rows.filter(
      (row) => row.connectionId === connectionId && !onPanel.has(row.server.panelServerId!),
    )) {
      const removed = await db
        .delete(boxServers)
        .where(and(eq(boxServers.id, server.id), eq(boxServers.status, "active")))
        .returning({ id: boxServers.id });
      if (removed.length === 0) continue;
      released += 1;
      invalidateLiveState(server.id);
      await recordAudit(db, {
        actor: SYSTEM,
        action: "box.server_delete",
        serviceId: server.serviceId,
        result: "ok",
        message: `“${server.name}” was deleted on the panel; its resources are back in the box.`,
      });
    }
  }

  return { released, recovered };
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
    const connection = await getPanelConnection(db, connectionId);
    if (!connection) continue;
    const adapter = adapterForConnection(connection);
    const panelId = server.panelServerId ?? (await adapter.findServerByExternalId(server.id))?.id;
    if (server.status === "deleting") {
      if (panelId) await adapter.deleteServer(panelId);
      await deleteBoxServerRow(db, server.id);
    } else if (panelId) {
      const onPanel = await adapter.getServer(panelId).catch((err: unknown) => {
        if (err instanceof PanelError && err.kind === "not_found") return undefined;
        throw err;
      });
      if (onPanel) await updateBoxServer(db, server.id, { ...panelSize(onPanel), status: "active" }, ["resizing"]);
      else await deleteBoxServerRow(db, server.id);
    }
    recovered += 1;
  }

  return recovered;
};

import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { boxServers, services } from "@/lib/db/schema";
import { adapterForConnection } from "@/lib/panels/connections";
import { SYSTEM, recordAudit } from "@/lib/services/audit";
import { invalidateLiveState } from "@/lib/servers/live";

/**
 * Notices box servers deleted on the panel behind the portal's back (one server listing per panel) and
 * gives their resources back to their box. Servers still being created are left alone.
 */
export const reconcileBoxServers = async (db: Db) => {
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

  return { released };
};

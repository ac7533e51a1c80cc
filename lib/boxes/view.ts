import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import type { PanelConnection, Service } from "@/lib/db/schema";
import { boxQuota } from "@/lib/boxes/ledger";
import { boxUsage, sizeOf } from "@/lib/boxes/quota";
import { panelBaseUrl, panelServerUrl } from "@/lib/panels/base-url";

/** What a box's dashboards show: its totals and usage, and each server with what the others use. */
export const loadBoxView = async (db: DbOrTx, box: Service, connection: PanelConnection | undefined) => {
  const { totals, used, servers } = await boxQuota(db, box);
  const baseUrl = connection ? panelBaseUrl(connection) : undefined;

  return {
    totals,
    used,
    servers: servers.map((server) => ({
      view: {
        id: server.id,
        name: server.name,
        eggName: server.eggName,
        status: server.status,
        address: server.address,
        size: sizeOf(server),
        panelUrl: baseUrl && server.panelIdentifier ? panelServerUrl(baseUrl, server.panelIdentifier) : null,
      },
      usedByOthers: boxUsage(servers.filter((other) => other.id !== server.id)),
    })),
  };
};

export type BoxView = Awaited<ReturnType<typeof loadBoxView>>;

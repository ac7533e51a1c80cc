import "server-only";
import type { Db } from "@/lib/db/client";
import type { PanelConnection } from "@/lib/db/schema";
import type { ServerTarget } from "@/lib/servers/target";
import { panelBaseUrl, panelServerUrl } from "@/lib/panels/base-url";
import { getEgg } from "@/lib/panels/catalog";
import { adapterForConnection } from "@/lib/panels/connections";
import type { EggVariable } from "@/lib/panels/types";
import { formatAddresses } from "@/lib/servers/format";
import { SharedCache } from "@/lib/servers/shared-cache";

export type ServerDetails = {
  /** `ip:port` addresses (alias when set), primary first. */
  addresses: Array<{ address: string; isPrimary: boolean }>;
  panelUrl: string;
  /** The egg variables the customer may change, with their current values. */
  editableVariables: Array<EggVariable & { value: string }>;
  environment: Record<string, string>;
  dockerImage: string;
  installing: boolean;
};

const slot = globalThis as typeof globalThis & { __portalDetails?: SharedCache<ServerDetails> };
const cache = () => (slot.__portalDetails ??= new SharedCache<ServerDetails>(30_000, 5_000));

export const invalidateServerDetails = (targetId: string) => cache().invalidate(targetId);

/** The server's addresses and settings from the panel (one application-API call, reused for 30 s). */
export const getServerDetails = (db: Db, target: ServerTarget, connection: PanelConnection): Promise<ServerDetails> =>
  cache().get(target.id, async () => {
    const adapter = adapterForConnection(connection);
    const server = await adapter.getServer(target.panelServerId!);
    const egg = await getEgg(db, connection, target.nestId, server.eggId);

    return {
      addresses: formatAddresses(server.allocations ?? [], server.primaryAllocationId),
      panelUrl: panelServerUrl(panelBaseUrl(connection), server.identifier),
      editableVariables: egg.variables
        .filter((variable) => variable.userViewable && variable.userEditable)
        .map((variable) => ({
          ...variable,
          value: server.environment[variable.envVariable] ?? variable.defaultValue,
        })),
      environment: server.environment,
      dockerImage: server.dockerImage,
      installing: server.status === "installing",
    };
  });

import { AppError } from "@/lib/errors";
import type { PanelAdapter, PanelServer } from "@/lib/panels/types";

/**
 * Refuses growth the server's node cannot hold (the panel's build update would overcommit it silently).
 * Returns the server as the panel has it now.
 */
export const assertNodeRoom = async (
  adapter: PanelAdapter,
  serverId: string,
  next: { memoryMb: number; diskMb: number },
): Promise<PanelServer> => {
  const server = await adapter.getServer(serverId);
  const extraMemory = next.memoryMb - server.limits.memoryMb;
  const extraDisk = next.diskMb - server.limits.diskMb;
  if (extraMemory <= 0 && extraDisk <= 0) return server;
  const node = (await adapter.listNodes()).find((candidate) => candidate.id === server.nodeId);
  if (node && (extraMemory > node.freeMemoryMb || extraDisk > node.freeDiskMb)) {
    const lacking =
      extraMemory > node.freeMemoryMb
        ? `${node.freeMemoryMb} MB of memory free; this change needs ${extraMemory} MB more`
        : `${node.freeDiskMb} MB of disk free; this change needs ${extraDisk} MB more`;
    // Customers see this too: the machine is not named.
    throw new AppError("CONFLICT", `The machine this server runs on has only ${lacking}. Nothing was changed.`);
  }

  return server;
};

import { PanelError } from "@/lib/panels/errors";
import { portInRanges } from "@/lib/offers/ports";
import type { PanelAdapter, PanelAllocation } from "@/lib/panels/types";

export type PortPlacement = { nodeId: string; primary: PanelAllocation; extras: PanelAllocation[] };

/**
 * For offers with extra port variables the panel's deploy cannot help (it assigns one allocation), so we
 * pick ourselves: a public node in the location, not in maintenance, with room for the server, and one IP
 * with enough free ports (in the offer's ranges; an IP hosting nothing else when dedicated). Ports are
 * taken in order, so the extra ones follow the primary when possible.
 */
export const pickPortAllocations = async (
  adapter: PanelAdapter,
  need: {
    locationId: string;
    locationLabel: string;
    memoryMb: number;
    diskMb: number;
    count: number;
    ranges: Array<[number, number]>;
    dedicatedIp: boolean;
  },
): Promise<PortPlacement> => {
  const nodes = (await adapter.listNodes())
    .filter((node) => node.locationId === need.locationId && node.isPublic && !node.maintenance)
    .filter(
      (node) =>
        node.freeMemoryMb >= need.memoryMb &&
        node.freeDiskMb >= need.diskMb &&
        node.freeAllocations >= need.count,
    )
    .sort((a, b) => b.freeMemoryMb - a.freeMemoryMb);
  for (const node of nodes) {
    const allocations = await adapter.listAllocations(node.id);
    const byIp = new Map<string, PanelAllocation[]>();
    for (const allocation of allocations)
      byIp.set(allocation.ip, [...(byIp.get(allocation.ip) ?? []), allocation]);
    for (const ipAllocations of byIp.values()) {
      if (need.dedicatedIp && ipAllocations.some((allocation) => allocation.assigned)) continue;
      const free = ipAllocations
        .filter((allocation) => !allocation.assigned && portInRanges(allocation.port, need.ranges))
        .sort((a, b) => a.port - b.port);
      if (free.length >= need.count)
        return { nodeId: node.id, primary: free[0]!, extras: free.slice(1, need.count) };
    }
  }
  throw new PanelError(
    "no_capacity",
    `No node in location ${need.locationLabel} has ${need.memoryMb} MB of memory, ${need.diskMb} MB of disk and ${need.count} free ports on one IP${need.dedicatedIp ? " (dedicated)" : ""}.`,
  );
};

import type { SimContext } from "@/lib/panels/simulator/context";
import { displayError } from "@/lib/panels/simulator/http/errors";
import type { SimAllocation, SimNode } from "@/lib/panels/simulator/model";
import { allocatedResources } from "@/lib/panels/simulator/transform/application";

/**
 * FindViableNodesService: public nodes (maintenance is not checked) in the locations (all when empty)
 * whose servers' memory and disk plus the request fit capacity × (1 + overallocate / 100).
 */
export const viableNodes = (
  ctx: SimContext,
  { memory, disk, locationIds }: { memory: number; disk: number; locationIds: number[] },
) =>
  ctx.store.nodes.filter((node) => {
    if (!node.isPublic) return false;
    if (locationIds.length > 0 && !locationIds.includes(node.locationId)) return false;
    const used = allocatedResources(ctx, node);

    return (
      used.memory + memory <= node.memory * (1 + node.memoryOverallocate / 100) &&
      used.disk + disk <= node.disk * (1 + node.diskOverallocate / 100)
    );
  });

export const NO_VIABLE_NODE =
  "No nodes satisfying the requirements specified for automatic deployment could be found.";
const NO_VIABLE_ALLOCATION =
  "No allocations satisfying the requirements for automatic deployment were found.";

/** Port strings as the deploy block reads them: `25565` or `25565-25600`; anything else is dropped. */
const parsePortRange = (entries: string[]): Array<[number, number]> => {
  const ranges: Array<[number, number]> = [];
  for (const entry of entries) {
    const single = /^(\d{4,5})$/.exec(entry);
    const span = /^(\d{4,5})-(\d{4,5})$/.exec(entry);
    if (single) ranges.push([Number(single[1]), Number(single[1])]);
    else if (span) {
      const [start, end] = [Number(span[1]), Number(span[2])];
      if (end - start > 1000)
        throw displayError("Adding more than 1000 ports in a single range at once is not supported.");
      ranges.push([start, end]);
    }
  }

  return ranges;
};

/** AllocationSelectionService: a random free allocation on the nodes, within the ports, on a dedicated IP if asked. */
export const selectAllocation = (
  ctx: SimContext,
  { nodes, ports, dedicatedIp }: { nodes: SimNode[]; ports: string[]; dedicatedIp: boolean },
): SimAllocation => {
  const nodeIds = new Set(nodes.map((node) => node.id));
  const ranges = parsePortRange(ports);
  const onNodes = ctx.store.allocations.filter((allocation) => nodeIds.has(allocation.nodeId));
  const busyIps = new Set(onNodes.filter((a) => a.serverId !== null).map((a) => `${a.nodeId}/${a.ip}`));
  const candidates = onNodes.filter(
    (allocation) =>
      allocation.serverId === null &&
      (ranges.length === 0 ||
        ranges.some(([start, end]) => allocation.port >= start && allocation.port <= end)) &&
      (!dedicatedIp || !busyIps.has(`${allocation.nodeId}/${allocation.ip}`)),
  );
  const chosen = candidates[Math.floor(Math.random() * candidates.length)];
  if (!chosen) throw displayError(NO_VIABLE_ALLOCATION, "NoViableAllocationException");

  return chosen;
};

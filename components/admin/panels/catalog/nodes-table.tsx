import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { PanelLocation, PanelNode } from "@/lib/panels/types";
import { formatMegabytes } from "@/lib/utils";

export const LocationsTable = ({ locations }: { locations: PanelLocation[] }) => (
  <DataTable
    label="Locations"
    head={["Short code", "Description", "ID"]}
    rows={locations.map((location) => [
      <span key="s" className="font-medium text-slate-900">
        {location.short}
      </span>,
      location.long ?? "—",
      <code key="i" className="text-xs">
        {location.id}
      </code>,
    ])}
  />
);

/** Free = what deployment would still accept (overallocation included). */
export const NodesTable = ({ nodes, locations }: { nodes: PanelNode[]; locations: PanelLocation[] }) => (
  <DataTable
    label="Nodes"
    head={["Node", "Location", "Free memory", "Free disk", "Free allocations", "State"]}
    rows={nodes.map((node) => [
      <span key="n" className="font-medium text-slate-900">
        {node.name}
      </span>,
      locations.find((location) => location.id === node.locationId)?.short ?? node.locationId,
      `${formatMegabytes(node.freeMemoryMb)} of ${formatMegabytes(node.memoryMb)}`,
      `${formatMegabytes(node.freeDiskMb)} of ${formatMegabytes(node.diskMb)}`,
      node.freeAllocations,
      <span key="s" className="flex flex-wrap gap-1">
        {!node.isPublic && <Badge tone="warning">Private: not used for deployment</Badge>}
        {node.maintenance && <Badge tone="warning">Maintenance</Badge>}
        {node.isPublic && !node.maintenance && <Badge tone="success">Available</Badge>}
      </span>,
    ])}
  />
);

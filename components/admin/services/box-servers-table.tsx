import { ExternalLink } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { BoxServer } from "@/lib/db/schema";
import { panelAdminServerUrl } from "@/lib/panels/base-url";
import { formatMegabytes } from "@/lib/utils";

const STATUS: Record<
  BoxServer["status"],
  { label: string; tone: "neutral" | "brand" | "success" | "danger" }
> = {
  creating: { label: "Creating", tone: "brand" },
  active: { label: "Active", tone: "success" },
  resizing: { label: "Resizing", tone: "brand" },
  failed: { label: "Failed", tone: "danger" },
  deleting: { label: "Deleting", tone: "neutral" },
};

/** A box's servers for admins: size, state, address and a link to each on the panel. */
export const BoxServersTable = ({
  servers,
  panelBaseUrl,
}: {
  servers: BoxServer[];
  panelBaseUrl?: string;
}) =>
  servers.length === 0 ? (
    <p className="px-5 py-6 text-sm text-slate-600">
      The customer has not created any server in this box yet.
    </p>
  ) : (
    <DataTable
      label="Box servers"
      head={["Server", "Game", "State", "Address", "Size", "Panel"]}
      rows={servers.map((server) => [
        <span key="name" className="font-medium text-slate-900">
          {server.name}
        </span>,
        server.eggName,
        <>
          <Badge tone={STATUS[server.status].tone}>{STATUS[server.status].label}</Badge>
          {server.status === "failed" && server.statusReason && (
            <p className="mt-1 text-xs text-red-700">{server.statusReason}</p>
          )}
        </>,
        <span key="address" className="font-mono text-xs">
          {server.address ?? "—"}
        </span>,
        <span key="size" className="whitespace-nowrap">
          {formatMegabytes(server.memoryMb)} · {formatMegabytes(server.diskMb)} · {server.cpuPercent}% CPU ·{" "}
          {server.databases} db · {server.backups} backups · {server.allocations} ports
        </span>,
        panelBaseUrl && server.panelServerId ? (
          <a
            href={panelAdminServerUrl(panelBaseUrl, server.panelServerId)}
            target="_blank"
            rel="noreferrer"
            className="text-brand-700 inline-flex items-center gap-1 font-medium hover:underline"
          >
            #{server.panelServerId} <ExternalLink aria-hidden className="size-3.5" />
          </a>
        ) : (
          "—"
        ),
      ])}
    />
  );

import { ExternalLink } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { BoxServer } from "@/lib/db/schema";
import { panelAdminServerUrl } from "@/lib/panels/base-url";
import { formatMegabytes } from "@/lib/utils";

const STATUS: Record<BoxServer["status"], { label: string; tone: "neutral" | "brand" | "success" | "danger" }> = {
  creating: { label: "Creating", tone: "brand" },
  active: { label: "Active", tone: "success" },
  resizing: { label: "Resizing", tone: "brand" },
  failed: { label: "Failed", tone: "danger" },
  deleting: { label: "Deleting", tone: "neutral" },
};

/** A box's servers for admins: size, state, address and a link to each on the panel. */
export const BoxServersTable = ({ servers, panelBaseUrl }: { servers: BoxServer[]; panelBaseUrl?: string }) =>
  servers.length === 0 ? (
    <p className="px-5 py-6 text-sm text-slate-600">The customer has not created any server in this box yet.</p>
  ) : (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Box servers">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {["Server", "Game", "State", "Address", "Size", "Panel"].map((heading) => (
              <th key={heading} scope="col" className="px-5 py-3">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {servers.map((server) => (
            <tr key={server.id}>
              <td className="px-5 py-3 font-medium text-slate-900">{server.name}</td>
              <td className="px-5 py-3 text-slate-600">{server.eggName}</td>
              <td className="px-5 py-3">
                <Badge tone={STATUS[server.status].tone}>{STATUS[server.status].label}</Badge>
                {server.status === "failed" && server.statusReason && (
                  <p className="mt-1 text-xs text-red-700">{server.statusReason}</p>
                )}
              </td>
              <td className="px-5 py-3 font-mono text-xs text-slate-700">{server.address ?? "—"}</td>
              <td className="px-5 py-3 whitespace-nowrap text-slate-600">
                {formatMegabytes(server.memoryMb)} · {formatMegabytes(server.diskMb)} · {server.cpuPercent}% CPU ·{" "}
                {server.databases} db · {server.backups} backups · {server.allocations} ports
              </td>
              <td className="px-5 py-3">
                {panelBaseUrl && server.panelServerId ? (
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
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

"use client";

import { useQuery } from "@tanstack/react-query";
import { ExternalLink, LoaderCircle } from "lucide-react";
import Link from "next/link";
import { ResizeServerForm } from "@/components/boxes/resize-server-form";
import { CopyButton } from "@/components/servers/copy-button";
import { LiveStateBadge } from "@/components/servers/live-state-badge";
import { PowerControls } from "@/components/servers/power-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteBoxServerAction } from "@/lib/actions/boxes/box-server-actions";
import type { BoxAmounts, ServerSize } from "@/lib/boxes/quota";
import type { BoxServerStatus } from "@/lib/db/schema";
import type { LiveState } from "@/lib/servers/live";
import { formatCores, formatMegabytes } from "@/lib/utils";

export type BoxServerView = {
  id: string;
  name: string;
  eggName: string;
  status: BoxServerStatus;
  address: string | null;
  size: ServerSize;
  panelUrl: string | null;
};

const BUSY = new Set(["installing", "setting_up", "starting", "stopping"]);

const Pending = ({ label }: { label: string }) => (
  <span className="bg-brand-50 text-brand-700 inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-sm font-medium">
    <LoaderCircle aria-hidden className="size-3.5 animate-spin" />
    {label}
  </span>
);

/** One server of a box: state, address, power, panel link, resize and delete. */
export const BoxServerCard = ({
  server,
  manageable,
  totals,
  usedByOthers,
}: {
  server: BoxServerView;
  /** False while the box is suspended or not active: the server is shown but cannot be changed. */
  manageable: boolean;
  totals: BoxAmounts;
  usedByOthers: BoxAmounts;
}) => {
  const active = server.status === "active";
  const live = useQuery({
    queryKey: ["box-live", server.id],
    queryFn: async () => {
      const response = await fetch(`/api/servers/${server.id}/live`, { cache: "no-store" });
      if (!response.ok) throw new Error(`live ${response.status}`);

      return (await response.json()) as LiveState;
    },
    enabled: active,
    refetchInterval: (query) => (BUSY.has(query.state.data?.state ?? "") ? 2_000 : 10_000),
  });
  const { size } = server;

  return (
    <li
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      aria-label={server.name}
      data-testid="box-server"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="truncate text-base font-semibold text-slate-900">
            {active ? (
              <Link href={`/servers/${server.id}`} className="hover:underline">
                {server.name}
              </Link>
            ) : (
              server.name
            )}
          </h3>
          <p className="text-sm text-slate-600">
            {server.eggName} · {formatMegabytes(size.memoryMb)} memory · {formatMegabytes(size.diskMb)} disk ·{" "}
            {formatCores(size.cpuPercent)}
          </p>
        </div>
        <div data-testid="box-server-state">
          {server.status === "creating" ? (
            <Pending label="Creating" />
          ) : server.status === "deleting" ? (
            <Pending label="Deleting" />
          ) : server.status === "resizing" ? (
            <Pending label="Resizing" />
          ) : server.status === "failed" ? (
            <LiveStateBadge state="failed" />
          ) : live.data ? (
            <LiveStateBadge state={live.data.state} />
          ) : (
            <Pending label="Checking" />
          )}
        </div>
      </div>
      {server.status === "failed" && (
        <p className="text-sm text-red-700">
          The panel could not create this server. Its resources are free again: delete it and try again, or contact
          us if it keeps happening.
        </p>
      )}
      {server.status === "creating" && (
        <p className="text-sm text-slate-600">The panel is creating this server; this page updates by itself.</p>
      )}
      {server.address && (
        <p className="flex items-center gap-2 text-sm">
          <span className="text-slate-500">Address</span>
          <code className="font-medium text-slate-900">{server.address}</code>
          <CopyButton text={server.address} label={server.address} />
        </p>
      )}
      {active && manageable && live.data && (
        <PowerControls
          serverRef={{ boxServerId: server.id }}
          state={live.data.state}
          onSent={() => void live.refetch()}
        />
      )}
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-100 pt-3">
        {active && (
          <Link href={`/servers/${server.id}`} className="text-brand-700 text-sm font-medium hover:underline">
            Manage
          </Link>
        )}
        {active && server.panelUrl && (
          <a
            href={server.panelUrl}
            target="_blank"
            rel="noreferrer"
            className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium hover:underline"
          >
            Open in panel <ExternalLink aria-hidden className="size-3.5" />
          </a>
        )}
        {manageable && server.status !== "deleting" && (
          <div className="ml-auto">
            <ConfirmDialog
              trigger="Delete"
              triggerSize="sm"
              title={`Delete “${server.name}”?`}
              confirmLabel="Delete server"
              pendingLabel="Deleting…"
              action={deleteBoxServerAction}
              hidden={{ boxServerId: server.id }}
            >
              The server and all its files are deleted on the panel; this cannot be undone. Its memory, disk and CPU
              return to your box.
            </ConfirmDialog>
          </div>
        )}
      </div>
      {active && manageable && (
        <details className="group">
          <summary className="text-brand-700 cursor-pointer text-sm font-medium">Edit name and size</summary>
          <div className="mt-4">
            <ResizeServerForm
              serverId={server.id}
              name={server.name}
              size={size}
              totals={totals}
              usedByOthers={usedByOthers}
            />
          </div>
        </details>
      )}
    </li>
  );
};

"use client";

import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { ResizeServerForm } from "@/components/boxes/resize-server-form";
import { CopyButton } from "@/components/servers/copy-button";
import { LiveStateBadge } from "@/components/servers/live-state-badge";
import { PowerControls } from "@/components/servers/power-controls";
import { useLiveState } from "@/components/servers/use-live-state";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteBoxServerAction } from "@/lib/actions/boxes/box-server-actions";
import type { BoxAmounts, ServerSize } from "@/lib/boxes/quota";
import type { BoxServerStatus } from "@/lib/db/schema";
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

/** Our own steps, before or around the panel's states: shown busy, like a server being set up. */
const PENDING: Partial<Record<BoxServerStatus, string>> = {
  creating: "Creating",
  deleting: "Deleting",
  resizing: "Resizing",
};

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
  const { live, refetch } = useLiveState(`/api/servers/${server.id}/live`, {
    enabled: active,
    idleMs: 10_000,
  });
  const pending = PENDING[server.status];
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
          {pending ? (
            <LiveStateBadge state="setting_up" label={pending} />
          ) : server.status === "failed" ? (
            <LiveStateBadge state="failed" />
          ) : live ? (
            <LiveStateBadge state={live.state} />
          ) : (
            <LiveStateBadge state="setting_up" label="Checking" />
          )}
        </div>
      </div>
      {server.status === "failed" && (
        <p className="text-sm text-red-700">
          The panel could not create this server. Its resources are free again: delete it and try again, or
          contact us if it keeps happening.
        </p>
      )}
      {server.status === "creating" && (
        <p className="text-sm text-slate-600">
          The panel is creating this server; this page updates by itself.
        </p>
      )}
      {server.address && (
        <p className="flex items-center gap-2 text-sm">
          <span className="text-slate-500">Address</span>
          <code className="font-medium text-slate-900">{server.address}</code>
          <CopyButton text={server.address} label={server.address} />
        </p>
      )}
      {active && manageable && live && (
        <PowerControls
          serverRef={{ boxServerId: server.id }}
          state={live.state}
          onSent={() => void refetch()}
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
              The server and all its files are deleted on the panel; this cannot be undone. Its memory, disk
              and CPU return to your box.
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

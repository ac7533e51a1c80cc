import { Plug, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ConnectionStatus } from "@/components/admin/panels/connection-status";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { listPanelConnections } from "@/lib/db/queries/panel-connections";
import { toConnectionView } from "@/lib/panels/connections";
import { formatRelative } from "@/lib/utils";

export const metadata: Metadata = { title: "Panels" };

const KIND_LABEL = { pterodactyl: "Pterodactyl", wisp: "Wisp" } as const;

const PanelsPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  await requireAdmin();
  const { deleted } = await searchParams;
  const connections = (await listPanelConnections(await getDb())).map(toConnectionView);
  const add = (
    <ButtonLink href="/admin/panels/new">
      <Plus aria-hidden className="size-4" />
      Add connection
    </ButtonLink>
  );

  return (
    <>
      <PageHeader
        title="Panels"
        description="The Pterodactyl and Wisp panels your servers are delivered on."
        actions={connections.length > 0 && add}
      />
      {typeof deleted === "string" && (
        <Alert tone="success" className="mb-4">
          “{deleted}” was deleted.
        </Alert>
      )}
      <Card>
        {connections.length === 0 ? (
          <EmptyState
            icon={Plug}
            title="No panel connected yet"
            description="Connect a Pterodactyl or Wisp panel with its API keys to start selling servers on it."
            action={add}
          />
        ) : (
          <DataTable
            label="Panel connections"
            head={["Name", "Type", "Address", "Status"]}
            rows={connections.map((connection) => [
              <Link
                key="n"
                href={`/admin/panels/${connection.id}`}
                className="text-brand-700 font-medium hover:underline"
              >
                {connection.name}
              </Link>,
              KIND_LABEL[connection.kind],
              <code key="a" className="text-xs">
                {connection.baseUrl}
              </code>,
              <span key="s" className="flex flex-wrap items-center gap-2">
                <ConnectionStatus ok={connection.lastTestOk} />
                {connection.lastTestedAt && (
                  <span className="text-xs text-slate-500">{formatRelative(connection.lastTestedAt)}</span>
                )}
              </span>,
            ])}
          />
        )}
      </Card>
    </>
  );
};

export default PanelsPage;

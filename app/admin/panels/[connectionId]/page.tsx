import { Pencil } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";
import { CatalogSection, CatalogSkeleton } from "@/components/admin/panels/catalog-section";
import { ConnectionStatus } from "@/components/admin/panels/connection-status";
import { TestConnection } from "@/components/admin/panels/test-connection";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { PageHeader } from "@/components/ui/page-header";
import { deletePanelConnectionAction } from "@/lib/actions/admin/panels/delete-panel-connection";
import { requireAdmin } from "@/lib/auth/guards";
import { toConnectionView } from "@/lib/panels/connections";
import { findConnectionOr404 } from "@/lib/panels/find-connection";

export const metadata: Metadata = { title: "Panel" };

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div>
    <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
    <dd className="mt-1 text-sm text-slate-900">{children}</dd>
  </div>
);

const PanelPage = async ({
  params,
  searchParams,
}: {
  params: Promise<{ connectionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  await requireAdmin();
  const connection = await findConnectionOr404((await params).connectionId);
  const view = toConnectionView(connection);
  const { created, saved } = await searchParams;

  return (
    <div className="space-y-6">
      <PageHeader
        title={connection.name}
        description={<code className="text-xs">{view.baseUrl}</code>}
        actions={
          <>
            <ButtonLink href={`/admin/panels/${connection.id}/edit`} variant="secondary">
              <Pencil aria-hidden className="size-4" />
              Edit
            </ButtonLink>
            <ConfirmDialog
              trigger="Delete"
              title={`Delete ${connection.name}?`}
              confirmLabel="Delete connection"
              pendingLabel="Deleting…"
              action={deletePanelConnectionAction}
              hidden={{ connectionId: connection.id }}
            >
              The portal forgets this panel and its keys. Servers on the panel are not touched. A connection
              still used by offers or services cannot be deleted.
            </ConfirmDialog>
          </>
        }
      />
      {created && <Alert tone="success">Connection saved. Test it to check the address and both keys.</Alert>}
      {saved && <Alert tone="success">Changes saved.</Alert>}
      <Card>
        <CardHeader title="Connection" actions={<ConnectionStatus ok={connection.lastTestOk} />} />
        <CardBody className="space-y-6">
          <dl className="grid gap-4 sm:grid-cols-4">
            <Fact label="Type">{connection.kind === "wisp" ? "Wisp" : "Pterodactyl"}</Fact>
            <Fact label="IP address">{connection.ipAddress ?? "—"}</Fact>
            <Fact label="Client key">ends in {connection.clientKeyHint}</Fact>
            <Fact label="Application key">ends in {connection.applicationKeyHint}</Fact>
          </dl>
          <TestConnection connectionId={connection.id} lastChecks={connection.lastTestChecks} />
        </CardBody>
      </Card>
      <Suspense fallback={<CatalogSkeleton />}>
        <CatalogSection connection={connection} />
      </Suspense>
    </div>
  );
};

export default PanelPage;

import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/admin/services/import-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { type Db, getDb } from "@/lib/db/client";
import { listOffersWithUsage } from "@/lib/db/queries/offers";
import { listPanelConnections } from "@/lib/db/queries/panel-connections";
import { type PanelConnection, services } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { adapterForConnection } from "@/lib/panels/connections";
import { and, eq, ne } from "drizzle-orm";

export const metadata: Metadata = { title: "Import a server" };

/** The panel's servers not yet linked to a live service, and the offers sold on that panel. */
const loadImportChoices = async (db: Db, connection: PanelConnection) => {
  try {
    const [panelServers, linked, offers] = await Promise.all([
      adapterForConnection(connection).listServers(),
      db
        .select({ id: services.panelServerId })
        .from(services)
        .where(and(eq(services.connectionId, connection.id), ne(services.status, "terminated"))),
      listOffersWithUsage(db),
    ]);
    const taken = new Set(linked.map((row) => row.id));

    return {
      servers: panelServers
        .filter((server) => !taken.has(server.id))
        .map((server) => ({
          id: server.id,
          label: `${server.name} (${server.identifier}, ${server.limits.memoryMb} MB)`,
        })),
      offers: offers
        .filter((offer) => offer.connectionId === connection.id && offer.type !== "pterobox")
        .map((offer) => ({ id: offer.id, name: offer.name })),
    };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;

    return { error: err.message };
  }
};

const ImportPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  await requireAdmin();
  const db = await getDb();
  const connections = await listPanelConnections(db);
  const { connection: wanted } = await searchParams;
  const connection =
    connections.length === 1 ? connections[0] : connections.find((candidate) => candidate.id === wanted);
  let body: React.ReactNode;
  if (!connection) {
    body =
      connections.length === 0 ? (
        <Alert tone="info">Connect a panel first.</Alert>
      ) : (
        <ul className="space-y-2">
          {connections.map((candidate) => (
            <li key={candidate.id}>
              <Link
                className="text-brand-700 font-medium hover:underline"
                href={`/admin/services/import?connection=${candidate.id}`}
              >
                {candidate.name}
              </Link>
            </li>
          ))}
        </ul>
      );
  } else {
    const data = await loadImportChoices(db, connection);
    body =
      "error" in data ? (
        <Alert tone="error">Could not list the panel&apos;s servers: {data.error}</Alert>
      ) : (
        <ImportForm connectionId={connection.id} servers={data.servers} offers={data.offers} />
      );
  }

  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Import a server"
        description="Take over a server that already runs on a panel: it is given to a customer and billed with an offer."
      />
      <Card>
        <CardBody>{body}</CardBody>
      </Card>
    </div>
  );
};

export default ImportPage;

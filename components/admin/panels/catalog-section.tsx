import { EggsList } from "@/components/admin/panels/catalog/eggs-list";
import { LocationsTable, NodesTable } from "@/components/admin/panels/catalog/nodes-table";
import { ActionButton } from "@/components/forms/action-button";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { refreshPanelCatalogAction } from "@/lib/actions/admin/panels/refresh-panel-catalog";
import { getDb } from "@/lib/db/client";
import type { PanelConnection } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { getPanelCatalog, type PanelCatalog } from "@/lib/panels/catalog";
import { formatRelative } from "@/lib/utils";

/** The panel's locations, nodes and eggs from the cache (read from the panel on the first visit). */
export const CatalogSection = async ({ connection }: { connection: PanelConnection }) => {
  let catalog: PanelCatalog | undefined;
  let failure: string | undefined;
  try {
    catalog = await getPanelCatalog(await getDb(), connection);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    failure = err.message;
  }
  const refresh = (
    <ActionButton
      action={refreshPanelCatalogAction}
      hidden={{ connectionId: connection.id }}
      label="Refresh from panel"
      pendingLabel="Reading the panel…"
    />
  );

  if (!catalog) {
    return (
      <Card>
        <CardHeader title="Locations, nodes and eggs" actions={refresh} />
        <CardBody>
          <Alert tone="error">Could not read the panel: {failure}</Alert>
        </CardBody>
      </Card>
    );
  }

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Locations and nodes"
          description={`Read from the panel ${formatRelative(new Date(catalog.fetchedAt))}.`}
          actions={refresh}
        />
        <div className="space-y-6 py-4">
          <LocationsTable locations={catalog.locations} />
          <NodesTable nodes={catalog.nodes} locations={catalog.locations} />
        </div>
      </Card>
      <Card>
        <CardHeader
          title="Eggs"
          description="What offers can install, with the variables customers may be asked for."
        />
        <CardBody>
          <EggsList nests={catalog.nests} />
        </CardBody>
      </Card>
    </div>
  );
};

export const CatalogSkeleton = () => (
  <Card>
    <CardHeader title="Locations, nodes and eggs" description="Reading the panel…" />
    <CardBody>
      <div className="space-y-3" aria-busy="true" aria-label="Loading the panel's catalogue">
        {[0, 1, 2, 3].map((row) => (
          <div key={row} className="h-6 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </CardBody>
  </Card>
);

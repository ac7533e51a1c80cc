import "server-only";
import type { Db } from "@/lib/db/client";
import { getCatalogCache, saveCatalogCache } from "@/lib/db/queries/panel-connections";
import type { PanelConnection } from "@/lib/db/schema";
import { adapterForConnection } from "@/lib/panels/connections";
import type { PanelAdapter, PanelEgg, PanelLocation, PanelNest, PanelNode } from "@/lib/panels/types";

export type CatalogNest = PanelNest & { eggs: PanelEgg[] };
export type PanelCatalogData = { locations: PanelLocation[]; nodes: PanelNode[]; nests: CatalogNest[] };
export type PanelCatalog = PanelCatalogData & { fetchedAt: Date };

const SECTION = "catalog";
const slot = globalThis as typeof globalThis & { __portalCatalogLoads?: Map<string, Promise<PanelCatalog>> };
const loads = () => (slot.__portalCatalogLoads ??= new Map());
/** Bumped when the cached shape changes: older rows are refetched instead of misread. */
const VERSION = 1;

const fetchCatalog = async (adapter: PanelAdapter): Promise<PanelCatalogData> => {
  const [locations, nodes, nests] = await Promise.all([
    adapter.listLocations(),
    adapter.listNodes(),
    adapter.listNests(),
  ]);
  const eggs = await Promise.all(nests.map((nest) => adapter.listEggs(nest.id)));

  return { locations, nodes, nests: nests.map((nest, index) => ({ ...nest, eggs: eggs[index] ?? [] })) };
};

/** The cached catalogue only, or null when it was never read (no panel call). */
const getCachedPanelCatalog = async (db: Db, connectionId: string): Promise<PanelCatalog | null> => {
  const cached = await getCatalogCache(db, connectionId, SECTION);
  const data = cached?.data as (PanelCatalogData & { version?: number }) | undefined;
  if (!cached || data?.version !== VERSION) return null;

  return { locations: data.locations, nodes: data.nodes, nests: data.nests, fetchedAt: cached.fetchedAt };
};

/**
 * The panel's locations, nodes and eggs as last read, kept in the database per connection so pages and
 * offer forms do not call the panel each time. `refresh` reads the panel again.
 */
export const getPanelCatalog = async (
  db: Db,
  connection: PanelConnection,
  { refresh = false } = {},
): Promise<PanelCatalog> => {
  if (!refresh) {
    const cached = await getCachedPanelCatalog(db, connection.id);
    if (cached) return cached;
  }
  // Many requests may find no cache at once (first orders, a burst of creates): one read of the panel serves them all.
  const running = loads().get(connection.id);
  if (running) return running;
  const load = (async () => {
    const data = await fetchCatalog(adapterForConnection(connection));
    const fetchedAt = await saveCatalogCache(db, connection.id, SECTION, { version: VERSION, ...data });

    return { ...data, fetchedAt };
  })().finally(() => loads().delete(connection.id));
  loads().set(connection.id, load);

  return load;
};

/** An egg of a catalogue, by nest and egg id. */
export const findCatalogEgg = (catalog: PanelCatalogData, nestId: string, eggId: string) =>
  catalog.nests.find((nest) => nest.id === nestId)?.eggs.find((egg) => egg.id === eggId);

/** An egg with its variables: from the cached catalogue, else straight from the panel. */
export const getEgg = async (db: Db, connection: PanelConnection, nestId: string, eggId: string): Promise<PanelEgg> => {
  const catalog = await getPanelCatalog(db, connection).catch(() => undefined);

  return (catalog && findCatalogEgg(catalog, nestId, eggId)) ?? adapterForConnection(connection).getEgg(nestId, eggId);
};

import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import {
  type NewPanelConnection,
  type PanelConnection,
  panelCatalogCache,
  panelConnections,
} from "@/lib/db/schema";
import { AppError, fieldError, isUniqueViolation } from "@/lib/errors";
import type { ConnectionCheck } from "@/lib/panels/types";

const nameTaken = () => fieldError("name", "Another connection already has this name.");

export const listPanelConnections = (db: DbOrTx): Promise<PanelConnection[]> =>
  db.select().from(panelConnections).orderBy(asc(panelConnections.name));

export const getPanelConnection = async (db: DbOrTx, id: string): Promise<PanelConnection | undefined> => {
  const [connection] = await db.select().from(panelConnections).where(eq(panelConnections.id, id)).limit(1);

  return connection;
};

export const insertPanelConnection = async (
  db: DbOrTx,
  values: NewPanelConnection,
): Promise<PanelConnection> => {
  try {
    const [connection] = await db.insert(panelConnections).values(values).returning();
    if (!connection) throw new AppError("INTERNAL");

    return connection;
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken();
    throw err;
  }
};

export const updatePanelConnectionRow = async (
  db: DbOrTx,
  id: string,
  values: Partial<NewPanelConnection>,
): Promise<PanelConnection> => {
  try {
    const [connection] = await db
      .update(panelConnections)
      .set(values)
      .where(eq(panelConnections.id, id))
      .returning();
    if (!connection) throw new AppError("NOT_FOUND", "This panel connection no longer exists.");

    return connection;
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken();
    throw err;
  }
};

export const recordConnectionTest = async (db: DbOrTx, id: string, checks: ConnectionCheck[]) => {
  await db
    .update(panelConnections)
    .set({ lastTestedAt: new Date(), lastTestOk: checks.every((check) => check.ok), lastTestChecks: checks })
    .where(eq(panelConnections.id, id));
};

export const deletePanelConnectionRow = async (db: DbOrTx, id: string): Promise<boolean> => {
  const deleted = await db
    .delete(panelConnections)
    .where(eq(panelConnections.id, id))
    .returning({ id: panelConnections.id });

  return deleted.length > 0;
};

export const getCatalogCache = async (db: DbOrTx, connectionId: string, section: string) => {
  const [row] = await db
    .select()
    .from(panelCatalogCache)
    .where(and(eq(panelCatalogCache.connectionId, connectionId), eq(panelCatalogCache.section, section)))
    .limit(1);

  return row;
};

export const saveCatalogCache = async (db: DbOrTx, connectionId: string, section: string, data: unknown) => {
  const fetchedAt = new Date();
  await db
    .insert(panelCatalogCache)
    .values({ connectionId, section, data, fetchedAt })
    .onConflictDoUpdate({
      target: [panelCatalogCache.connectionId, panelCatalogCache.section],
      set: { data, fetchedAt },
    });

  return fetchedAt;
};

import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { type BoxServer, type BoxServerStatus, boxServers, services } from "@/lib/db/schema";

export const listBoxServers = (db: DbOrTx, serviceId: string) =>
  db
    .select()
    .from(boxServers)
    .where(eq(boxServers.serviceId, serviceId))
    .orderBy(asc(boxServers.createdAt), asc(boxServers.id));

export const getBoxServer = async (db: DbOrTx, id: string): Promise<BoxServer | undefined> => {
  const [row] = await db.select().from(boxServers).where(eq(boxServers.id, id)).limit(1);

  return row;
};

/** A box server with its box, only when the box belongs to `userId`. */
export const getBoxServerForUser = async (db: DbOrTx, { id, userId }: { id: string; userId: string }) => {
  const [row] = await db
    .select({ server: boxServers, box: services })
    .from(boxServers)
    .innerJoin(services, eq(services.id, boxServers.serviceId))
    .where(and(eq(boxServers.id, id), eq(services.userId, userId)))
    .limit(1);

  return row;
};

export const updateBoxServer = async (
  db: DbOrTx,
  id: string,
  values: Partial<typeof boxServers.$inferInsert>,
  whenStatus?: BoxServerStatus[],
) => {
  const [row] = await db
    .update(boxServers)
    .set(values)
    .where(and(eq(boxServers.id, id), whenStatus ? inArray(boxServers.status, whenStatus) : undefined))
    .returning();

  return row;
};

export const deleteBoxServerRow = async (db: DbOrTx, id: string) => {
  await db.delete(boxServers).where(eq(boxServers.id, id));
};

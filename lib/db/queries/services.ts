import { and, asc, count, desc, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import {
  type NewService,
  offers,
  panelConnections,
  type Service,
  type ServiceStatus,
  services,
  users,
} from "@/lib/db/schema";

export const getService = async (db: DbOrTx, id: string): Promise<Service | undefined> => {
  const [service] = await db.select().from(services).where(eq(services.id, id)).limit(1);

  return service;
};

/** A customer's own service; someone else's is simply not found. */
export const getServiceForUser = async (db: DbOrTx, { id, userId }: { id: string; userId: string }) => {
  const [service] = await db
    .select()
    .from(services)
    .where(and(eq(services.id, id), eq(services.userId, userId)))
    .limit(1);

  return service;
};

export const insertService = async (db: DbOrTx, values: NewService): Promise<Service> => {
  const [service] = await db.insert(services).values(values).returning();
  if (!service) throw new Error("service insert returned nothing");

  return service;
};

/**
 * Updates a service; with `whenStatus`, only while it is in one of those states (an optimistic guard
 * against a concurrent change). Returns the row, or undefined when the guard did not match.
 */
export const updateService = async (
  db: DbOrTx,
  id: string,
  values: Partial<NewService>,
  whenStatus?: ServiceStatus[],
): Promise<Service | undefined> => {
  const [service] = await db
    .update(services)
    .set(values)
    .where(and(eq(services.id, id), whenStatus ? inArray(services.status, whenStatus) : undefined))
    .returning();

  return service;
};

const listColumns = {
  service: services,
  offerName: offers.name,
  connectionName: panelConnections.name,
  customerEmail: users.email,
  customerName: users.firstName,
  customerLastName: users.lastName,
};

export const listServicesForUser = (db: DbOrTx, userId: string) =>
  db
    .select(listColumns)
    .from(services)
    .innerJoin(offers, eq(offers.id, services.offerId))
    .innerJoin(panelConnections, eq(panelConnections.id, services.connectionId))
    .innerJoin(users, eq(users.id, services.userId))
    .where(eq(services.userId, userId))
    .orderBy(desc(services.createdAt));

export type ServiceListFilter = {
  status?: ServiceStatus;
  connectionId?: string;
  search?: string;
  page: number;
  perPage: number;
};

/** The admin list: filtered by state, connection, or customer/offer/server name; soonest expiry first. */
export const listServicesForAdmin = async (db: DbOrTx, filter: ServiceListFilter) => {
  const conditions: Array<SQL | undefined> = [
    filter.status ? eq(services.status, filter.status) : undefined,
    filter.connectionId ? eq(services.connectionId, filter.connectionId) : undefined,
  ];
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, "\\$&")}%`;
    conditions.push(
      or(ilike(users.email, pattern), ilike(offers.name, pattern), ilike(services.serverName, pattern)),
    );
  }
  const where = and(...conditions);
  const base = () =>
    db
      .select(listColumns)
      .from(services)
      .innerJoin(offers, eq(offers.id, services.offerId))
      .innerJoin(panelConnections, eq(panelConnections.id, services.connectionId))
      .innerJoin(users, eq(users.id, services.userId));
  const [items, [totals]] = await Promise.all([
    base()
      .where(where)
      .orderBy(asc(services.expiresAt), asc(services.number))
      .limit(filter.perPage)
      .offset((filter.page - 1) * filter.perPage),
    db
      .select({ total: count() })
      .from(services)
      .innerJoin(offers, eq(offers.id, services.offerId))
      .innerJoin(users, eq(users.id, services.userId))
      .where(where),
  ]);

  return { items, total: totals?.total ?? 0 };
};

export const countServicesByStatus = async (db: DbOrTx): Promise<Record<ServiceStatus, number>> => {
  const rows = await db
    .select({ status: services.status, total: count() })
    .from(services)
    .groupBy(services.status);
  const counts = { pending: 0, provisioning: 0, active: 0, suspended: 0, failed: 0, terminated: 0 };
  for (const row of rows) counts[row.status] = row.total;

  return counts;
};

export const findServiceByPanelServer = async (db: DbOrTx, connectionId: string, panelServerId: string) => {
  const [service] = await db
    .select()
    .from(services)
    .where(and(eq(services.connectionId, connectionId), eq(services.panelServerId, panelServerId)))
    .limit(1);

  return service;
};

import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "@/lib/db/schema/auth";
import { billingPeriod, offers } from "@/lib/db/schema/catalog";
import { panelConnections } from "@/lib/db/schema/panels";
import { updatedAt } from "@/lib/db/schema/columns";

export const serviceKind = pgEnum("service_kind", ["server", "box"]);
export type ServiceKind = (typeof serviceKind.enumValues)[number];

export const serviceStatus = pgEnum("service_status", [
  "pending",
  "provisioning",
  "active",
  "suspended",
  "failed",
  "terminated",
]);
export type ServiceStatus = (typeof serviceStatus.enumValues)[number];

/** One purchase. Payment is out of scope: an order creates its service at once. */
export const orders = pgTable("orders", {
  id: serial().primaryKey(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: "restrict" }),
  offerId: uuid()
    .notNull()
    .references(() => offers.id, { onDelete: "restrict" }),
  totalCents: integer().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const services = pgTable(
  "services",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Short number for people and templates (`%service_id%`). */
    number: serial().notNull(),
    orderId: integer().references(() => orders.id, { onDelete: "set null" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    offerId: uuid()
      .notNull()
      .references(() => offers.id, { onDelete: "restrict" }),
    connectionId: uuid()
      .notNull()
      .references(() => panelConnections.id, { onDelete: "restrict" }),
    /** A single game server, or a PteroBox (a pool the customer creates servers in: see box_servers). */
    kind: serviceKind().notNull().default("server"),
    status: serviceStatus().notNull().default("pending"),
    /** Why it failed or is suspended, in words an admin (or customer) can act on. */
    statusReason: text(),
    nestId: text().notNull(),
    eggId: text().notNull(),
    eggName: text().notNull(),
    locationId: text().notNull(),
    locationLabel: text().notNull(),
    /** The effective limits: offer + options. */
    memoryMb: integer().notNull(),
    diskMb: integer().notNull(),
    swapMb: integer().notNull(),
    io: integer().notNull(),
    cpuPercent: integer().notNull(),
    databases: integer().notNull(),
    backups: integer().notNull(),
    allocations: integer().notNull(),
    /** PteroBox: servers the box may hold; the limits above are then the box's totals. */
    maxServers: integer().notNull().default(0),
    dedicatedIp: boolean().notNull().default(false),
    /** Chosen option values by option id. */
    options: jsonb()
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** Egg variable values the customer gave; defaults fill the rest at delivery. */
    environment: jsonb()
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    priceCents: integer().notNull(),
    billingPeriod: billingPeriod().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    suspendedAt: timestamp({ withTimezone: true }),
    terminatedAt: timestamp({ withTimezone: true }),
    serverName: text().notNull(),
    serverDescription: text().notNull().default(""),
    panelUserId: text(),
    panelServerId: text(),
    panelServerUuid: text(),
    panelIdentifier: text(),
    /** Set before the create call: a later attempt looks the server up by external id first. */
    panelCreateAttemptedAt: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("services_number_idx").on(t.number),
    index("services_user_idx").on(t.userId),
    index("services_status_idx").on(t.status),
    uniqueIndex("services_panel_server_idx").on(t.connectionId, t.panelServerId),
  ],
);
export type Service = typeof services.$inferSelect;
export type NewService = typeof services.$inferInsert;

export const boxServerStatus = pgEnum("box_server_status", ["creating", "active", "resizing", "failed", "deleting"]);
export type BoxServerStatus = (typeof boxServerStatus.enumValues)[number];

/**
 * A server inside a PteroBox. Its row is also its reservation in the box's ledger: every row except a
 * failed one counts against the box's totals. Its id is the panel server's external id.
 */
export const boxServers = pgTable(
  "box_servers",
  {
    id: uuid().primaryKey().defaultRandom(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    status: boxServerStatus().notNull().default("creating"),
    statusReason: text(),
    name: text().notNull(),
    description: text().notNull().default(""),
    nestId: text().notNull(),
    eggId: text().notNull(),
    eggName: text().notNull(),
    memoryMb: integer().notNull(),
    diskMb: integer().notNull(),
    cpuPercent: integer().notNull(),
    databases: integer().notNull(),
    backups: integer().notNull(),
    allocations: integer().notNull(),
    environment: jsonb()
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    panelServerId: text(),
    panelServerUuid: text(),
    panelIdentifier: text(),
    /** The main `ip:port`, saved when the server is created (dashboard cards show it without a panel call). */
    address: text(),
    panelCreateAttemptedAt: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [index("box_servers_service_idx").on(t.serviceId)],
);
export type BoxServer = typeof boxServers.$inferSelect;

/** The panel account of one customer on one panel, remembered once found or created. */
export const panelUsers = pgTable(
  "panel_users",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    connectionId: uuid()
      .notNull()
      .references(() => panelConnections.id, { onDelete: "cascade" }),
    panelUserId: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("panel_users_user_connection_idx").on(t.userId, t.connectionId)],
);

export const jobStatus = pgEnum("job_status", ["queued", "running", "done", "failed"]);
export type JobStatus = (typeof jobStatus.enumValues)[number];

/** The worker's queue: claimed with FOR UPDATE SKIP LOCKED, leased, retried with backoff. */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    type: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /** At most one queued or running job per key (e.g. `deliver:<service id>`). */
    dedupeKey: text(),
    status: jobStatus().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(8),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedAt: timestamp({ withTimezone: true }),
    lockedBy: text(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("jobs_claim_idx").on(t.status, t.runAt),
    uniqueIndex("jobs_dedupe_idx")
      .on(t.dedupeKey)
      .where(sql`${t.status} in ('queued', 'running')`),
  ],
);
export type Job = typeof jobs.$inferSelect;

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** A user id, or null for the system (worker, expiry policy). */
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    actorLabel: text().notNull(),
    action: text().notNull(),
    serviceId: uuid().references(() => services.id, { onDelete: "cascade" }),
    result: text().notNull(),
    message: text().notNull(),
  },
  (t) => [index("audit_log_service_idx").on(t.serviceId, t.at)],
);
export type AuditEntry = typeof auditLog.$inferSelect;

export const settings = pgTable("settings", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: updatedAt(),
});

export const workerHeartbeats = pgTable("worker_heartbeats", {
  workerId: text().primaryKey(),
  host: text().notNull(),
  pid: integer().notNull(),
  lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

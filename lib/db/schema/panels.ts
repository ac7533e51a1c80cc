import { sql } from "drizzle-orm";
import {
  boolean,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ConnectionCheck } from "@/lib/panels/types";
import { updatedAt } from "@/lib/db/schema/columns";

export const panelKind = pgEnum("panel_kind", ["pterodactyl", "wisp"]);

export const panelConnections = pgTable(
  "panel_connections",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    kind: panelKind().notNull(),
    ipAddress: text(),
    /** A host name, or a full base URL (`http://127.0.0.1:8081`) whose own port wins. */
    hostname: text().notNull(),
    port: integer().notNull().default(443),
    /** AES-256-GCM (lib/crypto.ts), bound to this row and field. Never sent to a browser. */
    clientKeyEncrypted: text().notNull(),
    applicationKeyEncrypted: text().notNull(),
    /** The last 4 characters, so admins can tell keys apart without revealing them. */
    clientKeyHint: text().notNull(),
    applicationKeyHint: text().notNull(),
    lastTestedAt: timestamp({ withTimezone: true }),
    lastTestOk: boolean(),
    lastTestChecks: jsonb().$type<ConnectionCheck[]>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("panel_connections_name_lower_idx").on(sql`lower(${t.name})`)],
);

export type PanelConnection = typeof panelConnections.$inferSelect;
export type NewPanelConnection = typeof panelConnections.$inferInsert;

/** What the panel's catalogue looked like when last read: locations, nodes, nests with eggs. */
export const panelCatalogCache = pgTable(
  "panel_catalog_cache",
  {
    connectionId: uuid()
      .notNull()
      .references(() => panelConnections.id, { onDelete: "cascade" }),
    section: text().notNull(),
    data: jsonb().notNull(),
    fetchedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.connectionId, t.section] })],
);

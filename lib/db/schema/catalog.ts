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
  uuid,
} from "drizzle-orm/pg-core";
import { panelConnections } from "@/lib/db/schema/panels";
import { updatedAt } from "@/lib/db/schema/columns";

export const offerType = pgEnum("offer_type", ["pterodactyl", "wisp", "pterobox"]);
export type OfferType = (typeof offerType.enumValues)[number];
export const billingPeriod = pgEnum("billing_period", ["week", "month", "quarter", "half_year", "year"]);
export type BillingPeriod = (typeof billingPeriod.enumValues)[number];

export const offers = pgTable("offers", {
  id: uuid().primaryKey().defaultRandom(),
  type: offerType().notNull(),
  name: text().notNull(),
  description: text().notNull().default(""),
  priceCents: integer().notNull(),
  billingPeriod: billingPeriod().notNull().default("month"),
  /** Hidden offers are not sold; existing services keep running. */
  isActive: boolean().notNull().default(true),
  connectionId: uuid()
    .notNull()
    .references(() => panelConnections.id, { onDelete: "restrict" }),
  /** Panel location id and how to show it. */
  locationId: text().notNull(),
  locationLabel: text().notNull(),
  memoryMb: integer().notNull(),
  diskMb: integer().notNull(),
  /** Block IO weight, 10–1000. */
  io: integer().notNull().default(500),
  /** MB; −1 = unlimited. */
  swapMb: integer().notNull().default(0),
  /** % of one core (100 = 1 core); 0 = unlimited. */
  cpuPercent: integer().notNull(),
  databases: integer().notNull().default(0),
  backups: integer().notNull().default(0),
  /** Wisp caps backups by total size too; null = the disk size. */
  backupSizeMb: integer(),
  allocations: integer().notNull().default(1),
  /** PteroBox: how many servers the box may hold (memory, disk, CPU… above are then the box's totals). */
  maxServers: integer().notNull().default(0),
  dedicatedIp: boolean().notNull().default(false),
  /** Ports the primary allocation must come from: `30120`, `30100-30200`, comma lists. */
  portRange: text().notNull().default(""),
  /** Egg variables that each get an extra port on the same node (RCON_PORT, QUERY_PORT…). */
  portVariables: jsonb()
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  serverNameTemplate: text().notNull().default("%product_name% #%service_id%"),
  serverDescriptionTemplate: text().notNull().default(""),
  startOnCompletion: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: updatedAt(),
});
export type Offer = typeof offers.$inferSelect;
export type NewOffer = typeof offers.$inferInsert;

/** The eggs an offer installs; with several, the customer picks one. */
export const offerEggs = pgTable(
  "offer_eggs",
  {
    offerId: uuid()
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    nestId: text().notNull(),
    eggId: text().notNull(),
    name: text().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.eggId] })],
);
export type OfferEgg = typeof offerEggs.$inferSelect;

export const offerOptionKind = pgEnum("offer_option_kind", ["resource", "location", "dedicated_ip", "text"]);

/** A priced extra on the order form; its `config` shape depends on `kind` (lib/validations/offer-option.ts). */
export const offerOptions = pgTable("offer_options", {
  id: uuid().primaryKey().defaultRandom(),
  offerId: uuid()
    .notNull()
    .references(() => offers.id, { onDelete: "cascade" }),
  kind: offerOptionKind().notNull(),
  /** `extra_memory`, `location`, `pterodactyl_custom_FIVEM_LICENSE`… */
  key: text().notNull(),
  label: text().notNull(),
  config: jsonb().notNull(),
  position: integer().notNull().default(0),
});
export type OfferOptionRow = typeof offerOptions.$inferSelect;

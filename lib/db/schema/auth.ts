import { sql } from "drizzle-orm";
import {
  check,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { updatedAt } from "@/lib/db/schema/columns";

export const userRole = pgEnum("user_role", ["admin", "customer"]);
export type UserRole = (typeof userRole.enumValues)[number];

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: updatedAt(),
};

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored as typed (trimmed); uniqueness and lookups ignore case. */
    email: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    passwordHash: text().notNull(),
    role: userRole().notNull().default("customer"),
    /** Bumped on password change: sessions carrying an older value are signed out. */
    sessionVersion: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** Failed sign-in counters, one row per `email:<address>` or `ip:<address>` key. */
export const loginThrottle = pgTable("login_throttle", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});

/** One row, written once, by whoever creates the first admin: `/setup` is gone after that. */
export const instanceSetup = pgTable(
  "instance_setup",
  {
    id: smallint().primaryKey().default(1),
    adminUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    completedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("instance_setup_single_row", sql`${t.id} = 1`)],
);

/** Fixed-window counters for rate limits shared by every instance (power signals per user…). */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  count: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

import { timestamp } from "drizzle-orm/pg-core";

/** Set on insert and by every drizzle update, so no query has to remember it (reconciliation reads it). */
export const updatedAt = () =>
  timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

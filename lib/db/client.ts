import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquireDirLock } from "@/lib/db/dir-lock";
import * as schema from "@/lib/db/schema";
import { getEnv } from "@/lib/env";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; queries accept either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbHandle = {
  db: Db;
  driver: "pglite" | "postgres";
  /** Where the data lives, for logs (never includes a password). */
  location: string;
  /** Applies pending migrations from `drizzle/`. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export type OpenOptions = { url: string } | { pgliteDir: string } | { memory: true };

const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");
/** Any constant works: it only has to be the same for every instance of the portal. */
const MIGRATION_LOCK_ID = 724_911_337;

const redactUrl = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");

const openPostgres = (url: string): DbHandle => {
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema, casing: "snake_case" });

  return {
    db,
    driver: "postgres",
    location: redactUrl(url),
    // Under a session advisory lock, on a one-connection client so the lock and the migration share a
    // session: instances starting together take turns.
    migrate: async () => {
      const single = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
        await migratePostgres(drizzlePostgres(single), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
};

const openPglite = async (dir?: string): Promise<DbHandle> => {
  const dataDir = dir && path.resolve(dir);
  let releaseLock = () => {};
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    releaseLock = acquireDirLock(dataDir);
  }
  try {
    const client = await PGlite.create(dataDir ? { dataDir } : {});
    const db = drizzlePglite(client, { schema, casing: "snake_case" });

    return {
      db,
      driver: "pglite",
      location: dataDir ?? "memory",
      migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (err) {
    releaseLock();
    throw err;
  }
};

/** Opens a database without migrating it. One per process: PGlite holds the whole database in memory. */
export const openDatabase = async (options: OpenOptions): Promise<DbHandle> => {
  if ("url" in options) return openPostgres(options.url);

  return openPglite("pgliteDir" in options ? options.pgliteDir : undefined);
};

/** Opens and migrates the database the environment points at. */
export const openConfiguredDatabase = async (): Promise<DbHandle> => {
  const env = getEnv();
  const handle = await openDatabase(
    env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR },
  );
  try {
    await handle.migrate();
  } catch (err) {
    await handle.close().catch(() => {});
    throw err;
  }

  return handle;
};

const globalSlot = globalThis as typeof globalThis & { __portalDb?: Promise<DbHandle> };

/** The process-wide database handle, opened and migrated on first use. */
export const getDbHandle = (): Promise<DbHandle> => {
  if (!globalSlot.__portalDb) {
    const opening = openConfiguredDatabase().then((handle) => {
      console.info(`[db] ready: ${handle.driver} (${handle.location})`);

      return handle;
    });
    // A failed open must not be cached forever: the next request tries again.
    opening.catch(() => {
      if (globalSlot.__portalDb === opening) globalSlot.__portalDb = undefined;
    });
    globalSlot.__portalDb = opening;
  }

  return globalSlot.__portalDb;
};

export const getDb = async (): Promise<Db> => (await getDbHandle()).db;

/** Tests install their own database as the process-wide one. */
export const setDbHandleForTesting = (handle: DbHandle | undefined) => {
  globalSlot.__portalDb = handle ? Promise.resolve(handle) : undefined;
};

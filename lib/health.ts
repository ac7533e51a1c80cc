import { sql } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";

export type ComponentHealth = { status: "up" | "down"; latencyMs?: number; driver?: string; error?: string };
export type Health = { status: "ok" | "degraded"; database: ComponentHealth; checkedAt: string };

const DB_TIMEOUT_MS = 3_000;

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ]);

/** Pings the database through the same handle the app uses; opening it counts as part of the check. */
export const checkHealth = async (getHandle: () => Promise<DbHandle>): Promise<Health> => {
  const started = performance.now();
  let database: ComponentHealth;
  try {
    const handle = await withTimeout(getHandle(), DB_TIMEOUT_MS * 5);
    await withTimeout(handle.db.execute(sql`select 1`), DB_TIMEOUT_MS);
    database = { status: "up", driver: handle.driver, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    // The endpoint is public: details (addresses, driver messages) go to the log only.
    console.error("[health] database check failed:", err instanceof Error ? err.message : err);
    database = { status: "down", error: "The database is not answering." };
  }

  return {
    status: database.status === "up" ? "ok" : "degraded",
    database,
    checkedAt: new Date().toISOString(),
  };
};

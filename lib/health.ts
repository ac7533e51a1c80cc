import { max, sql } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { workerHeartbeats } from "@/lib/db/schema";

export type ComponentHealth = { status: "up" | "down"; latencyMs?: number; driver?: string; error?: string };
export type WorkerHealth = { status: "up" | "down" | "unknown"; lastSeenAt: string | null };
export type Health = {
  status: "ok" | "degraded";
  database: ComponentHealth;
  worker: WorkerHealth;
  checkedAt: string;
};

/** A worker beats every 15 s; a minute of silence means none is running. */
const WORKER_SILENCE_MS = 60_000;

const DB_TIMEOUT_MS = 3_000;

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ]);

/**
 * Pings the database through the same handle the app uses (opening it counts as part of the check) and
 * reads the workers' last heartbeat. Only the database decides the status code: without a worker the
 * pages still work, deliveries just wait.
 */
export const checkHealth = async (getHandle: () => Promise<DbHandle>): Promise<Health> => {
  const started = performance.now();
  let database: ComponentHealth;
  let worker: WorkerHealth = { status: "unknown", lastSeenAt: null };
  try {
    const handle = await withTimeout(getHandle(), DB_TIMEOUT_MS * 5);
    await withTimeout(handle.db.execute(sql`select 1`), DB_TIMEOUT_MS);
    database = { status: "up", driver: handle.driver, latencyMs: Math.round(performance.now() - started) };
    const [beat] = await handle.db.select({ at: max(workerHeartbeats.lastSeenAt) }).from(workerHeartbeats);
    if (beat?.at)
      worker = {
        status: Date.now() - beat.at.getTime() < WORKER_SILENCE_MS ? "up" : "down",
        lastSeenAt: beat.at.toISOString(),
      };
  } catch (err) {
    // The endpoint is public: details (addresses, driver messages) go to the log only.
    console.error("[health] database check failed:", err instanceof Error ? err.message : err);
    database = { status: "down", error: "The database is not answering." };
  }

  return {
    status: database.status === "up" ? "ok" : "degraded",
    database,
    worker,
    checkedAt: new Date().toISOString(),
  };
};

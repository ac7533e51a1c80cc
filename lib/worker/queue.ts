import { and, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { type Job, jobs } from "@/lib/db/schema";

export type EnqueueInput = {
  type: string;
  payload: Record<string, unknown>;
  /** Skips the insert while a queued or running job has the same key. */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
};

/** Adds a job (inside the caller's transaction when given one). Returns false when a duplicate is pending. */
export const enqueueJob = async (db: DbOrTx, input: EnqueueInput): Promise<boolean> => {
  const inserted = await db
    .insert(jobs)
    .values({
      type: input.type,
      payload: input.payload,
      dedupeKey: input.dedupeKey ?? null,
      runAt: input.runAt ?? new Date(),
      maxAttempts: input.maxAttempts ?? 8,
    })
    .onConflictDoNothing({ target: jobs.dedupeKey, where: sql`${jobs.status} in ('queued', 'running')` })
    .returning({ id: jobs.id });

  return inserted.length > 0;
};

/**
 * Takes the next due job, atomically: `FOR UPDATE SKIP LOCKED` lets several workers claim at once without
 * taking the same job. A running job whose lease expired (its worker died) is due again.
 */
export const claimJob = async (
  db: DbOrTx,
  { workerId, leaseMs }: { workerId: string; leaseMs: number },
): Promise<Job | undefined> => {
  const leaseExpired = sql`now() - make_interval(secs => ${leaseMs / 1000})`;
  const next = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      or(
        and(eq(jobs.status, "queued"), lte(jobs.runAt, sql`now()`)),
        and(eq(jobs.status, "running"), lt(jobs.lockedAt, leaseExpired)),
      ),
    )
    .orderBy(jobs.runAt, jobs.id)
    .limit(1)
    .for("update", { skipLocked: true });
  const [job] = await db
    .update(jobs)
    .set({ status: "running", lockedAt: sql`now()`, lockedBy: workerId, attempts: sql`${jobs.attempts} + 1` })
    .where(inArray(jobs.id, next))
    .returning();

  return job;
};

/** Keeps the lease of a long job alive. */
export const heartbeatJob = async (db: DbOrTx, job: Job, workerId: string) => {
  await db
    .update(jobs)
    .set({ lockedAt: sql`now()` })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId), eq(jobs.status, "running")));
};

export const completeJob = async (db: DbOrTx, job: Job, workerId: string) => {
  await db
    .update(jobs)
    .set({ status: "done", finishedAt: sql`now()`, lockedAt: null, lastError: null })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));
};

export type BackoffPolicy = { baseMs: number; capMs: number };

/** Capped exponential backoff with ±20 % jitter: base, 2·base, 4·base… up to cap. */
export const backoffDelay = (attempt: number, { baseMs, capMs }: BackoffPolicy, random = Math.random) =>
  Math.round(Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1)) * (0.8 + random() * 0.4));

/** A retry later (when attempts remain and the error is worth retrying), else the end of the job. */
export const failJob = async (
  db: DbOrTx,
  job: Job,
  workerId: string,
  { error, retry, backoff }: { error: string; retry: boolean; backoff: BackoffPolicy },
): Promise<"retrying" | "failed"> => {
  const again = retry && job.attempts < job.maxAttempts;
  await db
    .update(jobs)
    .set(
      again
        ? {
            status: "queued",
            runAt: new Date(Date.now() + backoffDelay(job.attempts, backoff)),
            lockedAt: null,
            lockedBy: null,
            lastError: error,
          }
        : { status: "failed", finishedAt: sql`now()`, lockedAt: null, lastError: error },
    )
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));

  return again ? "retrying" : "failed";
};

/** "Retry now": a queued job for this key runs at once (or a new one is added). */
export const runJobNow = async (db: DbOrTx, input: EnqueueInput & { dedupeKey: string }) => {
  const updated = await db
    .update(jobs)
    .set({ runAt: sql`now()`, attempts: 0 })
    .where(and(eq(jobs.dedupeKey, input.dedupeKey), eq(jobs.status, "queued")))
    .returning({ id: jobs.id });
  if (updated.length === 0) await enqueueJob(db, input);
};

/** Drops the queued jobs of a key (a terminated service needs no delivery). */
export const cancelQueuedJobs = async (db: DbOrTx, dedupeKey: string) => {
  await db.delete(jobs).where(and(eq(jobs.dedupeKey, dedupeKey), eq(jobs.status, "queued")));
};

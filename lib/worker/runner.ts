import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { workerHeartbeats } from "@/lib/db/schema";
import { JobError, messageOf } from "@/lib/services/delivery-errors";
import { HANDLERS, type JobHandler } from "@/lib/worker/handlers";
import {
  type BackoffPolicy,
  claimJob,
  completeJob,
  enqueueJob,
  failJob,
  heartbeatJob,
} from "@/lib/worker/queue";

export type WorkerOptions = {
  workerId: string;
  leaseMs: number;
  pollMs: number;
  backoff: BackoffPolicy;
  sweepEveryMs: number;
  /** How often box servers are checked against the panel (deleted outside the portal?). */
  reconcileEveryMs?: number;
  handlers?: Record<string, JobHandler>;
};

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

/**
 * Claims and runs one due job. While it runs, its lease is renewed so no other worker takes it; if this
 * process dies, the lease expires and another worker (or this one after a restart) runs it again.
 * Returns false when nothing was due.
 */
export const runNextJob = async (db: Db, options: WorkerOptions): Promise<boolean> => {
  const job = await claimJob(db, { workerId: options.workerId, leaseMs: options.leaseMs });
  if (!job) return false;
  const handler = (options.handlers ?? HANDLERS)[job.type];
  const lease = setInterval(
    () => void heartbeatJob(db, job, options.workerId).catch(() => {}),
    Math.max(50, options.leaseMs / 3),
  );
  try {
    if (!handler) throw new JobError(`No handler for job type ${job.type}`, false);
    await handler.run({ db, job });
    await completeJob(db, job, options.workerId);
  } catch (err) {
    const message = messageOf(err);
    const retry = err instanceof JobError ? err.retry : true;
    const outcome = await failJob(db, job, options.workerId, {
      error: message,
      retry,
      backoff: options.backoff,
    });
    if (outcome === "failed") await handler?.onGiveUp?.({ db, job }, message);
    if (!(err instanceof JobError)) console.error(`[worker] job ${job.id} (${job.type}) failed:`, err);
  } finally {
    clearInterval(lease);
  }

  return true;
};

/** Jobs the worker queues itself at an interval (one at a time across workers: their dedupe key is their type). */
const PERIODIC_JOBS: Array<{ type: string; every: (options: WorkerOptions) => number | undefined }> = [
  { type: "expiry_sweep", every: (options) => options.sweepEveryMs },
  { type: "reconcile_boxes", every: (options) => options.reconcileEveryMs },
];

/** A polling loop: runs due jobs, queues the periodic ones, and reports itself alive for /api/health. */
export class Worker {
  private running = false;
  private loop?: Promise<void>;
  private readonly lastQueued = new Map<string, number>();
  private lastBeat = 0;

  constructor(
    private readonly db: Db,
    readonly options: WorkerOptions,
  ) {}

  start() {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop() {
    this.running = false;
    await this.loop;
  }

  private async beat() {
    const [host, pid] = [hostname(), process.pid];
    await this.db
      .insert(workerHeartbeats)
      .values({ workerId: this.options.workerId, host, pid })
      .onConflictDoUpdate({ target: workerHeartbeats.workerId, set: { lastSeenAt: sql`now()` } });
  }

  private async run() {
    while (this.running) {
      try {
        const now = Date.now();
        if (now - this.lastBeat > 15_000) {
          this.lastBeat = now;
          await this.beat();
        }
        for (const { type, every } of PERIODIC_JOBS) {
          const interval = every(this.options);
          if (!interval || now - (this.lastQueued.get(type) ?? 0) <= interval) continue;
          this.lastQueued.set(type, now);
          await enqueueJob(this.db, { type, payload: {}, dedupeKey: type, maxAttempts: 1 });
        }
        while (this.running && (await runNextJob(this.db, this.options))) {
          // Drain everything that is due before sleeping.
        }
      } catch (err) {
        console.error("[worker] loop error:", err);
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs));
    }
  }
}

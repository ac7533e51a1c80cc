import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { Worker, type WorkerOptions, newWorkerId } from "@/lib/worker/runner";

export const workerOptionsFromEnv = (): WorkerOptions => {
  const env = getEnv();

  return {
    workerId: newWorkerId(),
    leaseMs: env.WORKER_LEASE_MS,
    pollMs: env.WORKER_POLL_MS,
    backoff: { baseMs: env.JOB_BACKOFF_BASE_MS, capMs: env.JOB_BACKOFF_CAP_MS },
    sweepEveryMs: env.EXPIRY_SWEEP_MS,
    reconcileEveryMs: env.RECONCILE_EVERY_MS,
  };
};

const slot = globalThis as typeof globalThis & { __portalWorker?: Worker };

/** Starts this process's worker once (the app calls it at start-up unless WORKER_ENABLED=false). */
export const startWorker = async () => {
  if (slot.__portalWorker) return slot.__portalWorker;
  const worker = new Worker(await getDb(), workerOptionsFromEnv());
  slot.__portalWorker = worker;
  worker.start();
  console.info(`[worker] started (${worker.options.workerId})`);
  const stop = () => void worker.stop();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);

  return worker;
};

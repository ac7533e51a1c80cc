/** Runs once when the server starts: secrets, database migrations, then the background worker. */
export const register = async () => {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDbHandle } = await import("@/lib/db/client");
  const { getSecret } = await import("@/lib/secrets");
  getSecret("AUTH_SECRET");
  getSecret("APP_ENCRYPTION_KEY");
  try {
    await getDbHandle();
  } catch (err) {
    // Keep serving: /api/health reports 503 and the next request tries again.
    console.error("[db] could not open the database at start-up:", err);

    return;
  }
  const { getEnv } = await import("@/lib/env");
  if (getEnv().WORKER_ENABLED === "true") {
    const { startWorker } = await import("@/lib/worker/start");
    await startWorker();
  }
};

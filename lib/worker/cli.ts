// `npm run worker`: the background worker on its own, for running it apart from the web servers.
import { getDbHandle } from "@/lib/db/client";
import { startWorker } from "@/lib/worker/start";

const main = async () => {
  const handle = await getDbHandle();
  if (handle.driver === "pglite") {
    console.info(
      "[worker] using the embedded PGlite database: do not run the app on the same data directory at the same time.",
    );
  }
  await startWorker();
};

main().catch((err: unknown) => {
  console.error("[worker] could not start:", err instanceof Error ? err.message : err);
  process.exit(1);
});

// `npm run db:migrate`: applies pending migrations to the configured database, then exits.
import { openConfiguredDatabase } from "@/lib/db/client";

const main = async () => {
  const handle = await openConfiguredDatabase();
  console.info(`[db] migrations applied: ${handle.driver} (${handle.location})`);
  await handle.close();
};

main().catch((err: unknown) => {
  console.error("[db] migration failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});

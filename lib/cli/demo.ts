// `npm run demo`: a fresh portal on its own data directory, with a simulated Pterodactyl and Wisp panel
// connected, demo offers, and an admin and a customer to sign in with. Never the default start.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "@/lib/db/client";
import { DEMO_ACCOUNTS, seedDemo } from "@/lib/cli/demo-seed";
import { resetEnvCache } from "@/lib/env";
import { startPanelSimulator } from "@/lib/panels/simulator/simulator";

const DATA_DIR = path.resolve(".data/demo");
const PORT = process.env.PORT ?? "3000";

const main = async () => {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  process.env.DATA_DIR = DATA_DIR;
  delete process.env.DATABASE_URL;
  resetEnvCache();
  const settings = { installDelayMs: 8_000, powerDelayMs: 3_000 };
  const simulators = {
    pterodactyl: await startPanelSimulator({
      flavor: "pterodactyl",
      port: Number(process.env.DEMO_PTERODACTYL_PORT ?? 8081),
      settings,
    }),
    wisp: await startPanelSimulator({
      flavor: "wisp",
      port: Number(process.env.DEMO_WISP_PORT ?? 8082),
      settings,
    }),
  };
  const handle = await openDatabase({ pgliteDir: path.join(DATA_DIR, "pglite") });
  await handle.migrate();
  await seedDemo(handle.db, simulators);
  await handle.close();

  const portal = spawn(process.execPath, ["lib/cli/start.mjs"], {
    stdio: "inherit",
    env: { ...process.env, DATA_DIR, DEMO_MODE: "true", PORT, DATABASE_URL: "" },
  });
  const { admin, customer } = DEMO_ACCOUNTS;
  console.info(`
  ┌ DEMO ─ everything here is simulated and starts afresh each time ─────────────
  │ Portal:     http://localhost:${PORT}
  │ Admin:      ${admin.email} / ${admin.password}
  │ Customer:   ${customer.email} / ${customer.password}
  │ Panels:     Pterodactyl ${simulators.pterodactyl.url}, Wisp ${simulators.wisp.url}
  └──────────────────────────────────────────────────────────────────────────────
`);
  const stop = async () => {
    portal.kill("SIGTERM");
    await Promise.all([simulators.pterodactyl.close(), simulators.wisp.close()]);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  portal.on(
    "exit",
    (code) =>
      void Promise.all([simulators.pterodactyl.close(), simulators.wisp.close()]).then(() =>
        process.exit(code ?? 0),
      ),
  );
};

main().catch((err: unknown) => {
  console.error("[demo] could not start:", err);
  process.exit(1);
});

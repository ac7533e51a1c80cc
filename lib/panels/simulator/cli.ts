// `npm run panel:sim -- --flavor pterodactyl --port 8081`: runs a simulated panel until interrupted.
import { parseArgs } from "node:util";
import { startPanelSimulator } from "@/lib/panels/simulator/simulator";

const { values } = parseArgs({
  options: {
    flavor: { type: "string", default: "pterodactyl" },
    port: { type: "string", default: "8081" },
    host: { type: "string", default: "127.0.0.1" },
    "install-delay": { type: "string", default: "3000" },
    seed: { type: "string", default: "42" },
  },
});

const main = async () => {
  const flavor = values.flavor;
  if (flavor !== "pterodactyl" && flavor !== "wisp")
    throw new Error(`--flavor must be pterodactyl or wisp, not ${flavor}`);
  const simulator = await startPanelSimulator({
    flavor,
    port: Number(values.port),
    host: values.host,
    seed: Number(values.seed),
    settings: { installDelayMs: Number(values["install-delay"]) },
  });
  const { keys } = simulator;
  console.info(`Simulated ${flavor} panel listening on ${simulator.url}`);
  console.info(`  application key (full access):  ${keys.application}`);
  console.info(`  client key (root admin):        ${keys.client}`);
  console.info(`  application key (read only):    ${keys.applicationReadOnly}`);
  console.info(`  application key (not an admin): ${keys.applicationNonAdmin}`);
  console.info(`  expired key:                    ${keys.expired}`);
  console.info(`Control API: ${simulator.url}/__control (reset, faults, calls, servers, settings)`);
  const stop = async () => {
    await simulator.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
};

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

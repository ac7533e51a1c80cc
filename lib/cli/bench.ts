// `npm run bench`: measures the customer's server page against the simulator and prints figures.
// Panel calls per page view and per refresh, render time under 50 concurrent viewers, and whether a
// customer with 20 services polling their pages stays under the panel's client rate limit (720/min).
import { spawn } from "node:child_process";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { prepareBenchData } from "@/lib/cli/bench-setup";
import { getSecret } from "@/lib/secrets";
import { startPanelSimulator } from "@/lib/panels/simulator/simulator";

const PORT = Number(process.env.BENCH_PORT ?? 3900);
const BASE = `http://localhost:${PORT}`;
const SERVICES = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const main = async () => {
  const simulator = await startPanelSimulator({
    flavor: "pterodactyl",
    port: 0,
    settings: { installDelayMs: 0, powerDelayMs: 500 },
  });
  const dataDir = path.resolve(".data/bench");
  console.info(`Preparing ${SERVICES} delivered services…`);
  const { customer, serviceIds } = await prepareBenchData(dataDir, simulator, SERVICES);
  const cookie = `authjs.session-token=${await encode({
    token: {
      sub: customer.id,
      uid: customer.id,
      role: "customer",
      sv: customer.sessionVersion,
      email: customer.email,
    },
    secret: getSecret("AUTH_SECRET"),
    salt: "authjs.session-token",
  })}`;
  const server = spawn(process.execPath, ["lib/cli/start.mjs"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), WORKER_ENABLED: "false", DATABASE_URL: "" },
  });
  const get = async (url: string) => {
    const started = performance.now();
    const response = await fetch(`${BASE}${url}`, { headers: { cookie } });
    await response.text();
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);

    return performance.now() - started;
  };
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${BASE}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(1_000);
  }
  const calls = () => {
    const list = simulator.calls.list();
    simulator.calls.clear();

    return {
      client: list.filter((call) => call.path.startsWith("/api/client")).length,
      application: list.filter((call) => call.path.startsWith("/api/application")).length,
      throttled: list.filter((call) => call.status === 429).length,
    };
  };
  const page = (id: string) => `/services/${id}`;
  const [first] = serviceIds as [string];

  await get(page(serviceIds[1]!)); // warm up the server (compilation caches, DB)
  await sleep(5_000);
  calls();
  await get(page(first));
  const firstView = calls();
  await get(page(first));
  const secondView = calls();
  for (let i = 0; i < 5; i++) await get(`/api/services/${first}/live`);
  const refreshesWithinCache = calls();
  await sleep(4_500);
  await get(`/api/services/${first}/live`);
  const refreshAfterCache = calls();

  const sequential: number[] = [];
  for (let i = 0; i < 20; i++) sequential.push(await get(page(first)));
  const latencies: number[] = [];
  await sleep(5_000);
  calls();
  const burstStarted = performance.now();
  for (let round = 0; round < 10; round++)
    latencies.push(...(await Promise.all(Array.from({ length: 50 }, () => get(page(first))))));
  const throughput = latencies.length / ((performance.now() - burstStarted) / 1000);
  const concurrent = calls();

  // The customer keeps all 20 server pages open in two tabs each; every tab polls every 5 s.
  const seconds = Number(process.env.BENCH_POLL_SECONDS ?? 30);
  const started = Date.now();
  let polls = 0;
  while (Date.now() - started < seconds * 1000) {
    const tick = Date.now();
    await Promise.all(
      serviceIds.flatMap((id) => [get(`/api/services/${id}/live`), get(`/api/services/${id}/live`)]),
    );
    polls += SERVICES * 2;
    await sleep(Math.max(0, 5_000 - (Date.now() - tick)));
  }
  const polling = calls();
  const perMinute = Math.round((polling.client / ((Date.now() - started) / 60_000)) * 10) / 10;

  console.info(`
Server page benchmark (simulated Pterodactyl, ${SERVICES} services, PGlite)
  first page view:          ${firstView.client} client-API + ${firstView.application} application-API calls
  second view (cached):     ${secondView.client} client-API + ${secondView.application} application-API calls
  5 refreshes within 4 s:   ${refreshesWithinCache.client} client-API calls
  refresh after the cache:  ${refreshAfterCache.client} client-API call(s)
  one viewer at a time (20 renders): p50 ${percentile(sequential, 50).toFixed(0)} ms, p95 ${percentile(sequential, 95).toFixed(0)} ms
  50 concurrent viewers × 10 rounds (${latencies.length} page renders):
    p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms, ${throughput.toFixed(0)} renders/s
    panel calls during the run: ${concurrent.client} client-API, ${concurrent.application} application-API
  20 services, 2 tabs each polling every 5 s for ${seconds} s (${polls} polls):
    ${polling.client} client-API calls = ${perMinute}/min (panel limit 720/min), ${polling.throttled} answered 429
`);
  server.kill("SIGTERM");
  await simulator.close();
  process.exit(polling.throttled > 0 ? 1 : 0);
};

main().catch((err: unknown) => {
  console.error("[bench] failed:", err);
  process.exit(1);
});

// `npm run bench:pterobox` (also part of `npm run bench`): PteroBox figures against the simulator.
// 1. Time to create a server in a box — the customer's wait for "creating", then until the panel has it —
//    and how much of that is the portal rather than the panel (the simulator answers after a set latency).
// 2. 50 simultaneous creates at a box that fits 7: how many succeed, how many are refused, how many servers
//    the panel ends up with.
import path from "node:path";
import { createBoxServer } from "@/lib/boxes/box-servers";
import { drainJobs, openBenchPortal } from "@/lib/cli/bench-setup";
import { getService } from "@/lib/db/queries/services";
import { listBoxServers } from "@/lib/db/queries/box-servers";
import { saveOffer } from "@/lib/offers/save-offer";
import { startPanelSimulator } from "@/lib/panels/simulator/simulator";
import { SYSTEM } from "@/lib/services/audit";
import { placeOrder } from "@/lib/services/place-order";

const LATENCY_MS = Number(process.env.BENCH_PANEL_LATENCY_MS ?? 50);
const CREATES = Number(process.env.BENCH_BOX_CREATES ?? 20);
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const SIZE = { memoryMb: 1024, diskMb: 2048, cpuPercent: 50, databases: 0, backups: 0, allocations: 1 };

const main = async () => {
  const simulator = await startPanelSimulator({ flavor: "pterodactyl", port: 0, settings: { installDelayMs: 0 } });
  // Every panel request waits this long before it is handled, as a remote panel would.
  simulator.faults.add({ action: { type: "latency", ms: LATENCY_MS }, times: 0 });
  const portal = await openBenchPortal(path.resolve(".data/bench-pterobox"), simulator);
  const { db, customer, eggRef, offerBase } = portal;
  const boxOffer = (name: string, memoryMb: number, maxServers: number) =>
    saveOffer(db, {
      ...offerBase,
      offerType: "pterobox",
      name,
      price: 1000,
      memoryMb,
      diskMb: 1_000_000,
      cpuPercent: 10_000,
      maxServers,
      allocations: 100,
      eggs: [eggRef("Paper"), eggRef("Vanilla Minecraft")],
    });
  const orderBox = async (offerId: string) => {
    const box = await placeOrder(db, customer, { offerId, choices: {}, environment: {} }, SYSTEM);
    await drainJobs(db);

    return (await getService(db, box.id))!;
  };
  const [paperEggId] = eggRef("Paper").split(":").slice(1);
  const create = (boxId: string, name: string) =>
    createBoxServer(db, { boxId, caller: customer, name, eggId: paperEggId!, request: SIZE, environment: {} });

  // 1. One create at a time.
  const roomy = await orderBox((await boxOffer("Bench box", CREATES * 1024, CREATES)).id);
  const reserve: number[] = [];
  const untilActive: number[] = [];
  const panelTime: number[] = [];
  const panelCalls: number[] = [];
  for (let i = 0; i < CREATES; i++) {
    simulator.calls.clear();
    const started = performance.now();
    await create(roomy.id, `Server ${i}`);
    reserve.push(performance.now() - started);
    await drainJobs(db);
    untilActive.push(performance.now() - started);
    const calls = simulator.calls.list();
    panelCalls.push(calls.length);
    panelTime.push(calls.reduce((sum, call) => sum + (call.durationMs ?? 0), 0));
  }
  const active = (await listBoxServers(db, roomy.id)).filter((server) => server.status === "active").length;
  const overhead = untilActive.map((total, i) => total - panelTime[i]!);

  // 2. 50 at once at a box that fits 7.
  const tight = await orderBox((await boxOffer("Tight box", 7 * 1024, 50)).id);
  simulator.calls.clear();
  const burstStarted = performance.now();
  const attempts = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => create(tight.id, `Rush ${i}`)));
  const burstMs = performance.now() - burstStarted;
  const refusals = attempts.flatMap((attempt) =>
    attempt.status === "rejected" ? [(attempt.reason as Error).message] : [],
  );
  const drainStarted = performance.now();
  await drainJobs(db);
  const drainMs = performance.now() - drainStarted;
  const rows = await listBoxServers(db, tight.id);
  const onPanel = simulator.store.servers.filter((server) => rows.some((row) => row.id === server.externalId));

  console.info(`
PteroBox benchmark (simulated Pterodactyl answering after ${LATENCY_MS} ms per request, PGlite)
  create a server, one at a time (${CREATES} creates, ${active} active at the end):
    customer waits for "creating":  p50 ${ms(percentile(reserve, 50))}, p95 ${ms(percentile(reserve, 95))}
    until the panel has it:         p50 ${ms(percentile(untilActive, 50))}, p95 ${ms(percentile(untilActive, 95))}
    panel calls per create:         ${Math.min(...panelCalls)}–${Math.max(...panelCalls)}, simulator time p50 ${ms(percentile(panelTime, 50))}
    portal overhead (total − panel): p50 ${ms(percentile(overhead, 50))}, p95 ${ms(percentile(overhead, 95))}
  50 simultaneous creates at a box that fits 7 (1 GB each in 7 GB):
    ${attempts.length - refusals.length} succeeded, ${refusals.length} refused (${[...new Set(refusals)].map((m) => `“${m}”`).join(", ")}) in ${ms(burstMs)}
    worker created them on the panel in ${ms(drainMs)}: the panel holds ${onPanel.length} servers for this box
`);
  await portal.handle.close();
  await simulator.close();
  process.exit(onPanel.length === 7 && refusals.length === 43 ? 0 : 1);
};

main().catch((err: unknown) => {
  console.error("[bench:pterobox] failed:", err);
  process.exit(1);
});

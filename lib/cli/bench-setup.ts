import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { type Db, openDatabase } from "@/lib/db/client";
import { completeSetup } from "@/lib/db/queries/instance-setup";
import { createUser } from "@/lib/db/queries/users";
import type { User } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { saveOffer } from "@/lib/offers/save-offer";
import { getPanelCatalog } from "@/lib/panels/catalog";
import { createConnection } from "@/lib/panels/connections";
import type { PanelSimulator } from "@/lib/panels/simulator/simulator";
import { SYSTEM } from "@/lib/services/audit";
import { placeOrder } from "@/lib/services/place-order";
import { resetSecretCache } from "@/lib/secrets";
import { type WorkerOptions, newWorkerId, runNextJob } from "@/lib/worker/runner";

export const BENCH_WORKER: WorkerOptions = {
  workerId: newWorkerId(),
  leaseMs: 60_000,
  pollMs: 10,
  backoff: { baseMs: 10, capMs: 10 },
  sweepEveryMs: 60_000,
};

/** Runs every due job (deliveries, box server creations) until none is left. */
export const drainJobs = async (db: Db) => {
  let ran = 0;
  while (await runNextJob(db, BENCH_WORKER)) ran += 1;

  return ran;
};

/**
 * A fresh data directory (PGlite) with an admin, a customer and a connection to `simulator`: what every
 * benchmark scenario starts from.
 */
export const openBenchPortal = async (dataDir: string, simulator: PanelSimulator) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  resetEnvCache();
  resetSecretCache();
  const handle = await openDatabase({ pgliteDir: path.join(dataDir, "pglite") });
  await handle.migrate();
  const { db } = handle;
  await completeSetup(db, {
    email: "admin@bench.test",
    firstName: "Bench",
    lastName: "Admin",
    passwordHash: await hashPassword("bench admin password"),
  });
  const customer: User = await createUser(db, {
    email: "player@bench.test",
    firstName: "Bench",
    lastName: "Player",
    passwordHash: await hashPassword("bench player password"),
  });
  const connection = await createConnection(db, {
    name: "Bench panel",
    kind: "pterodactyl",
    hostname: simulator.url,
    ipAddress: undefined,
    port: 443,
    clientKey: simulator.keys.client,
    applicationKey: simulator.keys.application,
  });
  const catalog = await getPanelCatalog(db, connection);
  const eggRef = (name: string) => {
    const egg = catalog.nests.flatMap((nest) => nest.eggs).find((candidate) => candidate.name === name)!;

    return `${egg.nestId}:${egg.id}`;
  };
  const offerBase = {
    connectionId: connection.id,
    description: "",
    billingPeriod: "month" as const,
    isActive: true,
    locationId: catalog.locations.find((location) => location.short === "fr")!.id,
    io: 500,
    swapMb: 0,
    databases: 0,
    backups: 0,
    backupSizeMb: null,
    allocations: 1,
    dedicatedIp: false,
    portRange: "",
    portVariables: [],
    serverNameTemplate: "%product_name% #%service_id%",
    serverDescriptionTemplate: "",
    startOnCompletion: true,
    options: [],
  };

  return { handle, db, customer, connection, eggRef, offerBase };
};

/** A fresh data directory with a customer owning `count` delivered services on the simulator. */
export const prepareBenchData = async (dataDir: string, simulator: PanelSimulator, count: number) => {
  const { handle, db, customer, eggRef, offerBase } = await openBenchPortal(dataDir, simulator);
  const offer = await saveOffer(db, {
    ...offerBase,
    name: "Bench 1 GB",
    price: 100,
    memoryMb: 512,
    diskMb: 1024,
    cpuPercent: 50,
    eggs: [eggRef("Paper")],
  });
  const serviceIds: string[] = [];
  for (let i = 0; i < count; i++)
    serviceIds.push(
      (await placeOrder(db, customer, { offerId: offer.id, choices: {}, environment: {} }, SYSTEM)).id,
    );
  await drainJobs(db);
  await handle.close();

  return { customer, serviceIds };
};

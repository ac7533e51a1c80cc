import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { openDatabase } from "@/lib/db/client";
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
import { newWorkerId, runNextJob } from "@/lib/worker/runner";

/** A fresh data directory with a customer owning `count` delivered services on the simulator. */
export const prepareBenchData = async (dataDir: string, simulator: PanelSimulator, count: number) => {
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
  const paper = catalog.nests.flatMap((nest) => nest.eggs).find((egg) => egg.name === "Paper")!;
  const offer = await saveOffer(db, {
    connectionId: connection.id,
    name: "Bench 1 GB",
    description: "",
    price: 100,
    billingPeriod: "month",
    isActive: true,
    locationId: catalog.locations.find((location) => location.short === "fr")!.id,
    memoryMb: 512,
    diskMb: 1024,
    io: 500,
    swapMb: 0,
    cpuPercent: 50,
    databases: 0,
    backups: 0,
    backupSizeMb: null,
    allocations: 1,
    dedicatedIp: false,
    portRange: "",
    portVariables: [],
    eggs: [`${paper.nestId}:${paper.id}`],
    serverNameTemplate: "%product_name% #%service_id%",
    serverDescriptionTemplate: "",
    startOnCompletion: true,
    options: [],
  });
  const serviceIds: string[] = [];
  for (let i = 0; i < count; i++)
    serviceIds.push(
      (await placeOrder(db, customer, { offerId: offer.id, choices: {}, environment: {} }, SYSTEM)).id,
    );
  const worker = {
    workerId: newWorkerId(),
    leaseMs: 60_000,
    pollMs: 10,
    backoff: { baseMs: 10, capMs: 10 },
    sweepEveryMs: 60_000,
  };
  while (await runNextJob(db, worker)) {
    // Deliver every service before measuring.
  }
  await handle.close();

  return { customer, serviceIds };
};

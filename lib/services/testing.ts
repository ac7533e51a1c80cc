import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { type Db, type DbHandle, setDbHandleForTesting } from "@/lib/db/client";
import { createUser } from "@/lib/db/queries/users";
import {
  type NewOffer,
  offerEggs,
  offerOptions,
  offers,
  type PanelConnection,
  type User,
} from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { resetEnvCache } from "@/lib/env";
import { createConnection, setPanelHttpOptionsForTesting } from "@/lib/panels/connections";
import type { Flavor } from "@/lib/panels/simulator/model";
import { type SimFixture, setupSimulator } from "@/lib/panels/testing";
import { SYSTEM } from "@/lib/services/audit";
import { type OrderInput, placeOrder } from "@/lib/services/place-order";
import { resetSecretCache } from "@/lib/secrets";
import { type WorkerOptions, runNextJob } from "@/lib/worker/runner";

export type PortalFixture = {
  sim: SimFixture["sim"];
  db: Db;
  handle: DbHandle;
  connection: PanelConnection;
  customer: User;
  /** An offer on the simulator; eggs by name ("Paper", "FiveM"…), options as rows without ids. */
  createOffer: (
    values?: Partial<NewOffer>,
    extra?: { eggs?: string[]; options?: Array<Omit<typeof offerOptions.$inferInsert, "offerId">> },
  ) => Promise<typeof offers.$inferSelect>;
  order: (input: OrderInput) => ReturnType<typeof placeOrder>;
  /** Runs due jobs until none is left (retries without waiting). */
  runJobs: (options?: Partial<WorkerOptions>) => Promise<number>;
  workerOptions: (overrides?: Partial<WorkerOptions>) => WorkerOptions;
};

/**
 * A migrated test database with the portal wired to a simulated panel over HTTP: a connection, a
 * customer, helpers to create offers, order, and run the worker. The panel and the service tables are
 * reset before each test.
 */
export const setupPortal = (flavor: Flavor): PortalFixture => {
  const sim = setupSimulator(flavor);
  const fx = { sim: sim.sim } as PortalFixture;
  beforeAll(async () => {
    vi.stubEnv("APP_ENCRYPTION_KEY", randomBytes(32).toString("base64"));
    resetEnvCache();
    resetSecretCache();
    fx.handle = await createTestDatabase();
    fx.db = fx.handle.db;
    setDbHandleForTesting(fx.handle);
    setPanelHttpOptionsForTesting({
      sleep: async () => {},
      timeouts: { create: 2_000, read: 3_000, write: 3_000 },
    });
    fx.connection = await createConnection(fx.db, {
      name: `${flavor} sim`,
      kind: flavor,
      hostname: sim.sim.url,
      port: 443,
      ipAddress: undefined,
      clientKey: sim.sim.keys.client,
      applicationKey: sim.sim.keys.application,
    });
    fx.customer = await createUser(fx.db, {
      email: "gamer@example.com",
      firstName: "Gina",
      lastName: "Gamer",
      passwordHash: await hashPassword("gamer password 1"),
    });
  });
  afterAll(async () => {
    setPanelHttpOptionsForTesting();
    setDbHandleForTesting(undefined);
    vi.unstubAllEnvs();
    resetEnvCache();
    resetSecretCache();
    await fx.handle?.close();
  });
  beforeEach(async () => {
    // The simulator was reset: what we remembered about it (users, servers) is gone too.
    for (const table of ["jobs", "audit_log", "services", "orders", "panel_users"])
      await fx.db.execute(sql.raw(`delete from ${table}`));
  });
  fx.createOffer = async (values = {}, extra = {}) => {
    const store = sim.sim.store;
    const location = store.locations.find((l) => l.short === "fr")!;
    const locationId = String(flavor === "wisp" ? location.ulid : location.id);
    const [offer] = await fx.db
      .insert(offers)
      .values({
        type: flavor,
        name: "Test offer",
        priceCents: 500,
        connectionId: fx.connection.id,
        locationId,
        locationLabel: "fr",
        memoryMb: 2048,
        diskMb: 10240,
        cpuPercent: 100,
        serverNameTemplate: "%product_name% for %owner_firstname% #%service_id%",
        ...values,
      })
      .returning();
    const eggNames = extra.eggs ?? ["Paper"];
    await fx.db.insert(offerEggs).values(
      eggNames.map((name, position) => {
        const egg = store.eggs.find((candidate) => candidate.name === name)!;
        const nest = store.nests.find((candidate) => candidate.id === egg.nestId)!;

        return {
          offerId: offer!.id,
          nestId: String(flavor === "wisp" ? nest.ulid : nest.id),
          eggId: String(flavor === "wisp" ? egg.ulid : egg.id),
          name,
          position,
        };
      }),
    );
    if (extra.options?.length)
      await fx.db
        .insert(offerOptions)
        .values(extra.options.map((option) => ({ ...option, offerId: offer!.id })));

    return offer!;
  };
  fx.order = (input) => placeOrder(fx.db, fx.customer, input, SYSTEM);
  fx.workerOptions = (overrides = {}) => ({
    workerId: `test-${randomBytes(3).toString("hex")}`,
    leaseMs: 60_000,
    pollMs: 10,
    backoff: { baseMs: 1, capMs: 1 },
    sweepEveryMs: 60_000,
    ...overrides,
  });
  fx.runJobs = async (options = {}) => {
    const workerOptions = fx.workerOptions(options);
    let ran = 0;
    for (; ran < 100; ran++) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (!(await runNextJob(fx.db, workerOptions))) break;
    }

    return ran;
  };

  return fx;
};

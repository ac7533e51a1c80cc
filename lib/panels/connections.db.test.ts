import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { panelConnections } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { resetEnvCache } from "@/lib/env";
import { getPanelCatalog } from "@/lib/panels/catalog";
import {
  adapterForConnection,
  createConnection,
  testConnection,
  updateConnection,
} from "@/lib/panels/connections";
import { setupSimulator } from "@/lib/panels/testing";
import { resetSecretCache } from "@/lib/secrets";

let handle: DbHandle;
const fx = setupSimulator("pterodactyl");

beforeAll(async () => {
  vi.stubEnv("APP_ENCRYPTION_KEY", randomBytes(32).toString("base64"));
  resetEnvCache();
  resetSecretCache();
  handle = await createTestDatabase();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  resetEnvCache();
  resetSecretCache();
  await handle?.close();
});

const input = (overrides: Record<string, unknown> = {}) => ({
  name: `Panel ${randomBytes(3).toString("hex")}`,
  kind: "pterodactyl" as const,
  ipAddress: undefined,
  hostname: fx.sim.url,
  port: 443,
  clientKey: fx.sim.keys.client,
  applicationKey: fx.sim.keys.application,
  ...overrides,
});

describe("panel connections", () => {
  it("stores keys encrypted with their last four characters, and the adapter talks to the panel", async () => {
    const connection = await createConnection(handle.db, input());
    expect(connection.clientKeyEncrypted).not.toContain(fx.sim.keys.client);
    expect(connection.applicationKeyEncrypted).not.toContain(fx.sim.keys.application.slice(5));
    expect(connection.clientKeyHint).toBe(fx.sim.keys.client.slice(-4));
    expect(await adapterForConnection(connection).listLocations()).toHaveLength(4);
  });

  it("keeps stored keys when the edit leaves them blank, replaces them when given, and forgets a stale test", async () => {
    const connection = await createConnection(handle.db, input());
    await testConnection(handle.db, connection);
    expect((await getPanelConnection(handle.db, connection.id))?.lastTestOk).toBe(true);
    const renamed = await updateConnection(
      handle.db,
      connection.id,
      input({ name: connection.name + " EU", clientKey: undefined, applicationKey: undefined }),
    );
    expect(renamed.clientKeyEncrypted).toBe(connection.clientKeyEncrypted);
    expect(renamed.lastTestOk).toBe(true);
    const rekeyed = await updateConnection(
      handle.db,
      connection.id,
      input({ name: renamed.name, clientKey: fx.sim.keys.clientNonAdmin, applicationKey: undefined }),
    );
    expect(rekeyed.clientKeyEncrypted).not.toBe(connection.clientKeyEncrypted);
    expect(rekeyed.applicationKeyEncrypted).toBe(connection.applicationKeyEncrypted);
    expect(rekeyed.lastTestOk).toBeNull();
    const checks = await testConnection(handle.db, rekeyed);
    expect(checks.find((check) => check.id === "client")?.ok).toBe(false);
    expect((await getPanelConnection(handle.db, connection.id))?.lastTestOk).toBe(false);
  });

  it("refuses a second connection with the same name in another case", async () => {
    await createConnection(handle.db, input({ name: "Main Panel" }));
    await expect(createConnection(handle.db, input({ name: "main panel" }))).rejects.toMatchObject({
      fieldErrors: { name: ["Another connection already has this name."] },
    });
  });

  it("refuses keys copied from another connection's row, with advice instead of a crypto error", async () => {
    const first = await createConnection(handle.db, input());
    const second = await createConnection(handle.db, input());
    await handle.db
      .update(panelConnections)
      .set({ clientKeyEncrypted: first.clientKeyEncrypted })
      .where(eq(panelConnections.id, second.id));
    const tampered = (await getPanelConnection(handle.db, second.id))!;
    expect(() => adapterForConnection(tampered)).toThrow(/cannot be decrypted.*enter the keys again/);
  });

  it("shares one read of the panel between concurrent requests for a catalogue not cached yet", async () => {
    const connection = await createConnection(handle.db, input());
    fx.sim.calls.clear();
    const catalogs = await Promise.all(
      Array.from({ length: 20 }, () => getPanelCatalog(handle.db, connection)),
    );
    expect(new Set(catalogs.map((catalog) => catalog.fetchedAt.getTime())).size).toBe(1);
    expect(fx.sim.calls.list().filter((call) => call.path === "/api/application/locations")).toHaveLength(1);
  });

  it("reads the catalogue once, serves it from the cache, and reads again on refresh", async () => {
    const connection = await createConnection(handle.db, input());
    fx.sim.calls.clear();
    const first = await getPanelCatalog(handle.db, connection);
    expect(first.nests.flatMap((nest) => nest.eggs).map((egg) => egg.name)).toContain("FiveM");
    const callsAfterFirst = fx.sim.calls.list().length;
    expect(callsAfterFirst).toBeGreaterThan(0);
    const cached = await getPanelCatalog(handle.db, connection);
    expect(cached.nodes).toEqual(first.nodes);
    expect(fx.sim.calls.list()).toHaveLength(callsAfterFirst);
    await getPanelCatalog(handle.db, connection, { refresh: true });
    expect(fx.sim.calls.list().length).toBe(callsAfterFirst * 2);
  });
});

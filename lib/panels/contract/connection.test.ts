import net from "node:net";
import { describe, expect, it } from "vitest";
import { getPanelAdapter } from "@/lib/panels";
import { setupSimulator } from "@/lib/panels/testing";

/** A port nothing listens on: bound, then released. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe.each(["pterodactyl", "wisp"] as const)("%s: testConnection", (flavor) => {
  const fx = setupSimulator(flavor);
  const byId = (checks: Awaited<ReturnType<ReturnType<typeof fx.adapter>["testConnection"]>>) =>
    Object.fromEntries(checks.map((check) => [check.id, check]));

  it("passes every check with full keys", async () => {
    const checks = await fx.adapter().testConnection();
    expect(checks.map((check) => [check.id, check.ok])).toEqual([
      ["reach", true],
      ["application-read", true],
      ["application-write", true],
      ["client", true],
    ]);
    // The write probes changed nothing.
    expect(fx.sim.store.users).toHaveLength(126);
    expect(fx.sim.store.servers).toHaveLength(60);
  });

  it("says a bad application key was rejected, and still checks the client key", async () => {
    const checks = byId(
      await fx
        .adapter({}, { application: "ptla_wrongwrongwrongwrongwrongwrongwrongwrongwron" })
        .testConnection(),
    );
    expect(checks.reach?.ok).toBe(true);
    expect(checks["application-read"]).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/rejected/),
    });
    expect(checks.client?.ok).toBe(true);
  });

  it("names what a read-only key cannot write", async () => {
    const checks = byId(
      await fx.adapter({}, { application: fx.sim.keys.applicationReadOnly }).testConnection(),
    );
    expect(checks["application-read"]?.ok).toBe(true);
    expect(checks["application-write"]).toMatchObject({
      ok: false,
      detail: expect.stringContaining("Cannot write: users, servers"),
    });
  });

  it("names what a key cannot read", async () => {
    const token = fx.sim.store.addKey({
      kind: "application",
      userId: 1,
      acl: {
        servers: 3,
        nodes: 1,
        allocations: 0,
        users: 3,
        locations: 1,
        nests: 1,
        eggs: 0,
        database_hosts: 0,
        server_databases: 0,
      },
      allowedIps: [],
      expiresAt: null,
      label: "partial",
    }).token;
    const checks = byId(await fx.adapter({}, { application: token }).testConnection());
    expect(checks["application-read"]?.detail).toContain("Cannot read: allocations, eggs");
  });

  it("refuses a client key whose owner is not an administrator, and an application key in the client field", async () => {
    const nonAdmin = byId(await fx.adapter({}, { client: fx.sim.keys.clientNonAdmin }).testConnection());
    expect(nonAdmin.client).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/not a panel administrator/),
    });
    const wrongKind = byId(await fx.adapter({}, { client: fx.sim.keys.application }).testConnection());
    expect(wrongKind.client).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/This is an application key/),
    });
  });

  it("says an application key owned by a non-admin cannot use the API", async () => {
    const checks = byId(
      await fx.adapter({}, { application: fx.sim.keys.applicationNonAdmin }).testConnection(),
    );
    expect(checks["application-read"]?.detail).toMatch(/not a root administrator/);
  });

  it("reports an unreachable panel on the first line and skips the rest", async () => {
    const adapter = getPanelAdapter({
      kind: flavor,
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      applicationKey: "x",
      clientKey: "y",
      http: { maxRetries: 0 },
    });
    const checks = await adapter.testConnection();
    expect(checks[0]).toMatchObject({ id: "reach", ok: false, detail: expect.stringMatching(/refused/) });
    expect(checks.slice(1).every((check) => !check.ok && check.detail.startsWith("Not checked"))).toBe(true);
  });

  it("recognises something that is not a panel (an HTML page)", async () => {
    fx.sim.faults.add({ path: "/api/application/locations", action: { type: "html", status: 200 } });
    const checks = await fx.adapter({ maxRetries: 0 }).testConnection();
    expect(checks[0]).toMatchObject({ ok: false, detail: expect.stringMatching(/HTML page/) });
    expect(checks[0]?.detail).not.toMatch(/<|html>/i);
  });
});

import { describe, expect, it } from "vitest";
import { setupSimulator } from "@/lib/panels/testing";
import { rawCall } from "@/lib/panels/simulator/tests/raw-client";

describe("simulator: control API", () => {
  const fx = setupSimulator("pterodactyl");
  const call = (...args: Parameters<ReturnType<typeof rawCall>>) => rawCall(fx.sim)(...args);

  it("injects faults over HTTP and logs calls with their outcome", async () => {
    await call("POST", "/__control/faults", {
      key: null,
      body: { rules: [{ path: "/api/application/nodes", action: { type: "status", status: 503 } }] },
    });
    expect((await call("GET", "/api/application/nodes")).status).toBe(503);
    expect((await call("GET", "/api/application/nodes")).status).toBe(200);
    const calls = (await call("GET", "/__control/calls", { key: null })).json as Array<{
      path: string;
      status: number;
      fault?: string;
    }>;
    expect(calls.map((c) => [c.path, c.status, c.fault])).toEqual([
      ["/api/application/nodes", 503, "status"],
      ["/api/application/nodes", 200, undefined],
    ]);
    const bad = await call("POST", "/__control/faults", { key: null, body: { rules: [{ path: "/x" }] } });
    expect(bad.status).toBe(400);
  });

  it("finishes installs on demand, changes nodes and settings, deletes servers behind our back, and resets", async () => {
    fx.sim.settings.installDelayMs = 60_000;
    const created = await call("POST", "/api/application/servers", {
      body: {
        name: "x",
        user: 2,
        egg: 1,
        docker_image: "img",
        startup: "s",
        environment: { SERVER_JARFILE: "a.jar", BUILD_NUMBER: "1" },
        limits: { memory: 1, swap: 0, disk: 1, io: 10, cpu: 0 },
        feature_limits: { databases: 0, backups: 0 },
        deploy: { locations: [], dedicated_ip: false, port_range: [] },
      },
    });
    const id = (created.json as { attributes: { id: number } }).attributes.id;
    const installed = (await call("POST", `/__control/servers/${id}/install`, { key: null })).json as {
      status: string | null;
    };
    expect(installed.status).toBeNull();
    expect(
      (
        (await call("PATCH", "/__control/nodes/4", { key: null, body: { memory: 999_999 } })).json as {
          memory: number;
        }
      ).memory,
    ).toBe(999_999);
    expect(
      (
        (await call("PATCH", "/__control/settings", { key: null, body: { clientRateLimit: 5 } })).json as {
          clientRateLimit: number;
        }
      ).clientRateLimit,
    ).toBe(5);
    await call("DELETE", `/__control/servers/${id}`, { key: null });
    expect((await call("GET", `/api/application/servers/${id}`)).status).toBe(404);
    const reset = (await call("POST", "/__control/reset", { key: null })).json as {
      keys: { application: string };
    };
    expect(reset.keys.application).toBe(fx.sim.keys.application);
    expect(fx.sim.store.nodes[3]?.memory).toBe(4096);
  });
});

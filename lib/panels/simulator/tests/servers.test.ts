import { describe, expect, it } from "vitest";
import { setupSimulator } from "@/lib/panels/testing";
import { errorFields, firstError, rawCall } from "@/lib/panels/simulator/tests/raw-client";

const body = (overrides: Record<string, unknown> = {}) => ({
  name: "Raw server",
  user: 2,
  egg: 1,
  docker_image: "ghcr.io/pterodactyl/yolks:java_21",
  startup: "java -jar server.jar",
  environment: { SERVER_JARFILE: "server.jar", BUILD_NUMBER: "latest" },
  limits: { memory: 1024, swap: 0, disk: 1024, io: 500, cpu: 100 },
  feature_limits: { databases: null, backups: 0 },
  ...overrides,
});

describe("simulator: servers (pterodactyl)", () => {
  const fx = setupSimulator("pterodactyl");
  const call = (...args: Parameters<ReturnType<typeof rawCall>>) => rawCall(fx.sim)(...args);
  const free = (nodeName: string) =>
    fx.sim.store.allocations.filter(
      (a) => a.serverId === null && a.nodeId === fx.sim.store.nodes.find((n) => n.name === nodeName)!.id,
    );

  it("requires an unassigned default allocation unless a deploy block is sent, and lists all failures", async () => {
    const taken = fx.sim.store.allocations.find((a) => a.serverId !== null)!;
    const response = await call("POST", "/api/application/servers", {
      body: body({
        allocation: { default: taken.id },
        limits: { memory: -1, swap: -2, disk: 0, io: 5, cpu: 0 },
        feature_limits: {},
      }),
    });
    expect(errorFields(response)).toEqual([
      "limits.memory:min",
      "limits.swap:min",
      "limits.io:between",
      "feature_limits:required",
      "feature_limits.databases:present",
      "feature_limits.backups:present",
      "allocation.default:exists",
    ]);
    const noPlacement = await call("POST", "/api/application/servers", { body: body() });
    expect(errorFields(noPlacement)).toEqual(["allocation.default:required"]);
    const emptyDeploy = await call("POST", "/api/application/servers", { body: body({ deploy: {} }) });
    expect(errorFields(emptyDeploy)).toEqual(["allocation.default:required", "deploy:required"]);
  });

  it("validates every egg variable after placement, without applying defaults", async () => {
    const response = await call("POST", "/api/application/servers", {
      body: body({ environment: {}, allocation: { default: free("fr-gra-01")[0]!.id } }),
    });
    expect(errorFields(response)).toEqual([
      "environment.SERVER_JARFILE:required",
      "environment.BUILD_NUMBER:required",
    ]);
    expect(firstError(response)?.detail).toBe("The Server Jar File variable field is required.");
  });

  it("stores omitted optional variables as empty strings and defaults oom_disabled to true", async () => {
    const response = await call("POST", "/api/application/servers", {
      body: body({ allocation: { default: free("fr-gra-01")[0]!.id } }),
    });
    expect(response.status).toBe(201);
    const server = (response.json as { attributes: Record<string, any> }).attributes;
    expect(server.status).toBe("installing");
    expect(server.limits.oom_disabled).toBe(true);
    expect(server.container.environment.MINECRAFT_VERSION).toBe("");
    expect(server.container.installed).toBe(0);
  });

  it("deploys onto public nodes with room, honours port ranges and dedicated IPs", async () => {
    const fr = fx.sim.store.locations.find((l) => l.short === "fr")!.id;
    const tooWide = await call("POST", "/api/application/servers", {
      body: body({ deploy: { locations: [fr], dedicated_ip: false, port_range: ["25565-26600"] } }),
    });
    expect(tooWide.text).toContain("1000 ports");
    expect(tooWide.status).toBe(400);
    expect(firstError(tooWide)?.detail).toBe(
      "Adding more than 1000 ports in a single range at once is not supported.",
    );
    const ranged = await call("POST", "/api/application/servers", {
      body: body({ deploy: { locations: [fr], dedicated_ip: false, port_range: ["30150-30152", "bogus"] } }),
    });
    const allocationId = (ranged.json as { attributes: { allocation: number } }).attributes.allocation;
    expect(fx.sim.store.allocations.find((a) => a.id === allocationId)?.port).toBeGreaterThanOrEqual(30150);
    // Only fr-gra-01's second IP hosts no server yet: one dedicated-IP server fits there, a second does not.
    const dedicatedBody = body({ deploy: { locations: [fr], dedicated_ip: true, port_range: [] } });
    const dedicated = await call("POST", "/api/application/servers", { body: dedicatedBody });
    const dedicatedAllocation = (dedicated.json as { attributes: { allocation: number } }).attributes
      .allocation;
    expect(fx.sim.store.allocations.find((a) => a.id === dedicatedAllocation)?.ip).toBe("51.75.10.2");
    expect(firstError(await call("POST", "/api/application/servers", { body: dedicatedBody }))?.code).toBe(
      "NoViableAllocationException",
    );
    const usPrivate = fx.sim.store.locations.find((l) => l.short === "us")!.id;
    expect(
      firstError(
        await call("POST", "/api/application/servers", {
          body: body({ deploy: { locations: [usPrivate], dedicated_ip: false, port_range: [] } }),
        }),
      )?.code,
    ).toBe("NoViableNodeException");
    // Maintenance does not stop deployment.
    const ca = fx.sim.store.locations.find((l) => l.short === "ca")!.id;
    expect(
      (
        await call("POST", "/api/application/servers", {
          body: body({ deploy: { locations: [ca], dedicated_ip: false, port_range: [] } }),
        })
      ).status,
    ).toBe(201);
  });

  it("enforces unique external ids and exact-match lookups", async () => {
    const allocation = free("fr-gra-01");
    expect(
      (
        await call("POST", "/api/application/servers", {
          body: body({ external_id: "abc-1", allocation: { default: allocation[0]!.id } }),
        })
      ).status,
    ).toBe(201);
    const duplicate = await call("POST", "/api/application/servers", {
      body: body({ external_id: "abc-1", allocation: { default: allocation[1]!.id } }),
    });
    expect(errorFields(duplicate)).toEqual(["external_id:unique"]);
    expect((await call("GET", "/api/application/servers/external/abc-1")).status).toBe(200);
    expect((await call("GET", "/api/application/servers/external/abc")).status).toBe(404);
  });

  it("clears an omitted external_id and empties an omitted description on PATCH details", async () => {
    const server = fx.sim.store.servers.find((s) => s.externalId !== null)!;
    server.description = "kept?";
    const response = await call("PATCH", `/api/application/servers/${server.id}/details`, {
      body: { name: "Renamed", user: server.ownerId },
    });
    expect(response.status).toBe(200);
    expect(server).toMatchObject({ name: "Renamed", externalId: null, description: "" });
    const missing = await call("PATCH", `/api/application/servers/${server.id}/details`, { body: {} });
    expect((missing.json as { errors: Array<{ detail: string }> }).errors.map((e) => e.detail)).toEqual([
      "The Server Name field is required.",
      "The User ID field is required.",
    ]);
  });

  it("needs the allocation and feature limits on PATCH build, and guards the default allocation", async () => {
    const server = fx.sim.store.servers[0]!;
    const missing = await call("PATCH", `/api/application/servers/${server.id}/build`, {
      body: { limits: { memory: 1, swap: 0, disk: 1, io: 10, cpu: 0 } },
    });
    expect(errorFields(missing)).toEqual([
      "allocation:required",
      "feature_limits:required",
      "feature_limits.databases:present",
      "feature_limits.backups:present",
    ]);
    const base = {
      allocation: server.allocationId,
      limits: { memory: 2048, swap: 0, disk: 1, io: 10, cpu: 0 },
      feature_limits: { databases: 0, backups: 0 },
    };
    const noFallback = await call("PATCH", `/api/application/servers/${server.id}/build`, {
      body: { ...base, remove_allocations: [server.allocationId] },
    });
    expect(firstError(noFallback)?.detail).toMatch(/no fallback allocation/);
    const foreign = free("de-fsn-01")[0]!;
    const skipped = await call("PATCH", `/api/application/servers/${server.id}/build`, {
      body: { ...base, add_allocations: [foreign.id] },
    });
    expect(skipped.status).toBe(200);
    expect(foreign.serverId).toBeNull();
    expect(server.memory).toBe(2048);
  });

  it("blanks the omitted variables when a startup change sends an environment, and keeps them for {}", async () => {
    const server = fx.sim.store.servers[0]!;
    const base = { startup: "java", egg: server.eggId, image: server.image, skip_scripts: false };
    await call("PATCH", `/api/application/servers/${server.id}/startup`, {
      body: { ...base, environment: {} },
    });
    expect(server.environment.BUILD_NUMBER).toBe("latest");
    await call("PATCH", `/api/application/servers/${server.id}/startup`, {
      body: { ...base, environment: { SERVER_JARFILE: "a.jar", BUILD_NUMBER: "5" } },
    });
    expect(server.environment).toEqual({ MINECRAFT_VERSION: "", SERVER_JARFILE: "a.jar", BUILD_NUMBER: "5" });
  });
});

import { describe, expect, it } from "vitest";
import { setupSimulator } from "@/lib/panels/testing";
import { firstError, rawCall } from "@/lib/panels/simulator/tests/raw-client";

type List = {
  object: string;
  data: Array<{ attributes: Record<string, any> }>;
  meta?: { pagination: Record<string, any> };
};

describe("simulator: lists (pterodactyl)", () => {
  const fx = setupSimulator("pterodactyl");
  const call = (...args: Parameters<ReturnType<typeof rawCall>>) => rawCall(fx.sim)(...args);

  it("paginates 50 per page by default, with links that keep only the page", async () => {
    const first = (await call("GET", "/api/application/users?per_page=50")).json as List;
    expect(first.meta?.pagination).toEqual({
      total: 126,
      count: 50,
      per_page: 50,
      current_page: 1,
      total_pages: 3,
      links: { next: `${fx.sim.url}/api/application/users?page=2` },
    });
    const last = (await call("GET", "/api/application/users?page=3")).json as List;
    expect(last.meta?.pagination).toMatchObject({
      count: 26,
      links: { previous: `${fx.sim.url}/api/application/users?page=2` },
    });
    expect(((await call("GET", "/api/application/users?page=9")).json as List).data).toEqual([]);
    expect(((await call("GET", "/api/application/locations")).json as List).meta?.pagination.links).toEqual(
      {},
    );
    expect((await call("GET", "/api/application/users?per_page=abc")).status).toBe(500);
  });

  it("filters partially and case-insensitively, ORs comma lists, and rejects unknown filters and sorts", async () => {
    const partial = (await call("GET", "/api/application/users?filter[email]=ANNA@")).json as List;
    expect(partial.data.map((u) => u.attributes.email).sort()).toEqual([
      "anna@example.com",
      "joanna@example.com",
    ]);
    const either = (await call("GET", "/api/application/locations?filter[short]=fr,de")).json as List;
    expect(either.data).toHaveLength(2);
    const unknown = await call("GET", "/api/application/users?filter[name]=x");
    expect(firstError(unknown)).toMatchObject({ code: "InvalidFilterQuery", status: "400" });
    expect((await call("GET", "/api/application/users?sort=email")).status).toBe(400);
    // search= is silently ignored by Pterodactyl: everything comes back.
    expect(
      ((await call("GET", "/api/application/users?search=anna@example.com")).json as List).meta?.pagination
        .total,
    ).toBe(126);
  });

  it("lists only free allocations for server_id 0, and eggs without pagination", async () => {
    const free = (await call("GET", "/api/application/nodes/1/allocations?filter[server_id]=0&per_page=500"))
      .json as List;
    expect(free.data).toHaveLength(80);
    expect(free.data.every((a) => a.attributes.assigned === false)).toBe(true);
    const eggs = (await call("GET", "/api/application/nests/1/eggs?include=variables")).json as List;
    expect(eggs.meta).toBeUndefined();
    expect(eggs.data[0]?.attributes.relationships.variables.data[0].object).toBe("egg_variable");
    expect((await call("GET", "/api/application/nests/2/eggs/1")).status).toBe(404);
  });

  it("answers includes the key cannot read with null_resource", async () => {
    const token = fx.sim.store.addKey({
      kind: "application",
      userId: 1,
      acl: {
        servers: 1,
        nodes: 0,
        allocations: 0,
        users: 0,
        locations: 0,
        nests: 0,
        eggs: 0,
        database_hosts: 0,
        server_databases: 0,
      },
      allowedIps: [],
      expiresAt: null,
      label: "servers only",
    }).token;
    const server = (await call("GET", "/api/application/servers/1?include=allocations,user", { key: token }))
      .json as { attributes: Record<string, any> };
    expect(server.attributes.relationships).toEqual({
      allocations: { object: "null_resource", attributes: null },
      user: { object: "null_resource", attributes: null },
    });
  });
});

describe("simulator: client API (pterodactyl)", () => {
  const fx = setupSimulator("pterodactyl");
  const call = (...args: Parameters<ReturnType<typeof rawCall>>) => rawCall(fx.sim)(...args);

  it("finds servers by identifier or uuid only, and hides other users' servers", async () => {
    const server = fx.sim.store.servers[0]!;
    expect(
      (await call("GET", `/api/client/servers/${server.identifier}`, { key: fx.sim.keys.client })).status,
    ).toBe(200);
    expect(
      (await call("GET", `/api/client/servers/${server.uuid}`, { key: fx.sim.keys.client })).status,
    ).toBe(200);
    expect((await call("GET", `/api/client/servers/${server.id}`, { key: fx.sim.keys.client })).status).toBe(
      404,
    );
    const foreign = await call("GET", `/api/client/servers/${server.identifier}`, {
      key: fx.sim.keys.clientNonAdmin,
    });
    expect(firstError(foreign)?.detail).toBe("The requested resource does not exist on this server.");
  });

  it("gates everything but the server itself while suspended or installing", async () => {
    const suspended = fx.sim.store.servers.find((s) => s.suspended)!;
    expect(
      (await call("GET", `/api/client/servers/${suspended.identifier}`, { key: fx.sim.keys.client })).status,
    ).toBe(200);
    const gated = await call("GET", `/api/client/servers/${suspended.identifier}/resources`, {
      key: fx.sim.keys.client,
    });
    expect(gated.status).toBe(409);
    expect(firstError(gated)).toEqual({
      code: "ServerStateConflictException",
      status: "409",
      detail: "This server is currently suspended and the functionality requested is unavailable.",
    });
  });

  it("validates power signals for the owner (422), trims them, and answers 204", async () => {
    const server = fx.sim.store.servers.find((s) => !s.suspended)!;
    const bad = await call("POST", `/api/client/servers/${server.identifier}/power`, {
      key: fx.sim.keys.client,
      body: { signal: "explode" },
    });
    expect(bad.status).toBe(422);
    expect(firstError(bad)).toMatchObject({
      detail: "The selected signal is invalid.",
      meta: { rule: "in" },
    });
    const ok = await call("POST", `/api/client/servers/${server.identifier}/power`, {
      key: fx.sim.keys.client,
      body: { signal: " kill " },
    });
    expect(ok.status).toBe(204);
    expect(ok.text).toBe("");
  });

  it("lists the key owner's servers, admin-all for admins, capped at 100 per page with the query kept", async () => {
    const all = (await call("GET", "/api/client?type=admin-all&per_page=500", { key: fx.sim.keys.client }))
      .json as List;
    expect(all.meta?.pagination).toMatchObject({ per_page: 100, total: 60 });
    const paged = (await call("GET", "/api/client?type=admin-all&per_page=20", { key: fx.sim.keys.client }))
      .json as List;
    expect(paged.meta?.pagination.links.next).toBe(
      `${fx.sim.url}/api/client?type=admin-all&per_page=20&page=2`,
    );
    expect(((await call("GET", "/api/client", { key: fx.sim.keys.client })).json as List).data).toEqual([]);
  });

  it("hands out a websocket token wrapped in data", async () => {
    const server = fx.sim.store.servers.find((s) => !s.suspended)!;
    const socket = (
      await call("GET", `/api/client/servers/${server.identifier}/websocket`, { key: fx.sim.keys.client })
    ).json as {
      data: { token: string; socket: string };
    };
    expect(socket.data.token.split(".")).toHaveLength(3);
    expect(socket.data.socket).toBe(`wss://fr-gra-01.nodes.example.net:8080/api/servers/${server.uuid}/ws`);
  });
});

describe("simulator: the Wisp profile", () => {
  const fx = setupSimulator("wisp");
  const call = (...args: Parameters<ReturnType<typeof rawCall>>) => rawCall(fx.sim)(...args);
  const v2 = "application/vnd.wisp.v2+json";

  it("answers string ULIDs under the v2 Accept header and integers under v1", async () => {
    const v2Users = (await call("GET", "/api/application/users?per_page=1", { accept: v2 })).json as List;
    expect(v2Users.data[0]?.attributes.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(v2Users.data[0]?.attributes.username).toBeUndefined();
    const v1Users = (
      await call("GET", "/api/application/users?per_page=1", { accept: "application/vnd.wisp.v1+json" })
    ).json as List;
    expect(v1Users.data[0]?.attributes.id).toBe(1);
    const ulid = v2Users.data[0]!.attributes.id as string;
    expect((await call("GET", `/api/application/users/${ulid}`, { accept: v2 })).status).toBe(200);
  });

  it("honours search= and reports field errors with the rule as code", async () => {
    const found = (await call("GET", "/api/application/users?search=joanna@example.com", { accept: v2 }))
      .json as List;
    expect(found.data.map((u) => u.attributes.email)).toEqual(["joanna@example.com"]);
    const invalid = await call("POST", "/api/application/users", {
      accept: v2,
      body: { email: "x@example.com" },
    });
    expect(invalid.json).toEqual({
      errors: [
        { code: "required", detail: "The first name field is required.", source: { field: "first_name" } },
        { code: "required", detail: "The last name field is required.", source: { field: "last_name" } },
      ],
    });
  });

  it("limits backups by count and size, and unwraps client answers", async () => {
    const server = fx.sim.store.servers.find((s) => !s.suspended)!;
    const app = (await call("GET", `/api/application/servers/${server.ulid}`, { accept: v2 })).json as {
      attributes: Record<string, any>;
    };
    expect(Object.keys(app.attributes.feature_limits)).toEqual([
      "databases",
      "allocations",
      "backup_megabytes_limit",
      "backup_count_limit",
    ]);
    const resources = (
      await call("GET", `/api/client/servers/${server.identifier}/resources`, {
        key: fx.sim.keys.client,
        accept: v2,
      })
    ).json as Record<string, any>;
    expect(resources.status).toEqual(expect.any(Number));
    expect(resources.proc.memory).toEqual({ total: expect.any(Number), limit: server.memory * 1024 * 1024 });
    const socket = (
      await call("GET", `/api/client/servers/${server.identifier}/websocket`, {
        key: fx.sim.keys.client,
        accept: v2,
      })
    ).json as Record<string, any>;
    expect(Object.keys(socket).sort()).toEqual(["token", "upload_url", "url"]);
  });
});

describe("simulator: allocation management (pterodactyl)", () => {
  const fx = setupSimulator("pterodactyl");
  const call = (...args: Parameters<ReturnType<typeof rawCall>>) => rawCall(fx.sim)(...args);
  const count = () => fx.sim.store.allocations.filter((a) => a.nodeId === 4).length;

  it("creates ports and ranges (204), skips duplicates, and refuses bad ones with the panel's messages", async () => {
    const before = count();
    const created = await call("POST", "/api/application/nodes/4/allocations", {
      body: { ip: "88.99.21.1", ports: ["28000", "29000-29009"] },
    });
    expect(created.status).toBe(204);
    expect(count()).toBe(before + 10);
    const integers = await call("POST", "/api/application/nodes/4/allocations", {
      body: { ip: "88.99.21.1", ports: [29500] },
    });
    expect(firstError(integers)).toMatchObject({
      detail: "The ports.0 must be a string.",
      meta: { rule: "string" },
    });
    const low = await call("POST", "/api/application/nodes/4/allocations", {
      body: { ip: "88.99.21.1", ports: ["1024"] },
    });
    expect(firstError(low)?.detail).toBe(
      "Ports in an allocation must be greater than 1024 and less than or equal to 65535.",
    );
    const wide = await call("POST", "/api/application/nodes/4/allocations", {
      body: { ip: "88.99.21.1", ports: ["30000-31000"] },
    });
    expect(firstError(wide)?.code).toBe("TooManyPortsInRangeException");
    expect(count()).toBe(before + 10);
  });

  it("refuses to delete an assigned allocation", async () => {
    const assigned = fx.sim.store.allocations.find((a) => a.serverId !== null)!;
    const response = await call(
      "DELETE",
      `/api/application/nodes/${assigned.nodeId}/allocations/${assigned.id}`,
    );
    expect(response.status).toBe(400);
    expect(firstError(response)?.code).toBe("ServerUsingAllocationException");
  });
});

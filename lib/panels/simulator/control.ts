import type { SimResponse, SimSettings } from "@/lib/panels/simulator/context";
import type { FaultRule } from "@/lib/panels/simulator/faults";
import { settleServer } from "@/lib/panels/simulator/lifecycle";
import type { PanelSimulator } from "@/lib/panels/simulator/simulator";

const ok = (body: unknown = { ok: true }): SimResponse => ({ status: 200, body });
const bad = (message: string, status = 400): SimResponse => ({ status, body: { error: message } });

const parse = (raw: string): Record<string, unknown> => {
  try {
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** A server as tests want to check it: raw fields, not the API's representation. */
const describeServer = (sim: PanelSimulator, id: number) => {
  const server = sim.store.servers.find((candidate) => candidate.id === id)!;
  settleServer(server);
  const allocations = sim.store.allocations.filter((a) => a.serverId === server.id);

  return {
    ...server,
    allocations: allocations.map((a) => ({
      id: a.id,
      ip: a.ip,
      port: a.port,
      nodeId: a.nodeId,
      primary: a.id === server.allocationId,
    })),
  };
};

/**
 * The test-only control API, outside the panel's own routes:
 * - `POST /__control/reset`: back to the seed.
 * - `GET /__control/keys`: the seeded API keys.
 * - `POST /__control/faults` `{rules: FaultRule[]}` / `DELETE /__control/faults`.
 * - `GET /__control/calls?since=N` / `DELETE /__control/calls`: the request log.
 * - `PATCH /__control/settings`: install/power delays and rate limits.
 * - `GET /__control/servers`, `GET /__control/users`: raw rows.
 * - `POST /__control/servers/:id/install`: finish installing now; `DELETE /__control/servers/:id`: delete it behind our back.
 * - `PATCH /__control/nodes/:id`: change a node (memory, disk, maintenance…).
 */
export const handleControl = (sim: PanelSimulator, method: string, url: URL, raw: string): SimResponse => {
  const path = url.pathname.replace(/^\/__control/, "") || "/";
  const body = parse(raw);
  const serverMatch = /^\/servers\/(\d+)(\/install)?$/.exec(path);
  const nodeMatch = /^\/nodes\/(\d+)$/.exec(path);

  if (method === "POST" && path === "/reset") {
    sim.reset();

    return ok({ keys: sim.keys });
  }
  if (method === "GET" && path === "/keys") return ok(sim.keys);
  if (path === "/faults") {
    if (method === "DELETE") {
      sim.faults.clear();

      return ok();
    }
    if (method === "POST") {
      const rules = (Array.isArray(body.rules) ? body.rules : [body]) as FaultRule[];
      if (rules.some((rule) => !rule?.action?.type)) return bad("each fault needs an action.type");
      for (const rule of rules) sim.faults.add(rule);

      return ok({ pending: sim.faults.pending });
    }
  }
  if (path === "/calls") {
    if (method === "DELETE") {
      sim.calls.clear();

      return ok();
    }

    return ok(sim.calls.list(Number(url.searchParams.get("since") ?? 0)));
  }
  if (method === "PATCH" && path === "/settings") {
    Object.assign(sim.settings, body as Partial<SimSettings>);

    return ok(sim.settings);
  }
  if (method === "GET" && path === "/servers")
    return ok(sim.store.servers.map((server) => describeServer(sim, server.id)));
  if (method === "GET" && path === "/users") return ok(sim.store.users);
  if (serverMatch) {
    const server = sim.store.servers.find((candidate) => candidate.id === Number(serverMatch[1]));
    if (!server) return bad("no such server", 404);
    if (method === "POST" && serverMatch[2]) {
      server.installDoneAt = Date.now();
      settleServer(server);

      return ok(describeServer(sim, server.id));
    }
    if (method === "DELETE") {
      sim.store.removeServer(server);

      return ok();
    }
  }
  if (nodeMatch && method === "PATCH") {
    const node = sim.store.nodes.find((candidate) => candidate.id === Number(nodeMatch[1]));
    if (!node) return bad("no such node", 404);
    Object.assign(node, body);

    return ok(node);
  }

  return bad(`unknown control route ${method} ${path}`, 404);
};

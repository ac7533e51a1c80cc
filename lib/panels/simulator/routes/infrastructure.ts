import { isIP } from "node:net";
import type { Route, SimContext } from "@/lib/panels/simulator/context";
import { displayError } from "@/lib/panels/simulator/http/errors";
import { applyFilters, applySort, pagedList } from "@/lib/panels/simulator/http/listing";
import { NO_VIABLE_NODE, viableNodes } from "@/lib/panels/simulator/deployment";
import { bind } from "@/lib/panels/simulator/routes/bindings";
import { unique, validateBody } from "@/lib/panels/simulator/routes/validation";
import { allocationJson, locationJson, nodeJson } from "@/lib/panels/simulator/transform/application";
import { includes, list } from "@/lib/panels/simulator/transform/common";
import type { SimAllocation, SimNode } from "@/lib/panels/simulator/model";

const withNodeIncludes = (ctx: SimContext, node: SimNode) => {
  const json = nodeJson(ctx, node);
  if (!includes(ctx).has("allocations")) return json;
  const allocations = ctx.store.allocations.filter((a) => a.nodeId === node.id);

  return {
    ...json,
    attributes: {
      ...json.attributes,
      relationships: { allocations: list(allocations.map((a) => allocationJson(ctx, a))) },
    },
  };
};

const locationRules = (ctx: SimContext, ignore?: SimContext["bound"]["location"]) => ({
  short: ["required", "string", "between:1,60", unique(ctx.store.locations, (l) => l.short, ignore)],
  long: "nullable|string|between:1,191",
});

const LOCATION_ATTRIBUTES = { long: "Location Description", short: "Location Identifier" };

/** `server_id`: digits select that server's allocations; empty, "0" or anything else selects free ones. */
const allocationFilter = (allocations: SimAllocation[], raw: string | undefined) => {
  if (raw === undefined) return allocations;
  if (/^\d+$/.test(raw) && raw !== "0") return allocations.filter((a) => a.serverId === Number(raw));

  return allocations.filter((a) => a.serverId === null);
};

/** AssignmentService: every port valid (1025–65535), ranges of at most 1000, duplicates silently skipped. */
const createAllocations = (ctx: SimContext, node: SimNode) => {
  const ip = String(ctx.body.ip);
  if (isIP(ip) === 0)
    throw displayError(`Could not parse provided allocation IP address (${ip}): invalid IP address.`);
  const ports: number[] = [];
  for (const entry of ctx.body.ports as string[]) {
    const range = /^(\d{4,5})-(\d{4,5})$/.exec(entry);
    if (!/^\d+$/.test(entry) && !range) {
      throw displayError(
        `The mapping provided for ${entry} was invalid and could not be processed.`,
        "InvalidPortMappingException",
      );
    }
    const [start, end] = range ? [Number(range[1]), Number(range[2])] : [Number(entry), Number(entry)];
    if (end - start + 1 > 1000) {
      throw displayError(
        "Adding more than 1000 ports in a single range at once is not supported.",
        "TooManyPortsInRangeException",
      );
    }
    for (let port = start; port <= end; port++) {
      if (port <= 1024 || port > 65535) {
        throw displayError(
          "Ports in an allocation must be greater than 1024 and less than or equal to 65535.",
          "PortOutOfRangeException",
        );
      }
      ports.push(port);
    }
  }
  for (const port of ports) {
    if (ctx.store.allocations.some((a) => a.nodeId === node.id && a.ip === ip && a.port === port)) continue;
    const alias = (ctx.body.alias as string | null | undefined) ?? null;
    ctx.store.allocations.push({
      ...ctx.store.row("allocations"),
      nodeId: node.id,
      ip,
      alias,
      port,
      notes: null,
      serverId: null,
    });
  }
};

export const infrastructureRoutes: Route[] = [
  {
    method: "GET",
    api: "application",
    path: "/locations",
    acl: "locations",
    handle: (ctx) => {
      const rows = applySort(
        applyFilters(ctx.store.locations, ctx.filters, { short: (l) => l.short, long: (l) => l.long }),
        ctx.query.sort,
        {
          id: (l) => l.id,
        },
      );

      return pagedList(ctx, rows, (l) => locationJson(ctx, l));
    },
  },
  {
    method: "GET",
    api: "application",
    path: "/locations/:location",
    acl: "locations",
    bind: bind("location"),
    handle: (ctx) => ({ status: 200, body: locationJson(ctx, ctx.bound.location!) }),
  },
  {
    method: "POST",
    api: "application",
    path: "/locations",
    acl: "locations",
    handle: (ctx) => {
      validateBody(ctx, locationRules(ctx), LOCATION_ATTRIBUTES);
      const location = {
        ...ctx.store.row("locations"),
        short: String(ctx.body.short),
        long: (ctx.body.long as string | null) ?? null,
      };
      ctx.store.locations.push(location);

      return {
        status: 201,
        body: {
          ...locationJson(ctx, location),
          meta: { resource: `${ctx.url.origin}/api/application/locations/${ctx.id(location)}` },
        },
      };
    },
  },
  {
    method: "PATCH",
    api: "application",
    path: "/locations/:location",
    acl: "locations",
    bind: bind("location"),
    handle: (ctx) => {
      const location = ctx.bound.location!;
      validateBody(ctx, locationRules(ctx, location), LOCATION_ATTRIBUTES);
      location.short = String(ctx.body.short);
      if ("long" in ctx.body) location.long = (ctx.body.long as string | null) ?? null;
      location.updatedAt = new Date();

      return { status: 200, body: locationJson(ctx, location) };
    },
  },
  {
    method: "DELETE",
    api: "application",
    path: "/locations/:location",
    acl: "locations",
    bind: bind("location"),
    handle: (ctx) => {
      const location = ctx.bound.location!;
      if (ctx.store.nodes.some((node) => node.locationId === location.id)) {
        throw displayError(
          "Cannot delete a location that has active nodes attached to it.",
          "HasActiveNodesException",
        );
      }
      ctx.store.locations = ctx.store.locations.filter((l) => l !== location);

      return { status: 204 };
    },
  },
  {
    method: "GET",
    api: "application",
    path: "/nodes/deployable",
    acl: "nodes",
    handle: (ctx) => {
      const locationIds = ctx.url.searchParams.getAll("location_ids[]");
      ctx.body = {
        memory: ctx.query.memory ?? null,
        disk: ctx.query.disk ?? null,
        location_ids: locationIds,
      };
      validateBody(ctx, {
        memory: "required|integer|min:0",
        disk: "required|integer|min:0",
        location_ids: "array",
        "location_ids.*": "integer",
      });
      const nodes = viableNodes(ctx, {
        memory: Number(ctx.query.memory),
        disk: Number(ctx.query.disk),
        locationIds: locationIds.map((id) => ctx.store.find(ctx.store.locations, id)?.id ?? -1),
      });
      if (nodes.length === 0) throw displayError(NO_VIABLE_NODE, "NoViableNodeException");
      // Without `?page=` the panel returns every viable node, unpaginated.
      if (ctx.query.page === undefined)
        return { status: 200, body: list(nodes.map((n) => nodeJson(ctx, n))) };

      return pagedList(ctx, nodes, (n) => nodeJson(ctx, n));
    },
  },
  {
    method: "GET",
    api: "application",
    path: "/nodes",
    acl: "nodes",
    handle: (ctx) => {
      const filtered = applyFilters(ctx.store.nodes, ctx.filters, {
        uuid: (n) => n.uuid,
        name: (n) => n.name,
        fqdn: (n) => n.fqdn,
        daemon_token_id: () => null,
      });
      const rows = applySort(filtered, ctx.query.sort, {
        id: (n) => n.id,
        uuid: (n) => n.uuid,
        memory: (n) => n.memory,
        disk: (n) => n.disk,
      });

      return pagedList(ctx, rows, (n) => withNodeIncludes(ctx, n));
    },
  },
  {
    method: "GET",
    api: "application",
    path: "/nodes/:node",
    acl: "nodes",
    bind: bind("node"),
    handle: (ctx) => ({ status: 200, body: withNodeIncludes(ctx, ctx.bound.node!) }),
  },
  {
    method: "GET",
    api: "application",
    path: "/nodes/:node/allocations",
    acl: "allocations",
    bind: bind("node"),
    handle: (ctx) => {
      const { server_id: serverId, ...others } = ctx.filters;
      const onNode = allocationFilter(
        ctx.store.allocations.filter((a) => a.nodeId === ctx.bound.node!.id),
        serverId,
      );
      const rows = applyFilters(
        onNode,
        others,
        { ip: (a) => a.ip, port: (a) => a.port, ip_alias: (a) => a.alias },
        ["ip", "port"],
      );

      return pagedList(ctx, rows, (a) => allocationJson(ctx, a));
    },
  },
  {
    method: "POST",
    api: "application",
    path: "/nodes/:node/allocations",
    acl: "allocations",
    bind: bind("node"),
    handle: (ctx) => {
      validateBody(ctx, {
        ip: "required|string",
        alias: "sometimes|nullable|string|max:191",
        ports: "required|array",
        "ports.*": "string",
      });
      createAllocations(ctx, ctx.bound.node!);

      return { status: 204 };
    },
  },
  {
    method: "DELETE",
    api: "application",
    path: "/nodes/:node/allocations/:allocation",
    acl: "allocations",
    bind: bind("node", "allocation"),
    handle: (ctx) => {
      const allocation = ctx.bound.allocation!;
      if (allocation.serverId !== null) {
        throw displayError(
          "Cannot delete an allocation that is currently assigned to a server.",
          "ServerUsingAllocationException",
        );
      }
      ctx.store.allocations = ctx.store.allocations.filter((a) => a !== allocation);

      return { status: 204 };
    },
  },
];

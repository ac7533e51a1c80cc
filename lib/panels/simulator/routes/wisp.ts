import type { Route } from "@/lib/panels/simulator/context";
import { pagedList } from "@/lib/panels/simulator/http/listing";
import { viableNodes } from "@/lib/panels/simulator/deployment";
import { bind } from "@/lib/panels/simulator/routes/bindings";
import { validateBody } from "@/lib/panels/simulator/routes/validation";
import { allocationJson } from "@/lib/panels/simulator/transform/application";

/** Routes only Wisp has: deployment helpers its WHMCS module uses. */
export const wispRoutes: Route[] = [
  {
    method: "GET",
    api: "application",
    path: "/locations/:location/eligible-nodes",
    acl: "nodes",
    bind: bind("location"),
    handle: (ctx) => {
      ctx.body = {
        memory: ctx.query.memory ?? null,
        disk: ctx.query.disk ?? null,
        cpu: ctx.query.cpu ?? null,
      };
      validateBody(ctx, {
        cpu: "sometimes|nullable|integer|min:0",
        memory: "required|integer|min:0",
        disk: "required|integer|min:0",
      });
      const nodes = viableNodes(ctx, {
        memory: Number(ctx.query.memory),
        disk: Number(ctx.query.disk),
        locationIds: [ctx.bound.location!.id],
      });

      return { status: 200, body: { data: nodes.map((node) => ({ id: ctx.id(node), name: node.name })) } };
    },
  },
  {
    method: "GET",
    api: "application",
    path: "/nodes/:node/allocations/available",
    acl: "allocations",
    bind: bind("node"),
    handle: (ctx) => {
      const free = ctx.store.allocations.filter(
        (a) => a.nodeId === ctx.bound.node!.id && a.serverId === null,
      );

      return pagedList(ctx, free, (a) => allocationJson(ctx, a));
    },
  },
];

import type { Route, SimContext } from "@/lib/panels/simulator/context";
import { SimHttpError, notFound } from "@/lib/panels/simulator/http/errors";
import { applyFilters, applySort, pagedList } from "@/lib/panels/simulator/http/listing";
import { beginInstall, poweredOff } from "@/lib/panels/simulator/lifecycle";
import { bind } from "@/lib/panels/simulator/routes/bindings";
import { serverJson } from "@/lib/panels/simulator/transform/application";

const TRANSFERRING = "Cannot toggle suspension status on a server that is currently being transferred.";

const setSuspended = (ctx: SimContext, suspended: boolean) => {
  const server = ctx.bound.server!;
  if (server.transferring) throw new SimHttpError(409, "ConflictHttpException", TRANSFERRING);
  server.suspended = suspended;
  // Wings stops a server it suspends.
  if (suspended) server.power = poweredOff();
  server.updatedAt = new Date();

  return { status: 204 };
};

const deleteServer = (ctx: SimContext) => {
  ctx.store.removeServer(ctx.bound.server!);

  return { status: 204 };
};

export const serverRoutes: Route[] = [
  {
    method: "GET",
    api: "application",
    path: "/servers",
    acl: "servers",
    handle: (ctx) => {
      const filtered = applyFilters(ctx.store.servers, ctx.filters, {
        uuid: (s) => s.uuid,
        uuidShort: (s) => s.identifier,
        name: (s) => s.name,
        description: (s) => s.description,
        image: (s) => s.image,
        external_id: (s) => s.externalId,
      });
      const rows = applySort(filtered, ctx.query.sort, { id: (s) => s.id, uuid: (s) => s.uuid });

      return pagedList(ctx, rows, (s) => serverJson(ctx, s));
    },
  },
  {
    method: "GET",
    api: "application",
    path: "/servers/external/:externalId",
    acl: "servers",
    bind: (ctx) => {
      // An exact match, unlike the list filters.
      const server = ctx.store.servers.find(
        (s) => s.externalId !== null && s.externalId === ctx.params.externalId,
      );
      if (!server) throw notFound();
      ctx.bound.server = server;
    },
    handle: (ctx) => ({ status: 200, body: serverJson(ctx, ctx.bound.server!) }),
  },
  {
    method: "GET",
    api: "application",
    path: "/servers/:server",
    acl: "servers",
    bind: bind("server"),
    handle: (ctx) => ({ status: 200, body: serverJson(ctx, ctx.bound.server!) }),
  },
  {
    method: "POST",
    api: "application",
    path: "/servers/:server/suspend",
    acl: "servers",
    bind: bind("server"),
    handle: (ctx) => setSuspended(ctx, true),
  },
  {
    method: "POST",
    api: "application",
    path: "/servers/:server/unsuspend",
    acl: "servers",
    bind: bind("server"),
    handle: (ctx) => setSuspended(ctx, false),
  },
  {
    method: "POST",
    api: "application",
    path: "/servers/:server/reinstall",
    acl: "servers",
    bind: bind("server"),
    handle: (ctx) => {
      const server = ctx.bound.server!;
      if (server.transferring)
        throw new SimHttpError(409, "ConflictHttpException", "This server is currently being transferred.");
      beginInstall(server, ctx.settings);

      return { status: 204 };
    },
  },
  {
    method: "DELETE",
    api: "application",
    path: "/servers/:server",
    acl: "servers",
    bind: bind("server"),
    handle: deleteServer,
  },
  {
    // `/force`, and, as in the panel, any other last segment: a normal delete.
    method: "DELETE",
    api: "application",
    path: "/servers/:server/:force",
    acl: "servers",
    bind: bind("server"),
    handle: deleteServer,
  },
];

import { createHash, createHmac, randomUUID } from "node:crypto";
import type { Route, SimContext } from "@/lib/panels/simulator/context";
import { SimHttpError, notFound } from "@/lib/panels/simulator/http/errors";
import { applyFilters, pagedList } from "@/lib/panels/simulator/http/listing";
import { applyPowerSignal, settleServer } from "@/lib/panels/simulator/lifecycle";
import { validateBody } from "@/lib/panels/simulator/routes/validation";
import { clientServerJson, resourcesJson } from "@/lib/panels/simulator/transform/client";
import { item } from "@/lib/panels/simulator/transform/common";

/** `{server}` is the 8-char identifier or the full uuid; someone else's server is a 404. */
const bindClientServer = (ctx: SimContext) => {
  const value = ctx.params.server ?? "";
  const server = ctx.store.servers.find((s) =>
    value.length === 8 ? s.identifier === value : s.uuid === value,
  );
  if (!server) throw notFound();
  if (server.ownerId !== ctx.user.id && !ctx.user.rootAdmin) {
    throw new SimHttpError(
      404,
      "NotFoundHttpException",
      "The requested resource does not exist on this server.",
    );
  }
  ctx.bound.server = server;
};

const conflict = (detail: string) => new SimHttpError(409, "ServerStateConflictException", detail);

/** AuthenticateServerAccess: every route but `GET /servers/{s}` is refused in these states, first match wins. */
const stateGate = (ctx: SimContext, { websocket = false } = {}) => {
  bindClientServer(ctx);
  const server = ctx.bound.server!;
  settleServer(server);
  const node = ctx.store.find(ctx.store.nodes, server.nodeId)!;
  if (server.suspended)
    throw conflict("This server is currently suspended and the functionality requested is unavailable.");
  if (node.maintenance) {
    throw conflict(
      "The node of this server is currently under maintenance and the functionality requested is unavailable.",
    );
  }
  if (websocket && ctx.user.rootAdmin) return;
  if (server.status === "installing" || server.status === "install_failed") {
    throw conflict("This server has not yet completed its installation process, please try again later.");
  }
  if (server.status === "restoring_backup")
    throw conflict("This server is currently restoring from a backup, please try again later.");
  if (server.transferring)
    throw conflict("This server is currently being transferred to a new machine, please try again later.");
};

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/** A real HS256 JWT with the claims Wings expects (signed with a per-node secret). */
const websocketToken = (ctx: SimContext) => {
  const server = ctx.bound.server!;
  const now = Math.floor(Date.now() / 1000);
  const jti = createHash("md5").update(`${ctx.user.id}${server.uuid}`).digest("hex");
  const header = base64url(JSON.stringify({ typ: "JWT", alg: "HS256", jti }));
  const claims = base64url(
    JSON.stringify({
      iss: ctx.url.origin,
      aud: [`https://${ctx.store.find(ctx.store.nodes, server.nodeId)!.fqdn}:8080`],
      jti,
      iat: now,
      nbf: now - 300,
      exp: now + 600,
      server_uuid: server.uuid,
      permissions: ["*"],
      user_uuid: ctx.user.uuid,
      user_id: ctx.user.id,
      unique_id: randomUUID(),
    }),
  );
  const signature = createHmac("sha256", `node-${server.nodeId}-daemon-token`)
    .update(`${header}.${claims}`)
    .digest("base64url");

  return `${header}.${claims}.${signature}`;
};

export const clientRoutes: Route[] = [
  {
    method: "GET",
    api: "client",
    path: "",
    handle: (ctx) => {
      const type = ctx.query.type;
      const { user } = ctx;
      let rows = ctx.store.servers.filter((s) => s.ownerId === user.id);
      if (type === "admin")
        rows = user.rootAdmin ? ctx.store.servers.filter((s) => s.ownerId !== user.id) : [];
      if (type === "admin-all") rows = user.rootAdmin ? ctx.store.servers : [];
      rows = applyFilters(rows, ctx.filters, {
        uuid: (s) => s.uuid,
        name: (s) => s.name,
        description: (s) => s.description,
        external_id: (s) => s.externalId,
        "*": (s) => `${s.uuid} ${s.name} ${s.description}`,
      });

      return pagedList(ctx, rows, (s) => clientServerJson(ctx, s), { maxPerPage: 100, keepQuery: true });
    },
  },
  {
    method: "GET",
    api: "client",
    path: "/account",
    handle: (ctx) => ({
      status: 200,
      body: item("user", {
        id: ctx.user.id,
        admin: ctx.user.rootAdmin,
        username: ctx.user.username,
        email: ctx.user.email,
        first_name: ctx.user.firstName,
        last_name: ctx.user.lastName,
        language: ctx.user.language,
      }),
    }),
  },
  {
    method: "GET",
    api: "client",
    path: "/servers/:server",
    bind: bindClientServer,
    handle: (ctx) => {
      const server = ctx.bound.server!;
      const json = clientServerJson(ctx, server);

      return {
        status: 200,
        body: { ...json, meta: { is_server_owner: server.ownerId === ctx.user.id, user_permissions: ["*"] } },
      };
    },
  },
  {
    method: "GET",
    api: "client",
    path: "/servers/:server/resources",
    bind: (ctx) => stateGate(ctx),
    handle: (ctx) => ({ status: 200, body: resourcesJson(ctx, ctx.bound.server!) }),
  },
  {
    method: "POST",
    api: "client",
    path: "/servers/:server/power",
    bind: (ctx) => stateGate(ctx),
    handle: (ctx) => {
      // The owner and root admins pass the permission check whatever the signal, so a bad one is a 422.
      validateBody(ctx, { signal: "required|string|in:start,stop,restart,kill" });
      applyPowerSignal(ctx.bound.server!, String(ctx.body.signal), ctx.settings);

      return { status: 204 };
    },
  },
  {
    method: "GET",
    api: "client",
    path: "/servers/:server/websocket",
    bind: (ctx) => stateGate(ctx, { websocket: true }),
    handle: (ctx) => {
      const server = ctx.bound.server!;
      const node = ctx.store.find(ctx.store.nodes, server.nodeId)!;
      const socket = `wss://${node.fqdn}:${node.daemonListen}/api/servers/${server.uuid}/ws`;
      const token = websocketToken(ctx);
      if (ctx.flavor === "wisp")
        return {
          status: 200,
          body: { url: socket, upload_url: `https://${node.fqdn}:${node.daemonListen}/upload`, token },
        };

      return { status: 200, body: { data: { token, socket } } };
    },
  },
];

import type { Route, SimContext } from "@/lib/panels/simulator/context";
import { SimHttpError, displayError } from "@/lib/panels/simulator/http/errors";
import { NO_VIABLE_NODE, selectAllocation, viableNodes } from "@/lib/panels/simulator/deployment";
import { installing } from "@/lib/panels/simulator/lifecycle";
import type { SimAllocation, SimServer } from "@/lib/panels/simulator/model";
import {
  IMAGE_RULES,
  asBoolean,
  eggEnvironment,
  eggExists,
  externalIdRules,
  featureLimitRules,
  featureLimitsFrom,
  idRule,
  isTruthy,
  userExists,
} from "@/lib/panels/simulator/routes/server-rules";
import { exists, validateBody } from "@/lib/panels/simulator/routes/validation";
import { serverJson } from "@/lib/panels/simulator/transform/application";

/** StoreServerRequest's rules in their source order (the 422 lists failures in this order). */
const createRules = (ctx: SimContext) => {
  const { store } = ctx;
  const deploy = isTruthy(ctx.body.deploy);
  const freeAllocation = exists((value) => {
    const allocation = store.find(store.allocations, value as string);

    return allocation !== undefined && allocation.serverId === null;
  });

  return {
    external_id: externalIdRules(ctx),
    name: "required|string|min:1|max:191",
    description: "nullable|string",
    user: ["required", idRule(ctx), userExists(ctx)],
    egg: ["required", eggExists(ctx)],
    docker_image: IMAGE_RULES,
    startup: "required|string",
    environment: "present|array",
    skip_scripts: "sometimes|boolean",
    oom_disabled: "sometimes|boolean",
    limits: "required|array",
    "limits.memory": "required|numeric|min:0",
    "limits.swap": "required|numeric|min:-1",
    "limits.disk": "required|numeric|min:0",
    "limits.io": "required|numeric|between:10,1000",
    ...(ctx.flavor === "pterodactyl" ? { "limits.threads": "nullable|regex:/^[0-9-,]+$/" } : {}),
    "limits.cpu": "required|numeric|min:0",
    feature_limits: "required|array",
    ...featureLimitRules(ctx),
    "allocation.default": deploy ? "" : ["required", idRule(ctx), "bail", freeAllocation],
    "allocation.additional.*": deploy ? "" : [idRule(ctx), freeAllocation],
    deploy: "sometimes|required|array",
    "deploy.locations": deploy ? "array|present" : "array",
    "deploy.locations.*": ctx.idVersion === 2 ? "string" : "integer|min:1",
    // Pterodactyl's own typo: one rule `required_with:deploy,boolean`, so the value is never type-checked.
    "deploy.dedicated_ip": "required_with:deploy,boolean",
    "deploy.port_range": deploy ? "array|present" : "array",
    "deploy.port_range.*": "string",
    start_on_completion: "sometimes|boolean",
    ...(ctx.flavor === "wisp"
      ? {
          nest: `sometimes|nullable|${idRule(ctx)}`,
          force_outgoing_ip: "sometimes|boolean",
          server_template: "sometimes|nullable|string",
        }
      : {}),
  };
};

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value && typeof value === "object" ? Object.values(value) : [];

/** Picks the node and allocations: automatic deployment, or the explicit allocations. */
const place = (ctx: SimContext): { primary: SimAllocation; additional: SimAllocation[] } => {
  const { store, body } = ctx;
  const limits = body.limits as Record<string, unknown>;
  if (isTruthy(body.deploy)) {
    const deploy = body.deploy as Record<string, unknown>;
    const nodes = viableNodes(ctx, {
      memory: Math.trunc(Number(limits.memory)),
      disk: Math.trunc(Number(limits.disk)),
      locationIds: asArray(deploy.locations).map((id) => store.find(store.locations, id as string)?.id ?? -1),
    });
    if (nodes.length === 0) throw displayError(NO_VIABLE_NODE, "NoViableNodeException");
    const primary = selectAllocation(ctx, {
      nodes,
      ports: asArray(deploy.port_range).map(String),
      dedicatedIp: isTruthy(deploy.dedicated_ip),
    });

    return { primary, additional: [] };
  }
  const allocation = body.allocation as Record<string, unknown>;

  return {
    primary: store.find(store.allocations, allocation.default as string)!,
    // No same-node check here: the panel really assigns additional allocations from other nodes.
    additional: asArray(allocation.additional).map((id) => store.find(store.allocations, id as string)!),
  };
};

const createServer = (ctx: SimContext): SimServer => {
  const { store, body } = ctx;
  validateBody(ctx, createRules(ctx));
  const { primary, additional } = place(ctx);
  const egg = store.find(store.eggs, body.egg as string)!;
  const environment = eggEnvironment(egg, (body.environment ?? {}) as Record<string, unknown>);
  const limits = body.limits as Record<string, unknown>;
  const num = (value: unknown) => Math.trunc(Number(value));
  const install = installing(ctx.settings);
  const server: SimServer = {
    ...store.row("servers"),
    ...store.newServerIdentity(),
    externalId: (body.external_id as string | null | undefined) ?? null,
    name: String(body.name),
    description: (body.description as string | null | undefined) ?? "",
    status: install.status,
    installDoneAt: install.installDoneAt,
    suspended: false,
    ownerId: store.find(store.users, body.user as string)!.id,
    nodeId: primary.nodeId,
    allocationId: primary.id,
    nestId: egg.nestId,
    eggId: egg.id,
    image: String(body.docker_image),
    startup: String(body.startup),
    environment,
    memory: num(limits.memory),
    swap: num(limits.swap),
    disk: num(limits.disk),
    io: num(limits.io),
    cpu: num(limits.cpu),
    threads: (limits.threads as string | null | undefined) ?? null,
    oomDisabled: asBoolean(body.oom_disabled, true),
    ...featureLimitsFrom(ctx, body.feature_limits as Record<string, unknown>),
    startOnCompletion: asBoolean(body.start_on_completion, false),
    skipScripts: asBoolean(body.skip_scripts, false),
    power: install.power,
    transferring: false,
  };
  store.servers.push(server);
  for (const allocation of [primary, ...additional]) allocation.serverId = server.id;

  return server;
};

export const serverCreateRoute: Route = {
  method: "POST",
  api: "application",
  path: "/servers",
  acl: "servers",
  handle: (ctx) => {
    const server = createServer(ctx);
    if (ctx.wingsFailure) {
      // Wings refused the new server: the panel force-deletes it and reports the daemon error.
      ctx.store.removeServer(server);
      throw new SimHttpError(
        504,
        "DaemonConnectionException",
        "Could not establish a connection to the machine running this server. Please try again.",
      );
    }

    return { status: 201, body: serverJson(ctx, server) };
  },
};

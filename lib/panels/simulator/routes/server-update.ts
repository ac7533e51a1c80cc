import type { Route, SimContext } from "@/lib/panels/simulator/context";
import { displayError } from "@/lib/panels/simulator/http/errors";
import { bind } from "@/lib/panels/simulator/routes/bindings";
import {
  IMAGE_RULES,
  asBoolean,
  eggEnvironment,
  eggExists,
  externalIdRules,
  featureLimitRules,
  featureLimitsFrom,
  idRule,
  userExists,
} from "@/lib/panels/simulator/routes/server-rules";
import { exists, validateBody } from "@/lib/panels/simulator/routes/validation";
import { serverJson } from "@/lib/panels/simulator/transform/application";

const LIMIT_KEYS = ["memory", "swap", "io", "cpu", "threads", "disk"] as const;
const LIMIT_RULES: Record<(typeof LIMIT_KEYS)[number], string[]> = {
  memory: ["numeric", "min:0"],
  swap: ["numeric", "min:-1"],
  io: ["numeric", "between:10,1000"],
  cpu: ["numeric", "min:0"],
  threads: ["nullable", "regex:/^[0-9-,]+$/"],
  disk: ["numeric", "min:0"],
};

/** Either all limits under `limits` or all at the top level (the legacy form); `limits` wins. */
const buildRules = (ctx: SimContext) => {
  const server = ctx.bound.server!;
  const { store } = ctx;
  const keys = LIMIT_KEYS.filter((key) => key !== "threads" || ctx.flavor === "pterodactyl");
  const nested = Object.fromEntries(
    keys.map((key) => [
      `limits.${key}`,
      key === "threads" ? LIMIT_RULES[key] : ["required_with:limits", ...LIMIT_RULES[key]],
    ]),
  );
  const legacy = Object.fromEntries(
    keys.map((key) => [
      key,
      key === "threads" ? LIMIT_RULES[key] : ["required_without:limits", ...LIMIT_RULES[key]],
    ]),
  );

  return {
    allocation: [
      "required",
      "bail",
      // `unique:servers,allocation_id` ignoring this server: not another server's primary allocation.
      {
        name: "unique",
        check: (value: unknown, { attribute }: { attribute: string }) => {
          const allocation = store.find(store.allocations, value as string);
          const taken =
            allocation &&
            store.servers.some((other) => other !== server && other.allocationId === allocation.id);

          return taken ? `The ${attribute} has already been taken.` : null;
        },
      },
      exists((value) => store.find(store.allocations, value as string) !== undefined),
    ],
    oom_disabled: "sometimes|boolean",
    limits: "sometimes|array",
    ...nested,
    ...legacy,
    add_allocations: "bail|array",
    "add_allocations.*": idRule(ctx),
    remove_allocations: "bail|array",
    "remove_allocations.*": idRule(ctx),
    feature_limits: "required|array",
    ...featureLimitRules(ctx),
  };
};

const BUILD_ATTRIBUTES = {
  add_allocations: "allocations to add",
  remove_allocations: "allocations to remove",
  "feature_limits.databases": "Database Limit",
  "feature_limits.allocations": "Allocation Limit",
  "feature_limits.backups": "Backup Limit",
};

/** BuildModificationService: allocation changes first (all-or-nothing), then limits. */
const updateBuild = (ctx: SimContext) => {
  const { store, body } = ctx;
  const server = ctx.bound.server!;
  validateBody(ctx, buildRules(ctx), BUILD_ATTRIBUTES);
  const ids = (value: unknown) =>
    (Array.isArray(value) ? value : []).map((id) => store.find(store.allocations, id as string)?.id);
  const toAdd = store.allocations.filter(
    (a) => ids(body.add_allocations).includes(a.id) && a.nodeId === server.nodeId && a.serverId === null,
  );
  const removeIds = ids(body.remove_allocations);
  let primaryId = store.find(store.allocations, body.allocation as string)!.id;
  if (removeIds.includes(primaryId)) {
    if (!toAdd[0]) {
      throw displayError(
        "You are attempting to delete the default allocation for this server but there is no fallback allocation to use.",
      );
    }
    primaryId = toAdd[0].id;
  }
  const addIds = toAdd.map((a) => a.id);
  const remainingOwned = store.allocations.filter(
    (a) =>
      (a.serverId === server.id &&
        !(removeIds.includes(a.id) && !ids(body.add_allocations).includes(a.id))) ||
      addIds.includes(a.id),
  );
  if (primaryId !== server.allocationId && !remainingOwned.some((a) => a.id === primaryId)) {
    throw displayError("The requested default allocation is not currently assigned to this server.");
  }
  for (const allocation of toAdd) Object.assign(allocation, { serverId: server.id, notes: null });
  for (const allocation of store.allocations) {
    if (
      allocation.serverId === server.id &&
      allocation.nodeId === server.nodeId &&
      removeIds.includes(allocation.id) &&
      !addIds.includes(allocation.id)
    ) {
      Object.assign(allocation, { serverId: null, notes: null });
    }
  }
  const source = (body.limits && typeof body.limits === "object" ? body.limits : body) as Record<
    string,
    unknown
  >;
  for (const key of LIMIT_KEYS) {
    if (!(key in source)) continue;
    if (key === "threads") server.threads = (source.threads as string | null) ?? null;
    else server[key] = Math.trunc(Number(source[key]));
  }
  if ("oom_disabled" in body) server.oomDisabled = asBoolean(body.oom_disabled, server.oomDisabled);
  Object.assign(server, featureLimitsFrom(ctx, body.feature_limits as Record<string, unknown>), {
    allocationId: primaryId,
    updatedAt: new Date(),
  });
};

export const serverUpdateRoutes: Route[] = [
  {
    method: "PATCH",
    api: "application",
    path: "/servers/:server/details",
    acl: "servers",
    bind: bind("server"),
    handle: (ctx) => {
      const server = ctx.bound.server!;
      validateBody(
        ctx,
        {
          external_id: externalIdRules(ctx, server),
          name: "required|string|min:1|max:191",
          user: ["required", idRule(ctx), userExists(ctx)],
          description: "nullable|string",
        },
        { user: "User ID", name: "Server Name" },
      );
      // The values are read raw: an omitted external_id is cleared, an omitted description emptied.
      Object.assign(server, {
        externalId: (ctx.body.external_id as string | null | undefined) ?? null,
        name: String(ctx.body.name),
        ownerId: ctx.store.find(ctx.store.users, ctx.body.user as string)!.id,
        description: (ctx.body.description as string | null | undefined) ?? "",
        updatedAt: new Date(),
      });

      return { status: 200, body: serverJson(ctx, server) };
    },
  },
  {
    method: "PATCH",
    api: "application",
    path: "/servers/:server/build",
    acl: "servers",
    bind: bind("server"),
    handle: (ctx) => {
      updateBuild(ctx);

      return { status: 200, body: serverJson(ctx, ctx.bound.server!) };
    },
  },
  {
    method: "PATCH",
    api: "application",
    path: "/servers/:server/startup",
    acl: "servers",
    bind: bind("server"),
    handle: (ctx) => {
      const { store, body } = ctx;
      const server = ctx.bound.server!;
      validateBody(ctx, {
        startup: "required|string",
        environment: "present|array",
        egg: ["required", eggExists(ctx)],
        image: IMAGE_RULES,
        skip_scripts: "present|boolean",
      });
      const egg = store.find(store.eggs, body.egg as string)!;
      const environment = (body.environment ?? {}) as Record<string, unknown>;
      // A non-empty environment replaces every variable of the (new) egg: omitted ones become "".
      if (Object.keys(environment).length > 0) server.environment = eggEnvironment(egg, environment);
      Object.assign(server, {
        startup: String(body.startup),
        image: String(body.image),
        eggId: egg.id,
        nestId: egg.nestId,
        skipScripts: asBoolean(body.skip_scripts, false),
        updatedAt: new Date(),
      });

      return { status: 200, body: serverJson(ctx, server) };
    },
  },
];

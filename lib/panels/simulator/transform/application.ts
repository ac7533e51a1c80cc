import type { SimContext } from "@/lib/panels/simulator/context";
import { settleServer } from "@/lib/panels/simulator/lifecycle";
import type {
  SimAllocation,
  SimEgg,
  SimEggVariable,
  SimLocation,
  SimNest,
  SimNode,
  SimServer,
  SimUser,
} from "@/lib/panels/simulator/model";
import {
  includes,
  item,
  list,
  microTimestamp,
  NULL_RESOURCE,
  ref,
  timestamp,
} from "@/lib/panels/simulator/transform/common";

const stamps = (row: { createdAt: Date; updatedAt: Date }) => ({
  updated_at: timestamp(row.updatedAt),
  created_at: timestamp(row.createdAt),
});

export const userJson = (ctx: SimContext, user: SimUser) =>
  item("user", {
    id: ctx.id(user),
    external_id: user.externalId,
    uuid: user.uuid,
    ...(ctx.flavor === "pterodactyl" ? { username: user.username } : {}),
    email: user.email,
    first_name: user.firstName,
    last_name: user.lastName,
    language: user.language,
    root_admin: user.rootAdmin,
    "2fa": false,
    ...stamps(user),
  });

export const locationJson = (ctx: SimContext, location: SimLocation) =>
  item("location", { id: ctx.id(location), short: location.short, long: location.long, ...stamps(location) });

/** Memory and disk taken by the node's servers: what deployment compares against capacity. */
export const allocatedResources = (ctx: SimContext, node: SimNode) =>
  ctx.store.servers
    .filter((server) => server.nodeId === node.id)
    .reduce((sum, server) => ({ memory: sum.memory + server.memory, disk: sum.disk + server.disk }), {
      memory: 0,
      disk: 0,
    });

export const nodeJson = (ctx: SimContext, node: SimNode) =>
  item("node", {
    id: ctx.id(node),
    uuid: node.uuid,
    public: node.isPublic,
    name: node.name,
    description: node.description,
    location_id: ref(ctx, ctx.store.find(ctx.store.locations, node.locationId)),
    fqdn: node.fqdn,
    scheme: node.scheme,
    behind_proxy: false,
    maintenance_mode: node.maintenance,
    memory: node.memory,
    memory_overallocate: node.memoryOverallocate,
    disk: node.disk,
    disk_overallocate: node.diskOverallocate,
    upload_size: 100,
    daemon_listen: node.daemonListen,
    daemon_sftp: node.daemonSftp,
    daemon_base: "/var/lib/pterodactyl/volumes",
    ...stamps(node),
    allocated_resources: allocatedResources(ctx, node),
  });

export const allocationJson = (ctx: SimContext, allocation: SimAllocation) =>
  item("allocation", {
    id: ctx.id(allocation),
    ip: allocation.ip,
    alias: allocation.alias,
    port: allocation.port,
    notes: allocation.notes,
    assigned: allocation.serverId !== null,
  });

export const nestJson = (ctx: SimContext, nest: SimNest) =>
  item("nest", {
    id: ctx.id(nest),
    uuid: nest.uuid,
    author: nest.author,
    name: nest.name,
    description: nest.description,
    ...stamps(nest),
  });

const eggVariableJson = (variable: SimEggVariable, serverValue?: string) =>
  item(serverValue === undefined ? "egg_variable" : "server_variable", {
    id: variable.id,
    egg_id: variable.eggId,
    name: variable.name,
    description: variable.description,
    env_variable: variable.envVariable,
    default_value: variable.defaultValue,
    user_viewable: variable.userViewable,
    user_editable: variable.userEditable,
    rules: variable.rules,
    ...(serverValue === undefined ? {} : { server_value: serverValue }),
    created_at: microTimestamp(variable.createdAt),
    updated_at: microTimestamp(variable.updatedAt),
  });

export const eggJson = (ctx: SimContext, egg: SimEgg) => {
  const wanted = includes(ctx);
  const relationships: Record<string, unknown> = {};
  if (wanted.has("variables"))
    relationships.variables = list(egg.variables.map((variable) => eggVariableJson(variable)));
  if (wanted.has("nest")) {
    const nest = ctx.store.find(ctx.store.nests, egg.nestId);
    relationships.nest = nest ? nestJson(ctx, nest) : NULL_RESOURCE;
  }

  return item("egg", {
    id: ctx.id(egg),
    uuid: egg.uuid,
    name: egg.name,
    nest: ref(ctx, ctx.store.find(ctx.store.nests, egg.nestId)),
    author: egg.author,
    description: egg.description,
    docker_image: Object.values(egg.dockerImages)[0] ?? "",
    docker_images: egg.dockerImages,
    config: {
      files: {},
      startup: { done: ")! For help, type " },
      stop: "stop",
      logs: {},
      file_denylist: [],
      extends: null,
    },
    startup: egg.startup,
    script: {
      privileged: true,
      install: "#!/bin/bash\n# install script",
      entry: "bash",
      container: "ghcr.io/pterodactyl/installers:debian",
      extends: null,
    },
    ...stamps(egg),
    ...(Object.keys(relationships).length > 0 ? { relationships } : {}),
  });
};

const featureLimits = (ctx: SimContext, server: SimServer) =>
  ctx.flavor === "wisp"
    ? {
        databases: server.databaseLimit,
        allocations: server.allocationLimit,
        backup_megabytes_limit: server.backupMegabytesLimit,
        backup_count_limit: server.backupLimit,
      }
    : { databases: server.databaseLimit, allocations: server.allocationLimit, backups: server.backupLimit };

const serverRelationships = (ctx: SimContext, server: SimServer) => {
  const wanted = includes(ctx);
  const { store } = ctx;
  const relationships: Record<string, unknown> = {};
  const guarded = (name: string, resource: Parameters<SimContext["can"]>[0], build: () => unknown) => {
    if (wanted.has(name)) relationships[name] = ctx.can(resource, "read") ? build() : NULL_RESOURCE;
  };
  guarded("allocations", "allocations", () =>
    list(store.allocations.filter((a) => a.serverId === server.id).map((a) => allocationJson(ctx, a))),
  );
  guarded("user", "users", () => userJson(ctx, store.find(store.users, server.ownerId)!));
  guarded("egg", "eggs", () => eggJson(ctx, store.find(store.eggs, server.eggId)!));
  guarded("nest", "nests", () => nestJson(ctx, store.find(store.nests, server.nestId)!));
  guarded("node", "nodes", () => nodeJson(ctx, store.find(store.nodes, server.nodeId)!));
  guarded("location", "locations", () => {
    const node = store.find(store.nodes, server.nodeId)!;

    return locationJson(ctx, store.find(store.locations, node.locationId)!);
  });
  guarded("variables", "servers", () => {
    const egg = store.find(store.eggs, server.eggId)!;

    return list(
      egg.variables.map((variable) =>
        eggVariableJson(variable, server.environment[variable.envVariable] ?? ""),
      ),
    );
  });

  return relationships;
};

export const serverJson = (ctx: SimContext, server: SimServer) => {
  settleServer(server);
  const { store } = ctx;
  const node = store.find(store.nodes, server.nodeId);
  const location = node && store.find(store.locations, node.locationId);
  const relationships = serverRelationships(ctx, server);

  return item("server", {
    id: ctx.id(server),
    external_id: server.externalId,
    uuid: server.uuid,
    identifier: server.identifier,
    name: server.name,
    description: server.description,
    status: server.suspended ? "suspended" : server.status,
    suspended: server.suspended,
    limits: {
      memory: server.memory,
      swap: server.swap,
      disk: server.disk,
      io: server.io,
      cpu: server.cpu,
      ...(ctx.flavor === "pterodactyl" ? { threads: server.threads } : {}),
      oom_disabled: server.oomDisabled,
    },
    feature_limits: featureLimits(ctx, server),
    user: ref(ctx, store.find(store.users, server.ownerId)),
    node: ref(ctx, node),
    allocation: ref(ctx, store.find(store.allocations, server.allocationId)),
    nest: ref(ctx, store.find(store.nests, server.nestId)),
    egg: ref(ctx, store.find(store.eggs, server.eggId)),
    container: {
      startup_command: server.startup,
      image: server.image,
      installed: server.status === "installing" ? 0 : 1,
      environment: {
        ...server.environment,
        STARTUP: server.startup,
        P_SERVER_LOCATION: location?.short ?? "",
        P_SERVER_UUID: server.uuid,
        P_SERVER_ALLOCATION_LIMIT: server.allocationLimit ?? 0,
      },
    },
    ...stamps(server),
    ...(Object.keys(relationships).length > 0 ? { relationships } : {}),
  });
};

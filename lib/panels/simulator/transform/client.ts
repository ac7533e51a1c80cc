import type { SimContext } from "@/lib/panels/simulator/context";
import { currentUsage, settleServer } from "@/lib/panels/simulator/lifecycle";
import type { SimServer } from "@/lib/panels/simulator/model";
import { item, list } from "@/lib/panels/simulator/transform/common";

/** The client API's server object (Pterodactyl); Wisp's is smaller and uses `uuid_short`. */
export const clientServerJson = (ctx: SimContext, server: SimServer) => {
  settleServer(server);
  const { store } = ctx;
  const node = store.find(store.nodes, server.nodeId)!;
  const egg = store.find(store.eggs, server.eggId)!;
  const limits = {
    memory: server.memory,
    swap: server.swap,
    disk: server.disk,
    io: server.io,
    cpu: server.cpu,
  };
  if (ctx.flavor === "wisp") {
    return item("server", {
      id: ctx.id(server),
      uuid: server.uuid,
      uuid_short: server.identifier,
      name: server.name,
      description: server.description,
      monitor: false,
      support_op: false,
      installed: server.status === "installing" ? 0 : 1,
      limits,
      feature_limits: {
        databases: server.databaseLimit ?? 0,
        backup_megabytes: server.backupMegabytesLimit ?? 0,
      },
    });
  }
  const allocations = store.allocations.filter((a) => a.serverId === server.id);
  const viewable = egg.variables.filter((variable) => variable.userViewable);

  return item("server", {
    server_owner: server.ownerId === ctx.user.id,
    identifier: server.identifier,
    internal_id: server.id,
    uuid: server.uuid,
    name: server.name,
    node: node.name,
    is_node_under_maintenance: node.maintenance,
    sftp_details: { ip: node.fqdn, port: node.daemonSftp },
    description: server.description,
    limits: { ...limits, threads: server.threads, oom_disabled: server.oomDisabled },
    invocation: server.startup.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      if (name === "SERVER_MEMORY") return String(server.memory);
      const primary = allocations.find((a) => a.id === server.allocationId);
      if (name === "SERVER_IP") return primary?.ip ?? "";
      if (name === "SERVER_PORT") return String(primary?.port ?? "");

      return server.environment[name] ?? "";
    }),
    docker_image: server.image,
    egg_features: null,
    feature_limits: {
      databases: server.databaseLimit ?? 0,
      allocations: server.allocationLimit ?? 0,
      backups: server.backupLimit,
    },
    status: server.suspended ? "suspended" : server.status,
    is_suspended: server.suspended,
    is_installing: server.status === "installing",
    is_transferring: server.transferring,
    relationships: {
      allocations: list(
        allocations.map((a) =>
          item("allocation", {
            id: a.id,
            ip: a.ip,
            ip_alias: a.alias,
            port: a.port,
            notes: a.notes,
            is_default: a.id === server.allocationId,
          }),
        ),
      ),
      variables: list(
        viewable.map((variable) =>
          item("egg_variable", {
            name: variable.name,
            description: variable.description,
            env_variable: variable.envVariable,
            default_value: variable.defaultValue,
            server_value: server.environment[variable.envVariable] ?? null,
            is_editable: variable.userEditable,
            rules: variable.rules,
          }),
        ),
      ),
    },
  });
};

const WISP_STATUS = { offline: 0, running: 1, starting: 2, stopping: 3 } as const;

/** `GET …/resources`: Pterodactyl's `stats` item, or Wisp's unwrapped `proc` answer. */
export const resourcesJson = (ctx: SimContext, server: SimServer) => {
  const usage = currentUsage(server);
  const state = server.power.state;
  if (ctx.flavor === "wisp") {
    return {
      status: WISP_STATUS[state],
      proc: {
        memory: { total: usage.memoryBytes, limit: server.memory * 1024 * 1024 },
        cpu: { total: usage.cpuAbsolute, limit: server.cpu },
        disk: { used: usage.diskBytes, limit: server.disk * 1024 * 1024, io_limit: server.io },
        network: { eth0: { rx_bytes: usage.rxBytes, tx_bytes: usage.txBytes, rx_packets: 0, tx_packets: 0 } },
      },
      query: {},
    };
  }

  return item("stats", {
    current_state: state,
    is_suspended: server.suspended,
    resources: {
      memory_bytes: usage.memoryBytes,
      cpu_absolute: usage.cpuAbsolute,
      disk_bytes: usage.diskBytes,
      network_rx_bytes: usage.rxBytes,
      network_tx_bytes: usage.txBytes,
      uptime: usage.uptimeMs,
    },
  });
};

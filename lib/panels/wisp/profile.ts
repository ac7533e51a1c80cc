import { z } from "zod";
import type { VendorProfile } from "@/lib/panels/base/vendor";
import type { PowerState, ServerResources } from "@/lib/panels/types";

const WISP_STATES: Record<number, PowerState> = { 0: "offline", 1: "running", 2: "starting", 3: "stopping" };

const zResources = z
  .object({
    status: z.number(),
    proc: z.object({
      memory: z.object({ total: z.number() }),
      cpu: z.object({ total: z.number() }),
      disk: z.object({ used: z.number() }),
      network: z.record(z.string(), z.object({ rx_bytes: z.number(), tx_bytes: z.number() })),
    }),
  })
  .transform(({ status, proc }): ServerResources => {
    const network = Object.values(proc.network);

    return {
      state: WISP_STATES[status] ?? "offline",
      suspended: false,
      memoryBytes: proc.memory.total,
      cpuPercent: proc.cpu.total,
      diskBytes: proc.disk.used,
      networkRxBytes: network.reduce((sum, iface) => sum + iface.rx_bytes, 0),
      networkTxBytes: network.reduce((sum, iface) => sum + iface.tx_bytes, 0),
      uptimeMs: null,
    };
  });

/**
 * Wisp: the v2 Accept header (ULID string ids), no usernames, `search=` for users, backups limited by
 * count and size, top-level limits on build, a dedicated free-allocations route, unwrapped client answers.
 */
export const WISP: VendorProfile = {
  kind: "wisp",
  accept: "application/vnd.wisp.v2+json",
  clientAccept: "application/vnd.wisp.v2+json",
  bodyId: (id) => (/^\d+$/.test(id) ? Number(id) : id),
  userSearch: (email) => ({ search: email }),
  userExtras: () => ({}),
  limitsBody: (limits) => ({
    memory: limits.memoryMb,
    swap: limits.swapMb,
    disk: limits.diskMb,
    io: limits.io,
    cpu: limits.cpuPercent,
  }),
  featureLimitsBody: (limits, diskMb) => ({
    databases: limits.databases,
    allocations: limits.allocations,
    backup_megabytes_limit: limits.backupMegabytes ?? diskMb,
    backup_count_limit: limits.backups,
  }),
  createExtras: ({ nestId }) => ({ nest: /^\d+$/.test(nestId) ? Number(nestId) : nestId }),
  buildBody: ({ allocation, limits, featureLimits, addAllocations, removeAllocations }) => ({
    allocation,
    memory: limits.memoryMb,
    swap: limits.swapMb,
    disk: limits.diskMb,
    io: limits.io,
    cpu: limits.cpuPercent,
    ...(limits.oomDisabled === undefined ? {} : { oom_disabled: limits.oomDisabled }),
    feature_limits: featureLimits,
    add_allocations: addAllocations,
    remove_allocations: removeAllocations,
  }),
  freeAllocations: (nodeId) => ({
    path: `/api/application/nodes/${nodeId}/allocations/available`,
    query: {},
  }),
  resourcesSchema: zResources,
};

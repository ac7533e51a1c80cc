import { z } from "zod";
import { item } from "@/lib/panels/base/schemas";
import type { VendorProfile } from "@/lib/panels/base/vendor";
import type { PowerState, ServerResources } from "@/lib/panels/types";

const STATES: PowerState[] = ["offline", "starting", "running", "stopping"];

const zStats = item(
  "stats",
  z.object({
    current_state: z.string(),
    is_suspended: z.boolean(),
    resources: z.object({
      memory_bytes: z.number(),
      cpu_absolute: z.number(),
      disk_bytes: z.number(),
      network_rx_bytes: z.number(),
      network_tx_bytes: z.number(),
      uptime: z.number(),
    }),
  }),
).transform(({ attributes: a }): ServerResources => ({
  // Wings says "stopped" when it does not know; for us that is offline.
  state: STATES.find((state) => state === a.current_state) ?? "offline",
  suspended: a.is_suspended,
  memoryBytes: a.resources.memory_bytes,
  cpuPercent: a.resources.cpu_absolute,
  diskBytes: a.resources.disk_bytes,
  networkRxBytes: a.resources.network_rx_bytes,
  networkTxBytes: a.resources.network_tx_bytes,
  uptimeMs: a.resources.uptime,
}));

/** Pterodactyl 1.11: integer ids, usernames, `filter[email]`, feature limit `backups`, nested `limits` on build. */
export const PTERODACTYL: VendorProfile = {
  kind: "pterodactyl",
  accept: "application/json",
  clientAccept: "application/json",
  bodyId: (id) => (/^\d+$/.test(id) ? Number(id) : id),
  userSearch: (email) => ({ "filter[email]": email }),
  userExtras: (username) => ({ username }),
  limitsBody: (limits) => ({
    memory: limits.memoryMb,
    swap: limits.swapMb,
    disk: limits.diskMb,
    io: limits.io,
    cpu: limits.cpuPercent,
    threads: limits.threads ?? null,
  }),
  featureLimitsBody: (limits) => ({
    databases: limits.databases,
    allocations: limits.allocations,
    backups: limits.backups,
  }),
  createExtras: () => ({}),
  buildBody: ({ allocation, limits, featureLimits, addAllocations, removeAllocations }) => ({
    allocation,
    limits: {
      memory: limits.memoryMb,
      swap: limits.swapMb,
      disk: limits.diskMb,
      io: limits.io,
      cpu: limits.cpuPercent,
      threads: limits.threads ?? null,
    },
    ...(limits.oomDisabled === undefined ? {} : { oom_disabled: limits.oomDisabled }),
    feature_limits: featureLimits,
    add_allocations: addAllocations,
    remove_allocations: removeAllocations,
  }),
  // `server_id` "0" is empty to PHP: the panel lists the unassigned allocations.
  freeAllocations: (nodeId) => ({
    path: `/api/application/nodes/${nodeId}/allocations`,
    query: { "filter[server_id]": "0" },
  }),
  resourcesSchema: zStats,
};

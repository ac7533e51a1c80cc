import type { z } from "zod";
import type {
  EggVariable,
  PanelAllocation,
  PanelEgg,
  PanelLocation,
  PanelNest,
  PanelNode,
  PanelServer,
  PanelServerStatus,
  PanelUser,
} from "@/lib/panels/types";
import type {
  zAllocation,
  zEgg,
  zEggVariable,
  zLocation,
  zNest,
  zNode,
  zServer,
  zUser,
} from "@/lib/panels/base/schemas";

/** Pure raw → normalised functions: no I/O, easy to test on recorded answers. */

export const toUser = ({ attributes: a }: z.infer<typeof zUser>): PanelUser => ({
  id: a.id,
  externalId: a.external_id,
  email: a.email,
  username: a.username ?? null,
  firstName: a.first_name,
  lastName: a.last_name,
  isAdmin: a.root_admin,
});

export const toLocation = ({ attributes: a }: z.infer<typeof zLocation>): PanelLocation => ({
  id: a.id,
  short: a.short,
  long: a.long,
});

/** Deploy's own rule: used + new ≤ capacity × (1 + overallocate / 100); a negative overallocate is not "unlimited". */
export const toNode = ({ attributes: a }: z.infer<typeof zNode>, freeAllocations: number): PanelNode => {
  const allocated = a.allocated_resources ?? { memory: 0, disk: 0 };
  const room = (capacity: number, overallocate: number, used: number) =>
    Math.max(0, Math.floor(capacity * (1 + overallocate / 100) - used));

  return {
    id: a.id,
    name: a.name,
    locationId: a.location_id,
    fqdn: a.fqdn,
    isPublic: a.public,
    maintenance: a.maintenance_mode,
    memoryMb: a.memory,
    memoryOverallocatePercent: a.memory_overallocate,
    diskMb: a.disk,
    diskOverallocatePercent: a.disk_overallocate,
    allocatedMemoryMb: allocated.memory,
    allocatedDiskMb: allocated.disk,
    freeMemoryMb: room(a.memory, a.memory_overallocate, allocated.memory),
    freeDiskMb: room(a.disk, a.disk_overallocate, allocated.disk),
    freeAllocations,
  };
};

export const toAllocation = (
  { attributes: a }: z.infer<typeof zAllocation>,
  nodeId?: string,
): PanelAllocation => ({
  id: a.id,
  ip: a.ip,
  alias: a.alias ?? null,
  port: a.port,
  assigned: a.assigned,
  ...(nodeId ? { nodeId } : {}),
});

export const toNest = ({ attributes: a }: z.infer<typeof zNest>): PanelNest => ({
  id: a.id,
  name: a.name,
  description: a.description,
});

export const toEggVariable = ({ attributes: a }: z.infer<typeof zEggVariable>): EggVariable => ({
  name: a.name,
  description: a.description ?? "",
  envVariable: a.env_variable,
  defaultValue: a.default_value ?? "",
  userViewable: a.user_viewable,
  userEditable: a.user_editable,
  rules: a.rules,
});

export const toEgg = ({ attributes: a }: z.infer<typeof zEgg>): PanelEgg => {
  const images = Object.entries(a.docker_images ?? {}).map(([label, image]) => ({ label, image }));

  return {
    id: a.id,
    nestId: a.nest,
    name: a.name,
    description: a.description,
    dockerImages:
      images.length > 0 ? images : a.docker_image ? [{ label: a.docker_image, image: a.docker_image }] : [],
    startup: a.startup,
    variables: (a.relationships?.variables?.data ?? []).map(toEggVariable),
  };
};

const STATUSES: PanelServerStatus[] = [
  "installing",
  "install_failed",
  "reinstall_failed",
  "suspended",
  "restoring_backup",
];

/** Feature limits come as Pterodactyl's `backups` or Wisp's `backup_count_limit` + `backup_megabytes_limit`. */
export const toServer = ({ attributes: a }: z.infer<typeof zServer>): PanelServer => {
  const features = a.feature_limits;
  const environment = Object.fromEntries(
    Object.entries(a.container.environment).map(([key, value]) => [key, value === null ? "" : String(value)]),
  );

  return {
    id: a.id,
    uuid: a.uuid,
    identifier: a.identifier,
    externalId: a.external_id,
    name: a.name,
    description: a.description ?? "",
    userId: a.user,
    nodeId: a.node,
    nestId: a.nest ?? null,
    eggId: a.egg,
    status: STATUSES.find((status) => status === a.status) ?? "installed",
    suspended: a.suspended,
    limits: {
      memoryMb: a.limits.memory,
      swapMb: a.limits.swap,
      diskMb: a.limits.disk,
      io: a.limits.io,
      cpuPercent: a.limits.cpu,
      threads: a.limits.threads ?? null,
      oomDisabled: a.limits.oom_disabled,
    },
    featureLimits: {
      databases: features.databases ?? 0,
      allocations: features.allocations ?? 0,
      backups: features.backups ?? features.backup_count_limit ?? 0,
      ...(features.backup_megabytes_limit !== undefined
        ? { backupMegabytes: features.backup_megabytes_limit ?? 0 }
        : {}),
    },
    primaryAllocationId: a.allocation,
    allocations: a.relationships?.allocations?.data.map((entry) => toAllocation(entry, a.node)),
    dockerImage: a.container.image,
    startup: a.container.startup_command,
    environment,
  };
};

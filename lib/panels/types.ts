/**
 * The portal's view of a game panel. Everything here is normalised: raw Pterodactyl or Wisp JSON never
 * leaves lib/panels. Panel ids are strings (Pterodactyl's are numbers, Wisp v2's are ULIDs).
 */
export type PanelKind = "pterodactyl" | "wisp";
export const PANEL_KINDS: readonly PanelKind[] = ["pterodactyl", "wisp"];

export type PanelLocation = { id: string; short: string; long: string | null };

export type PanelNode = {
  id: string;
  name: string;
  locationId: string;
  fqdn: string;
  isPublic: boolean;
  maintenance: boolean;
  memoryMb: number;
  memoryOverallocatePercent: number;
  diskMb: number;
  diskOverallocatePercent: number;
  allocatedMemoryMb: number;
  allocatedDiskMb: number;
  /** Room left for new servers, overallocation included (what deploy checks). */
  freeMemoryMb: number;
  freeDiskMb: number;
  freeAllocations: number;
};

export type PanelNest = { id: string; name: string; description: string | null };

export type EggVariable = {
  name: string;
  description: string;
  envVariable: string;
  defaultValue: string;
  userViewable: boolean;
  userEditable: boolean;
  /** A Laravel rule string, e.g. `required|string|between:3,15`. */
  rules: string;
};

export type PanelEgg = {
  id: string;
  nestId: string;
  name: string;
  description: string | null;
  /** Display name → image, in the panel's order; the first is the default. */
  dockerImages: { label: string; image: string }[];
  startup: string;
  variables: EggVariable[];
};

export type PanelUser = {
  id: string;
  externalId: string | null;
  email: string;
  username: string | null;
  firstName: string;
  lastName: string;
  isAdmin: boolean;
};

export type ServerLimits = {
  memoryMb: number;
  swapMb: number;
  diskMb: number;
  io: number;
  cpuPercent: number;
  threads?: string | null;
  oomDisabled?: boolean;
};

export type FeatureLimits = {
  databases: number;
  allocations: number;
  backups: number;
  /** Wisp only: total backup size; defaults to the disk size. */
  backupMegabytes?: number;
};

export type PanelAllocation = {
  id: string;
  ip: string;
  alias: string | null;
  port: number;
  assigned: boolean;
  nodeId?: string;
};

/** `installed` is Pterodactyl's `null` status. */
export type PanelServerStatus =
  "installed" | "installing" | "install_failed" | "reinstall_failed" | "suspended" | "restoring_backup";

export type PanelServer = {
  id: string;
  uuid: string;
  /** The short id used in client-API URLs and `/server/<identifier>` links. */
  identifier: string;
  externalId: string | null;
  name: string;
  description: string;
  userId: string;
  nodeId: string;
  nestId: string | null;
  eggId: string;
  status: PanelServerStatus;
  suspended: boolean;
  limits: ServerLimits;
  featureLimits: FeatureLimits;
  primaryAllocationId: string;
  /** Present when the adapter asked for them (details calls do). */
  allocations?: PanelAllocation[];
  dockerImage: string;
  startup: string;
  environment: Record<string, string>;
};

export type ServerPlacement =
  | { kind: "deploy"; locationIds: string[]; dedicatedIp: boolean; portRange: string[] }
  | { kind: "allocations"; defaultAllocationId: string; additionalAllocationIds: string[] };

export type CreateServerInput = {
  externalId: string;
  name: string;
  description: string;
  userId: string;
  nestId: string;
  eggId: string;
  dockerImage: string;
  startup: string;
  /** Values for the egg's variables; missing ones are filled with the egg's defaults by the adapter. */
  environment: Record<string, string>;
  limits: ServerLimits;
  featureLimits: FeatureLimits;
  placement: ServerPlacement;
  startOnCompletion?: boolean;
  /** The egg's variables when the caller has them (saves reading the egg again). */
  eggVariables?: EggVariable[];
};

export type UpdateBuildInput = {
  limits: ServerLimits;
  featureLimits: FeatureLimits;
  addAllocationIds?: string[];
  removeAllocationIds?: string[];
  /** The server's current primary allocation when the caller has it (saves reading the server again). */
  primaryAllocationId?: string;
};

export type UpdateStartupInput = {
  nestId: string;
  eggId: string;
  dockerImage: string;
  startup: string;
  /** The full environment of the (new) egg: omitted variables would be blanked by the panel. */
  environment: Record<string, string>;
  skipScripts?: boolean;
  /** The (new) egg's variables when the caller has them (saves reading the egg again). */
  eggVariables?: EggVariable[];
};

export type UpdateDetailsInput = {
  name: string;
  description: string;
  userId: string;
  externalId: string | null;
};

export type PowerState = "offline" | "starting" | "running" | "stopping";
export type PowerSignal = "start" | "stop" | "restart" | "kill";

export type ServerResources = {
  state: PowerState;
  suspended: boolean;
  memoryBytes: number;
  cpuPercent: number;
  diskBytes: number;
  networkRxBytes: number;
  networkTxBytes: number;
  /** Null when the panel does not report it (Wisp). */
  uptimeMs: number | null;
};

export type ConnectionCheck = {
  id: "reach" | "application-read" | "application-write" | "client";
  label: string;
  ok: boolean;
  detail: string;
};

export type EnsureUserInput = {
  externalId: string;
  email: string;
  firstName: string;
  lastName: string;
  /** Used on panels that have usernames; derived from the email when absent. */
  username?: string;
};

export interface PanelAdapter {
  readonly kind: PanelKind;

  /** Runs each check (reach, application read, application write, client key) and reports every one. */
  testConnection(): Promise<ConnectionCheck[]>;

  /** `GET /locations`, every page. */
  listLocations(): Promise<PanelLocation[]>;
  /** `GET /nodes` (every page) plus the free allocations of each node. */
  listNodes(): Promise<PanelNode[]>;
  /** `GET /nests`, every page. */
  listNests(): Promise<PanelNest[]>;
  /** `GET /nests/{nest}/eggs?include=variables` (unpaginated). */
  listEggs(nestId: string): Promise<PanelEgg[]>;
  /** `GET /nests/{nest}/eggs/{egg}?include=variables`. */
  getEgg(nestId: string, eggId: string): Promise<PanelEgg>;

  /**
   * The panel user for one of our customers: by our external id, else by exact email (filters match
   * partially, so equality is re-checked), else created. Never changes an existing user's password.
   * Idempotent.
   */
  ensureUser(input: EnsureUserInput): Promise<PanelUser & { created: boolean }>;

  /** `POST /servers`. Not idempotent by itself: after an unclear failure, look it up by external id. */
  createServer(input: CreateServerInput): Promise<PanelServer>;
  /** `GET /servers/external/{id}`; null when the panel has none. */
  findServerByExternalId(externalId: string): Promise<PanelServer | null>;
  /** `GET /servers/{id}?include=allocations`. */
  getServer(id: string): Promise<PanelServer>;
  /** `GET /servers`, every page (for imports). */
  listServers(): Promise<PanelServer[]>;
  /**
   * `PATCH /servers/{id}/build`, sending the current primary allocation as the panel requires (read from
   * the panel unless `primaryAllocationId` is given).
   */
  updateBuild(id: string, input: UpdateBuildInput): Promise<PanelServer>;
  /** `PATCH /servers/{id}/startup` with the full environment; reads the egg unless given `eggVariables`. */
  updateStartup(id: string, input: UpdateStartupInput): Promise<PanelServer>;
  /** `PATCH /servers/{id}/details` with all four fields (omitted ones would be cleared). */
  updateDetails(id: string, input: UpdateDetailsInput): Promise<PanelServer>;
  /** `POST /servers/{id}/suspend`; idempotent. */
  suspendServer(id: string): Promise<void>;
  /** `POST /servers/{id}/unsuspend`; idempotent. */
  unsuspendServer(id: string): Promise<void>;
  /** `POST /servers/{id}/reinstall`. */
  reinstallServer(id: string): Promise<void>;
  /** `DELETE /servers/{id}` (or `/force`); a server already gone counts as deleted. */
  deleteServer(id: string, options?: { force?: boolean }): Promise<void>;
  /** Unassigned allocations of a node, every page. */
  listFreeAllocations(nodeId: string): Promise<PanelAllocation[]>;
  /** Every allocation of a node, assigned or not, every page. */
  listAllocations(nodeId: string): Promise<PanelAllocation[]>;

  /** Client API `GET /servers/{identifier}/resources`. */
  getResources(identifier: string): Promise<ServerResources>;
  /** Client API `POST /servers/{identifier}/power`. */
  sendPowerSignal(identifier: string, signal: PowerSignal): Promise<void>;
}

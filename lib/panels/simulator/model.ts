/** The simulator's in-memory rows: the subset of a panel's database its API exposes. Ids are numbers. */

export type Flavor = "pterodactyl" | "wisp";

export const ACL_RESOURCES = [
  "servers",
  "nodes",
  "allocations",
  "users",
  "locations",
  "nests",
  "eggs",
  "database_hosts",
  "server_databases",
] as const;
export type AclResource = (typeof ACL_RESOURCES)[number];
/** Bitmask per resource: 1 = read, 2 = write. */
export type Acl = Record<AclResource, number>;

type Row = { id: number; ulid: string; createdAt: Date; updatedAt: Date };

export type SimApiKey = {
  token: string;
  kind: "application" | "client";
  userId: number;
  acl: Acl;
  allowedIps: string[];
  expiresAt: Date | null;
  label: string;
};

export type SimUser = Row & {
  uuid: string;
  externalId: string | null;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  language: string;
  rootAdmin: boolean;
  password: string | null;
};

export type SimLocation = Row & { short: string; long: string | null };

export type SimNode = Row & {
  uuid: string;
  name: string;
  description: string | null;
  locationId: number;
  fqdn: string;
  scheme: "http" | "https";
  isPublic: boolean;
  maintenance: boolean;
  memory: number;
  memoryOverallocate: number;
  disk: number;
  diskOverallocate: number;
  daemonListen: number;
  daemonSftp: number;
};

export type SimAllocation = Row & {
  nodeId: number;
  ip: string;
  alias: string | null;
  port: number;
  notes: string | null;
  serverId: number | null;
};

export type SimNest = Row & { uuid: string; author: string; name: string; description: string | null };

export type SimEggVariable = {
  id: number;
  eggId: number;
  name: string;
  description: string;
  envVariable: string;
  defaultValue: string;
  userViewable: boolean;
  userEditable: boolean;
  rules: string;
  createdAt: Date;
  updatedAt: Date;
};

export type SimEgg = Row & {
  uuid: string;
  nestId: number;
  author: string;
  name: string;
  description: string | null;
  dockerImages: Record<string, string>;
  startup: string;
  variables: SimEggVariable[];
};

export type SimServerStatus =
  null | "installing" | "install_failed" | "reinstall_failed" | "suspended" | "restoring_backup";
export type PowerState = "offline" | "starting" | "running" | "stopping";

export type SimServer = Row & {
  uuid: string;
  identifier: string;
  externalId: string | null;
  name: string;
  description: string;
  /** `installing` until `installDoneAt`; read through `serverStatus()`. */
  status: SimServerStatus;
  installDoneAt: number | null;
  suspended: boolean;
  ownerId: number;
  nodeId: number;
  allocationId: number;
  nestId: number;
  eggId: number;
  image: string;
  startup: string;
  environment: Record<string, string>;
  memory: number;
  swap: number;
  disk: number;
  io: number;
  cpu: number;
  threads: string | null;
  oomDisabled: boolean;
  databaseLimit: number | null;
  allocationLimit: number | null;
  backupLimit: number;
  backupMegabytesLimit: number | null;
  startOnCompletion: boolean;
  skipScripts: boolean;
  /** Power: the state we are heading to and when the transition ends. */
  power: { state: PowerState; target: PowerState; until: number; startedAt: number | null };
  transferring: boolean;
};

import type { BoxServer, Service } from "@/lib/db/schema";
import { formatCores, formatMegabytes } from "@/lib/utils";

export const BOX_RESOURCES = [
  "memoryMb",
  "diskMb",
  "cpuPercent",
  "servers",
  "databases",
  "allocations",
  "backups",
] as const;
export type BoxResource = (typeof BOX_RESOURCES)[number];
export type BoxAmounts = Record<BoxResource, number>;
/** One server's share of its box. */
export type ServerSize = Omit<BoxAmounts, "servers">;

const cores = (percent: number) => formatCores(percent, "CPU core");
const count = (noun: string) => (n: number) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** How each resource reads to a customer: "2.5 GB of memory", "1.5 CPU cores", "3 databases". */
export const RESOURCE_TEXT: Record<BoxResource, { label: string; amount: (n: number) => string }> = {
  memoryMb: { label: "Memory", amount: (n) => `${formatMegabytes(n)} of memory` },
  diskMb: { label: "Disk", amount: (n) => `${formatMegabytes(n)} of disk` },
  cpuPercent: { label: "CPU", amount: cores },
  servers: { label: "Servers", amount: count("server") },
  databases: { label: "Databases", amount: count("database") },
  allocations: { label: "Allocations", amount: count("allocation") },
  backups: { label: "Backups", amount: count("backup") },
};

/** A resource's name inside a sentence: "memory", but "CPU". */
const inSentence = (resource: BoxResource) => {
  const { label } = RESOURCE_TEXT[resource];

  return label === label.toUpperCase() ? label : label.toLowerCase();
};

export const boxTotals = (
  box: Pick<
    Service,
    "memoryMb" | "diskMb" | "cpuPercent" | "maxServers" | "databases" | "allocations" | "backups"
  >,
): BoxAmounts => ({
  memoryMb: box.memoryMb,
  diskMb: box.diskMb,
  cpuPercent: box.cpuPercent,
  servers: box.maxServers,
  databases: box.databases,
  allocations: box.allocations,
  backups: box.backups,
});

const SIZE_FIELDS = ["memoryMb", "diskMb", "cpuPercent", "databases", "backups", "allocations"] as const;

/** Just the size fields of a server, a form's input or a panel's limits. */
export const sizeOf = (from: ServerSize): ServerSize =>
  Object.fromEntries(SIZE_FIELDS.map((field) => [field, from[field]])) as ServerSize;

export const sameSize = (a: ServerSize, b: ServerSize) => SIZE_FIELDS.every((field) => a[field] === b[field]);

/** What a server takes from its box. */
export const serverAmounts = (
  server: Pick<BoxServer, "memoryMb" | "diskMb" | "cpuPercent" | "databases" | "allocations" | "backups">,
): BoxAmounts => ({
  memoryMb: server.memoryMb,
  diskMb: server.diskMb,
  cpuPercent: server.cpuPercent,
  servers: 1,
  databases: server.databases,
  allocations: server.allocations,
  backups: server.backups,
});

const zero = (): BoxAmounts => ({
  memoryMb: 0,
  diskMb: 0,
  cpuPercent: 0,
  servers: 0,
  databases: 0,
  allocations: 0,
  backups: 0,
});

export const addAmounts = (a: BoxAmounts, b: BoxAmounts): BoxAmounts =>
  Object.fromEntries(BOX_RESOURCES.map((resource) => [resource, a[resource] + b[resource]])) as BoxAmounts;

/** The box's usage: every server counts except failed ones (their reservation was released). */
export const boxUsage = (servers: BoxServer[]): BoxAmounts =>
  servers
    .filter((server) => server.status !== "failed")
    .reduce((sum, server) => addAmounts(sum, serverAmounts(server)), zero());

export type Shortfall = { resource: BoxResource; message: string };

/** Each resource the request would push past the box's total, said the way a customer reads it. */
export const shortfalls = (totals: BoxAmounts, used: BoxAmounts, request: BoxAmounts): Shortfall[] =>
  BOX_RESOURCES.filter((resource) => used[resource] + request[resource] > totals[resource]).map(
    (resource) => {
      const left = Math.max(0, totals[resource] - used[resource]);
      const message =
        resource === "servers"
          ? `This box already holds its ${count("server")(totals.servers)}.`
          : left === 0
            ? `No ${inSentence(resource)} left in this box.`
            : `Only ${RESOURCE_TEXT[resource].amount(left)} left.`;

      return { resource, message };
    },
  );

/** The form field each shortfall belongs to (a full box is said next to the server's name). */
export const shortfallErrors = (problems: Shortfall[]): Record<string, string[]> =>
  Object.fromEntries(
    problems.map((problem) => [problem.resource === "servers" ? "name" : problem.resource, [problem.message]]),
  );

/** For a downgrade: what the servers use beyond the new totals. */
export const overcommitted = (totals: BoxAmounts, used: BoxAmounts) =>
  BOX_RESOURCES.filter((resource) => used[resource] > totals[resource]).map(
    (resource) =>
      `${inSentence(resource)}: the servers use ${RESOURCE_TEXT[resource].amount(used[resource])}, the new plan allows ${RESOURCE_TEXT[resource].amount(totals[resource])}`,
  );

/** What is left for one server, given what the other servers use. */
export const leftFor = (totals: BoxAmounts, usedByOthers: BoxAmounts): ServerSize => {
  const { servers: _servers, ...left } = Object.fromEntries(
    BOX_RESOURCES.map((resource) => [resource, Math.max(0, totals[resource] - usedByOthers[resource])]),
  ) as BoxAmounts;

  return left;
};

/** The quota messages a create or resize would get, by form field (same rules, same words). */
export const sizeErrors = (totals: BoxAmounts, usedByOthers: BoxAmounts, size: ServerSize) =>
  shortfallErrors(shortfalls(totals, usedByOthers, { ...size, servers: 1 }));

/** The least a server can have (the panel's practical minimums; every server needs one allocation). */
export const SERVER_MINIMUMS: ServerSize = {
  memoryMb: 128,
  diskMb: 256,
  cpuPercent: 10,
  databases: 0,
  backups: 0,
  allocations: 1,
};

/** Why no new server can be created in a box right now, said to its owner; undefined when one can. */
export const whyNoNewServer = (status: string, totals: BoxAmounts, used: BoxAmounts) => {
  if (status === "suspended") return "Servers cannot be created while the box is suspended.";
  if (status !== "active") return "Servers can be created once the box is ready.";
  if (used.servers >= totals.servers)
    return `This box already holds its ${count("server")(totals.servers)}: delete one to make room.`;
  const left = leftFor(totals, used);
  const short = SIZE_FIELDS.filter((field) => left[field] < SERVER_MINIMUMS[field]);
  if (short.length > 0)
    return `Not enough ${short.map(inSentence).join(" and ")} left for a new server: shrink or delete one first.`;

  return undefined;
};

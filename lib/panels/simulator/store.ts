import { createHash, randomBytes, randomUUID } from "node:crypto";
import type {
  Acl,
  Flavor,
  SimAllocation,
  SimApiKey,
  SimEgg,
  SimLocation,
  SimNest,
  SimNode,
  SimServer,
  SimUser,
} from "@/lib/panels/simulator/model";
import { ACL_RESOURCES } from "@/lib/panels/simulator/model";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A ULID-shaped id (26 Crockford base32 chars), as Wisp's v2 API returns. Derived from the table and the
 * row's number, so the same row keeps the same id across resets and restarts.
 */
const ulidFor = (table: string, id: number) =>
  `01J${[...createHash("sha256").update(`${table}:${id}`).digest()]
    .slice(0, 23)
    .map((byte) => CROCKFORD[byte % 32])
    .join("")}`;

export const fullAcl = (level = 3): Acl =>
  Object.fromEntries(ACL_RESOURCES.map((resource) => [resource, level])) as Acl;

/** Pterodactyl tokens: a 16-char identifier (`ptla_`/`ptlc_` + 11) and a 32-char secret, 48 in all. */
const newToken = (kind: "application" | "client", flavor: Flavor) => {
  const random = (length: number) =>
    randomBytes(length)
      .toString("base64")
      .replace(/[^a-zA-Z0-9]/g, "")
      .padEnd(length, "x")
      .slice(0, length);
  const prefix = flavor === "pterodactyl" ? (kind === "application" ? "ptla_" : "ptlc_") : "";

  return `${prefix}${random(16 - prefix.length)}${random(32)}`;
};

type Tables = {
  users: SimUser[];
  locations: SimLocation[];
  nodes: SimNode[];
  allocations: SimAllocation[];
  nests: SimNest[];
  eggs: SimEgg[];
  servers: SimServer[];
};

/** All rows plus id counters. Lookups accept a numeric id or (for Wisp v2) a ULID. */
export class SimStore {
  readonly flavor: Flavor;
  users: SimUser[] = [];
  locations: SimLocation[] = [];
  nodes: SimNode[] = [];
  allocations: SimAllocation[] = [];
  nests: SimNest[] = [];
  eggs: SimEgg[] = [];
  servers: SimServer[] = [];
  keys = new Map<string, SimApiKey>();
  private counters = new Map<string, number>();

  constructor(flavor: Flavor) {
    this.flavor = flavor;
  }

  nextId(table: keyof Tables | "eggVariables") {
    const next = (this.counters.get(table) ?? 0) + 1;
    this.counters.set(table, next);

    return next;
  }

  /** New row basics: id, ULID and timestamps. */
  row(table: keyof Tables) {
    const now = new Date();

    const id = this.nextId(table);

    return { id, ulid: ulidFor(table, id), createdAt: now, updatedAt: now };
  }

  find<T extends { id: number; ulid: string }>(
    rows: T[],
    ref: string | number | null | undefined,
  ): T | undefined {
    if (ref === null || ref === undefined) return undefined;
    const text = String(ref);
    if (/^\d+$/.test(text)) return rows.find((row) => row.id === Number(text));
    // Pterodactyl ids are integers only; Wisp's v2 API uses ULIDs.
    if (this.flavor === "pterodactyl") return undefined;

    return rows.find((row) => row.ulid === text);
  }

  addKey(key: Omit<SimApiKey, "token"> & { token?: string }) {
    const token = key.token ?? newToken(key.kind, this.flavor);
    const stored: SimApiKey = { ...key, token };
    this.keys.set(token, stored);

    return stored;
  }

  /** Deletes a server and frees its allocations (the panel's deletion, minus Wings). */
  removeServer(server: SimServer) {
    this.servers = this.servers.filter((candidate) => candidate !== server);
    for (const allocation of this.allocations) {
      if (allocation.serverId === server.id) Object.assign(allocation, { serverId: null, notes: null });
    }
  }

  newServerIdentity() {
    const uuid = randomUUID();

    return { uuid, identifier: uuid.slice(0, 8) };
  }
}

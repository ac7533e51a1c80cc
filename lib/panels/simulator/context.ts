import type {
  AclResource,
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
import type { LifecycleSettings } from "@/lib/panels/simulator/lifecycle";
import type { SimStore } from "@/lib/panels/simulator/store";

export type SimSettings = LifecycleSettings & {
  /** Requests per minute per user: Pterodactyl's defaults are 240 (application) and 720 (client). */
  applicationRateLimit: number;
  clientRateLimit: number;
};

/** Everything a route handler sees of one request. */
export type SimContext = {
  store: SimStore;
  flavor: Flavor;
  settings: SimSettings;
  url: URL;
  params: Record<string, string>;
  filters: Record<string, string>;
  query: Record<string, string>;
  body: Record<string, unknown>;
  key: SimApiKey;
  user: SimUser;
  /** Wisp's Accept version: 2 answers ULID string ids, 1 integers. Always 1 for Pterodactyl. */
  idVersion: 1 | 2;
  /** The id as the client should see it. */
  id: (row: { id: number; ulid: string }) => number | string;
  /** Rows resolved by the route's bindings. */
  bound: {
    user?: SimUser;
    server?: SimServer;
    node?: SimNode;
    location?: SimLocation;
    nest?: SimNest;
    egg?: SimEgg;
    allocation?: SimAllocation;
  };
  /** Set by the `wings_failure` fault: the node daemon rejects what this request asks of it. */
  wingsFailure: boolean;
  /** Whether the key may read (GET) or write this resource; an include without it is a null_resource. */
  can: (resource: AclResource, action: "read" | "write") => boolean;
};

export type SimResponse = { status: number; body?: unknown; headers?: Record<string, string> };

export type Route = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  api: "application" | "client";
  /** Path below the API prefix, with `:name` parameters. */
  path: string;
  /** ACL resource (application API): checked after bindings resolve, before validation. */
  acl?: AclResource;
  /** Resolves route-model bindings first (unknown ids are 404s, before any 403). */
  bind?: (ctx: SimContext) => void;
  handle: (ctx: SimContext) => SimResponse | Promise<SimResponse>;
};

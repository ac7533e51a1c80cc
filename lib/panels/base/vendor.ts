import type { z } from "zod";
import type { FeatureLimits, PanelKind, ServerLimits, ServerResources } from "@/lib/panels/types";

/** What differs between Pterodactyl and Wisp on top of the API they share. */
export type VendorProfile = {
  kind: PanelKind;
  /** Accept header of the application API (Wisp's version switch). */
  accept: string;
  /** Accept header of the client API. */
  clientAccept: string;
  /** Ids as the panel wants them in JSON bodies. */
  bodyId: (id: string) => number | string;
  /** Query parameters that look a user up by email (matches partially: results are re-checked). */
  userSearch: (email: string) => Record<string, string>;
  /** Extra fields a new user needs (Pterodactyl's username). */
  userExtras: (username: string) => Record<string, unknown>;
  limitsBody: (limits: ServerLimits) => Record<string, unknown>;
  featureLimitsBody: (limits: FeatureLimits, diskMb: number) => Record<string, unknown>;
  /** Extra create fields (Wisp wants the nest). */
  createExtras: (input: { nestId: string }) => Record<string, unknown>;
  /** PATCH build body; both panels need the current primary allocation. */
  buildBody: (input: {
    allocation: number | string;
    limits: ServerLimits;
    featureLimits: Record<string, unknown>;
    addAllocations: Array<number | string>;
    removeAllocations: Array<number | string>;
  }) => Record<string, unknown>;
  /** Path and query listing a node's unassigned allocations. */
  freeAllocations: (nodeId: string) => { path: string; query: Record<string, string> };
  /** Reads the client API's resources answer; `PanelHttp` applies it, so a bad answer is a PanelError. */
  resourcesSchema: z.ZodType<ServerResources>;
};

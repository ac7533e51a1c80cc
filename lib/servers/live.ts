import "server-only";
import type { PanelConnection } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { adapterForConnection } from "@/lib/panels/connections";
import { PanelError } from "@/lib/panels/errors";
import type { ServerResources } from "@/lib/panels/types";
import type { ServerTarget } from "@/lib/servers/target";
import { MinuteBudget, SharedCache } from "@/lib/servers/shared-cache";

export type LiveStateName =
  | "setting_up"
  | "installing"
  | "running"
  | "starting"
  | "stopping"
  | "offline"
  | "suspended"
  | "failed"
  | "terminated"
  | "unavailable";

export type LiveState = {
  state: LiveStateName;
  resources: Omit<ServerResources, "state" | "suspended"> | null;
  fetchedAt: string;
  /** True when the panel could not be asked (down, or our call budget spent): this is the last known state. */
  stale: boolean;
  message?: string;
};

type Slot = { cache: SharedCache<LiveState>; budget: MinuteBudget };
const slot = globalThis as typeof globalThis & { __portalLive?: Slot };

/** One cache and budget per process, whatever Next does with module instances. */
const shared = (): Slot => {
  if (!slot.__portalLive) {
    const env = getEnv();
    slot.__portalLive = { cache: new SharedCache(env.LIVE_CACHE_MS), budget: new MinuteBudget(env.CLIENT_API_BUDGET_PER_MINUTE) };
  }

  return slot.__portalLive;
};

/** Tests reset what earlier tests cached. */
export const resetLiveStateForTesting = () => {
  slot.__portalLive = undefined;
};

const LOCAL_STATES: Record<string, LiveStateName> = {
  pending: "setting_up",
  provisioning: "setting_up",
  failed: "failed",
  terminated: "terminated",
  suspended: "suspended",
};

const fetchLive = async (connection: PanelConnection, identifier: string): Promise<LiveState> => {
  const fetchedAt = new Date().toISOString();
  try {
    const { state, suspended, ...resources } = await adapterForConnection(connection).getResources(identifier);

    return { state: suspended ? "suspended" : state, resources, fetchedAt, stale: false };
  } catch (err) {
    if (err instanceof PanelError && err.kind === "conflict") {
      if (/installation/i.test(err.message)) return { state: "installing", resources: null, fetchedAt, stale: false };
      if (/suspended/i.test(err.message)) return { state: "suspended", resources: null, fetchedAt, stale: false };
    }
    throw err;
  }
};

/**
 * A server's live state for its page. Servers that are not running answer from the database; the others
 * cost at most one client-API call per server per cache period, however many tabs ask, and never more
 * than this instance's budget for the panel: beyond it, the last known state is served as stale.
 */
export const getLiveState = async (target: ServerTarget, connection: PanelConnection): Promise<LiveState> => {
  const local = target.state === "ready" ? undefined : (LOCAL_STATES[target.service.status] ?? "setting_up");
  if (local || !target.panelIdentifier) {
    return { state: local ?? "setting_up", resources: null, fetchedAt: new Date().toISOString(), stale: false };
  }
  const { cache, budget } = shared();
  const identifier = target.panelIdentifier;
  const last = cache.peek(target.id);
  try {
    return await cache.get(target.id, async () => {
      if (!budget.take(connection.id)) {
        if (last) return { ...last, stale: true, message: "Showing the last known state: the panel is busy." };
        throw new PanelError("rate_limited", "The panel is busy; live data will be back in a moment.");
      }

      return fetchLive(connection, identifier);
    });
  } catch (err) {
    const message =
      err instanceof PanelError ? "The game panel is not answering right now; live data will come back by itself." : "Live data is unavailable right now.";
    if (last) return { ...last, stale: true, message };

    return { state: "unavailable", resources: null, fetchedAt: new Date().toISOString(), stale: true, message };
  }
};

/** After a power signal or reinstall the next read must come from the panel. */
export const invalidateLiveState = (targetId: string) => shared().cache.invalidate(targetId);

import { getEnv } from "@/lib/env";

/** Shown on every page of `npm run demo`, so nobody mistakes it for a real portal. */
export const DemoBanner = () =>
  getEnv().DEMO_MODE === "true" ? (
    <div role="note" className="bg-amber-400 px-4 py-1.5 text-center text-xs font-semibold text-amber-950">
      Demo — the game panels are simulated and everything starts afresh on each restart.
    </div>
  ) : null;

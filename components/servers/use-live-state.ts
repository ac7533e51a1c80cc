"use client";

import { useQuery } from "@tanstack/react-query";
import { isBusy } from "@/components/servers/live-state-badge";
import type { LiveState } from "@/lib/servers/live";

/** How often to ask while the state is changing (starting, installing…). */
const BUSY_INTERVAL_MS = 2_000;

const fetchLiveState = async (url: string): Promise<LiveState> => {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`live ${response.status}`);

  return (await response.json()) as LiveState;
};

/**
 * Polls a server's live route (`/api/…/live`) every `idleMs`, faster while the state is changing. There is
 * one cache entry per route, shared by every view of the server; `initial` (read while rendering the page)
 * is shown until something newer arrives.
 */
export const useLiveState = (
  url: string,
  { initial, enabled = true, idleMs }: { initial?: LiveState; enabled?: boolean; idleMs: number },
) => {
  const { data, refetch } = useQuery({
    queryKey: ["live", url],
    queryFn: () => fetchLiveState(url),
    initialData: initial,
    initialDataUpdatedAt: initial && Date.parse(initial.fetchedAt),
    enabled,
    refetchInterval: (query) => (isBusy(query.state.data?.state) ? BUSY_INTERVAL_MS : idleMs),
  });
  // The cache may hold an older answer than the page just rendered (another view polled it earlier).
  const live = data && initial && initial.fetchedAt > data.fetchedAt ? initial : (data ?? initial);

  return { live, refetch };
};

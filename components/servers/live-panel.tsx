"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { LiveStateBadge } from "@/components/servers/live-state-badge";
import { PowerControls } from "@/components/servers/power-controls";
import { Sparkline } from "@/components/servers/sparkline";
import type { LiveState } from "@/lib/servers/live";
import { formatBytes, formatUptime } from "@/lib/utils";

const HISTORY = 60;
type Snapshot = { live: LiveState; history: Array<{ cpu: number; memory: number }> };
const BUSY = new Set(["installing", "setting_up", "starting", "stopping"]);

const Meter = ({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  testId: string;
}) => (
  <div>
    <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
    <dd className="mt-1 text-lg font-semibold text-slate-900" data-testid={testId}>
      {value}
      {detail && <span className="ml-1 text-xs font-normal text-slate-500">{detail}</span>}
    </dd>
  </div>
);

/**
 * State, power and usage, refreshed every few seconds (faster while something is changing) from a route
 * handler that shares one panel call between all viewers. Keeps the last minutes for the small charts.
 */
export const LivePanel = ({
  liveUrl,
  serverRef,
  initial,
  limits,
}: {
  /** The route handler to poll. */
  liveUrl: string;
  /** Hidden fields naming the server in actions: `{ serviceId }` or `{ boxServerId }`. */
  serverRef: Record<string, string>;
  initial: LiveState;
  limits: { memoryMb: number; diskMb: number; cpuPercent: number };
}) => {
  const router = useRouter();
  const queryClient = useQueryClient();
  const queryKey = ["live", liveUrl];
  const { data: snapshot = { live: initial, history: [] } } = useQuery({
    queryKey,
    queryFn: async (): Promise<Snapshot> => {
      const response = await fetch(liveUrl, { cache: "no-store" });
      if (!response.ok) throw new Error(`live ${response.status}`);
      const live = (await response.json()) as LiveState;
      const history = queryClient.getQueryData<Snapshot>(queryKey)?.history ?? [];

      return {
        live,
        history:
          live.resources && !live.stale
            ? [...history, { cpu: live.resources.cpuPercent, memory: live.resources.memoryBytes }].slice(
                -HISTORY,
              )
            : history,
      };
    },
    initialData: { live: initial, history: [] },
    refetchInterval: (query) => (BUSY.has(query.state.data?.live.state ?? "") ? 2_000 : 5_000),
  });
  const { live: data, history } = snapshot;
  const previous = useRef(data.state);
  useEffect(() => {
    // Leaving installation changes more than this panel shows (notices, settings): reload the page's data.
    if (
      previous.current !== data.state &&
      (previous.current === "installing" || previous.current === "setting_up")
    )
      router.refresh();
    previous.current = data.state;
  }, [data.state, router]);
  const resources = data.resources;
  const memoryLimit = limits.memoryMb * 1024 * 1024;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <LiveStateBadge state={data.state} />
        {data.message && <p className="text-xs text-amber-700">{data.message}</p>}
      </div>
      {data.state === "installing" && (
        <div role="status" className="space-y-2">
          <p className="text-sm text-slate-700">
            Installing your server. This usually takes a minute or two; this page updates by itself.
          </p>
          <div className="bg-brand-100 h-1.5 overflow-hidden rounded">
            <div className="bg-brand-500 h-full w-1/3 animate-[progress_1.5s_ease-in-out_infinite] rounded" />
          </div>
        </div>
      )}
      <PowerControls
        serverRef={serverRef}
        state={data.state}
        onSent={() => void queryClient.invalidateQueries({ queryKey })}
      />
      {resources && (
        <dl className="grid gap-5 sm:grid-cols-3 lg:grid-cols-6">
          <Meter
            label="CPU"
            value={`${resources.cpuPercent.toFixed(1)}%`}
            detail={limits.cpuPercent ? `of ${limits.cpuPercent}%` : undefined}
            testId="usage-cpu"
          />
          <Meter
            label="Memory"
            value={formatBytes(resources.memoryBytes)}
            detail={limits.memoryMb ? `of ${formatBytes(memoryLimit)}` : undefined}
            testId="usage-memory"
          />
          <Meter
            label="Disk"
            value={formatBytes(resources.diskBytes)}
            detail={limits.diskMb ? `of ${formatBytes(limits.diskMb * 1024 * 1024)}` : undefined}
            testId="usage-disk"
          />
          <Meter label="Network in" value={formatBytes(resources.networkRxBytes)} testId="usage-rx" />
          <Meter label="Network out" value={formatBytes(resources.networkTxBytes)} testId="usage-tx" />
          <Meter
            label="Uptime"
            value={
              resources.uptimeMs === null
                ? "—"
                : data.state === "offline"
                  ? "Offline"
                  : formatUptime(resources.uptimeMs)
            }
            testId="usage-uptime"
          />
        </dl>
      )}
      {history.length > 1 && (
        <div className="flex flex-wrap gap-8 text-xs text-slate-600">
          <figure>
            <Sparkline
              values={history.map((point) => point.cpu)}
              max={limits.cpuPercent || 100}
              label="CPU over the last minutes"
            />
            <figcaption>CPU, last minutes</figcaption>
          </figure>
          <figure>
            <Sparkline
              values={history.map((point) => point.memory)}
              max={memoryLimit || Math.max(...history.map((point) => point.memory))}
              label="Memory over the last minutes"
              className="text-emerald-500"
            />
            <figcaption>Memory, last minutes</figcaption>
          </figure>
        </div>
      )}
    </div>
  );
};

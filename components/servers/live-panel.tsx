"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { LiveStateBadge } from "@/components/servers/live-state-badge";
import { PowerControls } from "@/components/servers/power-controls";
import { Sparkline } from "@/components/servers/sparkline";
import { useLiveState } from "@/components/servers/use-live-state";
import type { LiveState } from "@/lib/servers/live";
import { formatBytes, formatUptime } from "@/lib/utils";

const HISTORY = 60;

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
  const { live: data = initial, refetch } = useLiveState(liveUrl, { initial, idleMs: 5_000 });
  // One point per answer from the panel: the route answers from a short cache, so polls can repeat one.
  const [history, setHistory] = useState<Array<{ cpu: number; memory: number }>>([]);
  const [lastFetchedAt, setLastFetchedAt] = useState(data.fetchedAt);
  if (data.fetchedAt !== lastFetchedAt) {
    setLastFetchedAt(data.fetchedAt);
    if (data.resources && !data.stale)
      setHistory(
        [...history, { cpu: data.resources.cpuPercent, memory: data.resources.memoryBytes }].slice(-HISTORY),
      );
  }
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
      <PowerControls serverRef={serverRef} state={data.state} onSent={() => void refetch()} />
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

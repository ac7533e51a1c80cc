import { LoaderCircle } from "lucide-react";
import type { LiveStateName } from "@/lib/servers/live";
import { cn } from "@/lib/utils";

const STATES: Record<LiveStateName, { label: string; className: string; busy?: boolean }> = {
  setting_up: { label: "Setting up", className: "bg-brand-50 text-brand-700", busy: true },
  installing: { label: "Installing", className: "bg-brand-50 text-brand-700", busy: true },
  running: { label: "Running", className: "bg-emerald-50 text-emerald-700" },
  starting: { label: "Starting", className: "bg-amber-50 text-amber-800", busy: true },
  stopping: { label: "Stopping", className: "bg-amber-50 text-amber-800", busy: true },
  offline: { label: "Offline", className: "bg-slate-100 text-slate-700" },
  suspended: { label: "Suspended", className: "bg-red-50 text-red-700" },
  failed: { label: "Failed", className: "bg-red-50 text-red-700" },
  terminated: { label: "Terminated", className: "bg-slate-100 text-slate-600" },
  unavailable: { label: "Unknown", className: "bg-slate-100 text-slate-600" },
};

/** A state on its way to another one: it shows a spinner, and is worth polling more often. */
export const isBusy = (state: LiveStateName | undefined) => Boolean(state && STATES[state].busy);

/**
 * The server's state in colour and words (never colour alone). `label` replaces the words for a step of our
 * own ("Creating") shown with the look of the state it resembles; such a badge has no `data-state`, as the
 * server is not in that state.
 */
export const LiveStateBadge = ({ state, label }: { state: LiveStateName; label?: string }) => {
  const { className, busy } = STATES[state];

  return (
    <span
      data-state={label === undefined ? state : undefined}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-sm font-medium",
        className,
      )}
    >
      {busy ? (
        <LoaderCircle aria-hidden className="size-3.5 animate-spin" />
      ) : (
        <span aria-hidden className="size-2 rounded-full bg-current" />
      )}
      {label ?? STATES[state].label}
    </span>
  );
};

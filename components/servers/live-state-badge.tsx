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

/** The server's state in colour and words (never colour alone). */
export const LiveStateBadge = ({ state }: { state: LiveStateName }) => {
  const { label, className, busy } = STATES[state];

  return (
    <span
      data-state={state}
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
      {label}
    </span>
  );
};

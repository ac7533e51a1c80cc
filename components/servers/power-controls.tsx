"use client";

import { useMutation } from "@tanstack/react-query";
import { LoaderCircle, Play, Power, RotateCcw, Square } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { sendPowerAction } from "@/lib/actions/servers/server-actions";
import type { LiveStateName } from "@/lib/servers/live";

type Signal = "start" | "stop" | "restart" | "kill";

/** Which signal makes sense in which state. */
const ENABLED: Record<Signal, LiveStateName[]> = {
  start: ["offline"],
  stop: ["running", "starting"],
  restart: ["running"],
  kill: ["starting", "stopping", "running"],
};

const BUTTONS: Array<{
  signal: Signal;
  label: string;
  icon: typeof Play;
  variant: "primary" | "secondary" | "danger";
}> = [
  { signal: "start", label: "Start", icon: Play, variant: "primary" },
  { signal: "restart", label: "Restart", icon: RotateCcw, variant: "secondary" },
  { signal: "stop", label: "Stop", icon: Square, variant: "secondary" },
  { signal: "kill", label: "Kill", icon: Power, variant: "danger" },
];

const whyDisabled = (state: LiveStateName) =>
  state === "suspended"
    ? "Power is off while the service is suspended."
    : state === "installing" || state === "setting_up"
      ? "Power is available once installation is done."
      : state === "unavailable"
        ? "Power is unavailable while the panel is not answering."
        : undefined;

export const PowerControls = ({
  serverRef,
  state,
  onSent,
}: {
  serverRef: Record<string, string>;
  state: LiveStateName;
  onSent: () => void;
}) => {
  const mutation = useMutation({
    mutationFn: async (signal: Signal) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(serverRef)) form.set(name, value);
      form.set("signal", signal);
      const result = await sendPowerAction(undefined, form);
      if (!result.ok) throw new Error(result.error);

      return result.message ?? "Sent.";
    },
    onSuccess: onSent,
  });
  const reason = whyDisabled(state);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Power">
        {BUTTONS.map(({ signal, label, icon: Icon, variant }) => (
          <Button
            key={signal}
            variant={variant}
            size="sm"
            disabled={mutation.isPending || !ENABLED[signal].includes(state)}
            onClick={() => mutation.mutate(signal)}
          >
            {mutation.isPending && mutation.variables === signal ? (
              <LoaderCircle aria-hidden className="size-4 animate-spin" />
            ) : (
              <Icon aria-hidden className="size-4" />
            )}
            {label}
          </Button>
        ))}
      </div>
      {reason && <p className="text-xs text-slate-500">{reason}</p>}
      {mutation.isError && <Alert tone="error">{mutation.error.message}</Alert>}
      {mutation.isSuccess && (
        <p role="status" className="text-xs text-slate-600">
          {mutation.data}
        </p>
      )}
    </div>
  );
};

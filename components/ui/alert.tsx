import { CircleAlert, CircleCheck, Info } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

type Tone = "error" | "success" | "info";

const TONES: Record<Tone, { className: string; icon: typeof Info }> = {
  error: { className: "bg-red-50 text-red-800 ring-red-200", icon: CircleAlert },
  success: { className: "bg-emerald-50 text-emerald-800 ring-emerald-200", icon: CircleCheck },
  info: { className: "bg-sky-50 text-sky-800 ring-sky-200", icon: Info },
};

export const Alert = ({
  tone,
  children,
  className,
}: {
  tone: Tone;
  children: ReactNode;
  className?: string;
}) => {
  const { className: toneClass, icon: Icon } = TONES[tone];

  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("flex gap-2 rounded-md px-3 py-2.5 text-sm ring-1 ring-inset", toneClass, className)}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div>{children}</div>
    </div>
  );
};

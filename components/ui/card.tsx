import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

export const Card = ({ className, children }: { className?: string; children: ReactNode }) => (
  <section className={cn("rounded-lg bg-white shadow-sm ring-1 ring-slate-200", className)}>
    {children}
  </section>
);

export const CardHeader = ({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) => (
  <header className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
    <div>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
    </div>
    {actions}
  </header>
);

export const CardBody = ({ className, children }: { className?: string; children: ReactNode }) => (
  <div className={cn("px-5 py-5", className)}>{children}</div>
);

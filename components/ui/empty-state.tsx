import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

export const EmptyState = ({
  icon: Icon,
  title,
  description,
  action,
}: {
  icon: LucideIcon;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}) => (
  <div className="flex flex-col items-center px-6 py-12 text-center">
    <span className="bg-brand-50 text-brand-600 flex size-12 items-center justify-center rounded-full">
      <Icon aria-hidden className="size-6" />
    </span>
    <h3 className="mt-4 text-base font-semibold text-slate-900">{title}</h3>
    {description && <p className="mt-1 max-w-md text-sm text-slate-600">{description}</p>}
    {action && <div className="mt-5">{action}</div>}
  </div>
);

import type { ReactNode } from "react";

export const AuthHeading = ({ title, children }: { title: string; children?: ReactNode }) => (
  <div className="mb-6">
    <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
    {children && <p className="mt-1 text-sm text-slate-600">{children}</p>}
  </div>
);

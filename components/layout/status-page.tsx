import type { ReactNode } from "react";

/** A centred full-page message: not found, errors. */
export const StatusPage = ({
  code,
  title,
  children,
}: {
  code: string;
  title: string;
  children: ReactNode;
}) => (
  <main className="flex min-h-dvh flex-col items-center justify-center px-6 text-center">
    <p className="text-brand-600 text-sm font-semibold">{code}</p>
    <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
    <div className="mt-6 flex flex-col items-center gap-4 text-sm text-slate-600">{children}</div>
  </main>
);

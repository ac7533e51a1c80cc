import { CircleCheck, CircleX } from "lucide-react";
import type { ConnectionCheck } from "@/lib/panels/types";

/** One line per check: what was checked, whether it passed, and what to do when it did not. */
export const ConnectionChecks = ({ checks }: { checks: ConnectionCheck[] }) => (
  <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200" aria-label="Connection checks">
    {checks.map((check) => (
      <li key={check.id} className="flex gap-3 px-4 py-3 text-sm" data-check={check.id} data-ok={check.ok}>
        {check.ok ? (
          <CircleCheck aria-label="passed" className="mt-0.5 size-4 shrink-0 text-emerald-600" />
        ) : (
          <CircleX aria-label="failed" className="mt-0.5 size-4 shrink-0 text-red-600" />
        )}
        <div>
          <p className="font-medium text-slate-900">{check.label}</p>
          <p className="text-slate-600">{check.detail}</p>
        </div>
      </li>
    ))}
  </ul>
);

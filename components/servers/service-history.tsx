import type { AuditEntry } from "@/lib/db/schema";
import { formatDateTime } from "@/lib/utils";

const who = (entry: AuditEntry, userId: string) =>
  entry.actorId === userId ? "You" : entry.actorId ? "Our team" : "Automatic";

/** The service's history as its owner sees it: what happened, when, and by whom (without staff names). */
export const ServiceHistory = ({ entries, userId }: { entries: AuditEntry[]; userId: string }) =>
  entries.length === 0 ? (
    <p className="text-sm text-slate-600">Nothing yet.</p>
  ) : (
    <ol className="space-y-3" aria-label="History">
      {entries.map((entry) => (
        <li key={entry.id} className="flex gap-3 text-sm">
          <span
            className={`mt-1.5 size-2 shrink-0 rounded-full ${entry.result === "ok" ? "bg-emerald-500" : "bg-red-500"}`}
            aria-hidden
          />
          <div>
            <p className="text-slate-900">{entry.message}</p>
            <p className="text-xs text-slate-500">
              {formatDateTime(entry.at)} · {who(entry, userId)}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );

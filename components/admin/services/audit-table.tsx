import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { AuditEntry } from "@/lib/db/schema";
import { formatDateTime } from "@/lib/utils";

export const AuditTable = ({ entries }: { entries: AuditEntry[] }) =>
  entries.length === 0 ? (
    <p className="px-5 py-4 text-sm text-slate-600">Nothing recorded yet.</p>
  ) : (
    <DataTable
      label="History"
      head={["When", "Who", "What", "Result"]}
      rows={entries.map((entry) => [
        <span key="w" className="whitespace-nowrap">
          {formatDateTime(entry.at)}
        </span>,
        entry.actorLabel,
        <span key="m">
          <code className="text-xs text-slate-500">{entry.action}</code>
          <span className="block">{entry.message}</span>
        </span>,
        entry.result === "ok" ? <Badge tone="success">OK</Badge> : <Badge tone="danger">Error</Badge>,
      ])}
    />
  );

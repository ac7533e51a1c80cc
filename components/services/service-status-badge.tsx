import { Badge } from "@/components/ui/badge";
import type { ServiceStatus } from "@/lib/db/schema";
import { STATUS_INFO } from "@/lib/services/status";

export const ServiceStatusBadge = ({ status }: { status: ServiceStatus }) => (
  <span data-status={status}>
    <Badge tone={STATUS_INFO[status].tone}>{STATUS_INFO[status].label}</Badge>
  </span>
);

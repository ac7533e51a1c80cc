import { type ServiceStatus, serviceStatus } from "@/lib/db/schema";

export const SERVICE_STATUSES = serviceStatus.enumValues;

/** Not delivered yet: delivery may run (again). */
export const DELIVERABLE_STATUSES = ["pending", "provisioning", "failed"] as const satisfies readonly ServiceStatus[];
/** Everything but the end: what still holds an offer and a server. */
export const LIVE_STATUSES = SERVICE_STATUSES.filter((status) => status !== "terminated");

export const STATUS_INFO: Record<
  ServiceStatus,
  { label: string; tone: "neutral" | "brand" | "success" | "warning" | "danger" }
> = {
  pending: { label: "Waiting", tone: "neutral" },
  provisioning: { label: "Setting up", tone: "brand" },
  active: { label: "Active", tone: "success" },
  suspended: { label: "Suspended", tone: "warning" },
  failed: { label: "Failed", tone: "danger" },
  terminated: { label: "Terminated", tone: "neutral" },
};

/** How a service is named in lists: its server's name, or for a box its offer's. */
export const serviceTitle = (
  service: { kind: "server" | "box"; serverName: string; number: number },
  offerName?: string,
) => (service.kind === "box" ? `${offerName ?? `Box #${service.number}`} (PteroBox)` : service.serverName);

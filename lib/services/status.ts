import type { ServiceStatus } from "@/lib/db/schema";

export const SERVICE_STATUSES = [
  "pending",
  "provisioning",
  "active",
  "suspended",
  "failed",
  "terminated",
] as const satisfies readonly ServiceStatus[];

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

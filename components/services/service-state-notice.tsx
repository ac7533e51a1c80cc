import { LoaderCircle } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import type { Service } from "@/lib/db/schema";

/** What the customer should know about the service's state, and what to do. */
export const ServiceStateNotice = ({ service }: { service: Service }) => {
  const what = service.kind === "box" ? "box" : "server";
  switch (service.status) {
    case "pending":
    case "provisioning":
      return (
        <div
          role="status"
          className="bg-brand-50 text-brand-700 ring-brand-100 flex items-center gap-3 rounded-md px-4 py-3 text-sm ring-1"
        >
          <LoaderCircle aria-hidden className="size-4 animate-spin" />
          Setting up your {what}. This page updates by itself.
        </div>
      );
    case "failed":
      return (
        <Alert tone="error">
          Your {what} could not be set up yet. Our team has been told and is on it; you do not need to order
          again.
        </Alert>
      );
    case "suspended":
      return <Alert tone="error">This service is suspended{service.kind === "box" ? ": its servers are stopped and cannot be changed" : ""}.{" "}
          {service.statusReason}</Alert>;
    case "terminated":
      return <Alert tone="info">This service has ended and its {service.kind === "box" ? "servers were" : "server was"} deleted.</Alert>;
    default:
      return null;
  }
};

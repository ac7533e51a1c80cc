import { serviceTitle } from "@/lib/services/status";
import { ActionButton } from "@/components/forms/action-button";
import { inputClasses } from "@/components/forms/form-field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { retryDeliveryAction } from "@/lib/actions/admin/services/retry-delivery";
import { suspendServiceAction, unsuspendServiceAction } from "@/lib/actions/admin/services/suspend-service";
import { renewServiceAction, terminateServiceAction } from "@/lib/actions/admin/services/terminate-service";
import type { Service } from "@/lib/db/schema";

/** The lifecycle actions that make sense in the service's current state. */
export const ServiceAdminActions = ({ service }: { service: Service }) => {
  const hidden = { serviceId: service.id };
  const { status } = service;

  return (
    <div className="flex flex-wrap items-start gap-3">
      {["pending", "provisioning", "failed"].includes(status) && (
        <ActionButton
          action={retryDeliveryAction}
          hidden={hidden}
          label="Retry now"
          pendingLabel="Queuing…"
          variant="primary"
        />
      )}
      {status === "active" && (
        <ConfirmDialog
          trigger="Suspend"
          title={`Suspend ${serviceTitle(service)}?`}
          confirmLabel="Suspend"
          pendingLabel="Suspending…"
          action={suspendServiceAction}
          hidden={hidden}
        >
          <p className="mb-3">
            {service.kind === "box"
              ? "Every server in the box is stopped, and its owner cannot start, create or change any until it is unsuspended."
              : "The server is stopped and its owner cannot start it until it is unsuspended."}
          </p>
          <label htmlFor="suspend-reason" className="mb-1 block text-xs font-medium text-slate-700">
            Reason (shown to the customer)
          </label>
          <input
            id="suspend-reason"
            name="reason"
            placeholder="Suspended by an administrator."
            className={inputClasses(false)}
          />
        </ConfirmDialog>
      )}
      {status === "suspended" && (
        <ActionButton
          action={unsuspendServiceAction}
          hidden={hidden}
          label="Unsuspend"
          pendingLabel="Unsuspending…"
        />
      )}
      {status !== "terminated" && (
        <ActionButton
          action={renewServiceAction}
          hidden={hidden}
          label="Renew one period"
          pendingLabel="Renewing…"
        />
      )}
      {status !== "terminated" && (
        <ConfirmDialog
          trigger="Terminate"
          title={`Terminate ${serviceTitle(service)}?`}
          confirmLabel={service.kind === "box" ? "Terminate and delete its servers" : "Terminate and delete the server"}
          pendingLabel="Terminating…"
          action={terminateServiceAction}
          hidden={hidden}
        >
          <p className="mb-3">
            {service.kind === "box"
              ? "Every server in the box and all their files are deleted from the panel. This cannot be undone."
              : "The server and all its files are deleted from the panel. This cannot be undone."}
          </p>
          <label htmlFor="terminate-reason" className="mb-1 block text-xs font-medium text-slate-700">
            Reason
          </label>
          <input
            id="terminate-reason"
            name="reason"
            placeholder="Terminated by an administrator."
            className={inputClasses(false)}
          />
        </ConfirmDialog>
      )}
    </div>
  );
};

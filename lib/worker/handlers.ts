import type { Db } from "@/lib/db/client";
import { updateService } from "@/lib/db/queries/services";
import type { Job } from "@/lib/db/schema";
import { SYSTEM, recordAudit } from "@/lib/services/audit";
import { deliverService } from "@/lib/services/deliver";
import { JobError, isPermanent, messageOf } from "@/lib/services/delivery-errors";
import { sweepExpiredServices } from "@/lib/services/expiry";
import { purgePanelServer, suspendService, terminateService } from "@/lib/services/lifecycle";
import { createBoxServerOnPanel, failBoxServer } from "@/lib/boxes/create-on-panel";
import { reconcileBoxServers } from "@/lib/boxes/reconcile";
import { updateBoxServer } from "@/lib/db/queries/box-servers";

export type JobContext = { db: Db; job: Job };
export type JobHandler = {
  run: (ctx: JobContext) => Promise<void>;
  /** Called once when the job will not be tried again. */
  onGiveUp?: (ctx: JobContext, message: string) => Promise<void>;
};

const serviceIdOf = (job: Job) => String(job.payload.serviceId);

const markDeliveryFailed = async (db: Db, serviceId: string, reason: string) => {
  const failed = await updateService(
    db,
    serviceId,
    { status: "failed", statusReason: reason, lastError: reason },
    ["pending", "provisioning"],
  );
  if (failed)
    await recordAudit(db, {
      actor: SYSTEM,
      action: "service.deliver",
      serviceId,
      result: "error",
      message: reason,
    });
};

/** Panel outages are retried; refusals that need a person fail the job (and the service) at once. */
const asJobError = (err: unknown) => new JobError(messageOf(err), !isPermanent(err));

export const HANDLERS: Record<string, JobHandler> = {
  deliver_service: {
    run: async ({ db, job }) => {
      const serviceId = serviceIdOf(job);
      try {
        await deliverService(db, serviceId);
      } catch (err) {
        const error = asJobError(err);
        if (error.retry) await updateService(db, serviceId, { lastError: error.message });
        else await markDeliveryFailed(db, serviceId, error.message);
        throw error;
      }
    },
    onGiveUp: ({ db, job }, message) =>
      markDeliveryFailed(
        db,
        serviceIdOf(job),
        `Delivery kept failing after ${job.attempts} attempts. Last error: ${message}`,
      ),
  },
  suspend_service: {
    run: async ({ db, job }) => {
      await suspendService(db, {
        serviceId: serviceIdOf(job),
        actor: SYSTEM,
        reason: String(job.payload.reason ?? "Suspended"),
      }).catch((err) => {
        throw asJobError(err);
      });
    },
  },
  terminate_service: {
    run: async ({ db, job }) => {
      await terminateService(db, {
        serviceId: serviceIdOf(job),
        actor: SYSTEM,
        reason: String(job.payload.reason ?? "Terminated"),
      });
    },
  },
  purge_panel_server: {
    run: async ({ db, job }) => {
      await purgePanelServer(db, serviceIdOf(job));
      await recordAudit(db, {
        actor: SYSTEM,
        action: "service.terminate",
        serviceId: serviceIdOf(job),
        result: "ok",
        message: "The panel server was deleted.",
      });
    },
  },
  create_box_server: {
    run: async ({ db, job }) => {
      const boxServerId = String(job.payload.boxServerId);
      try {
        await createBoxServerOnPanel(db, boxServerId);
      } catch (err) {
        const error = asJobError(err);
        if (error.retry) await updateBoxServer(db, boxServerId, { lastError: error.message });
        else await failBoxServer(db, boxServerId, error.message);
        throw error;
      }
    },
    onGiveUp: ({ db, job }, message) =>
      failBoxServer(db, String(job.payload.boxServerId), `Creation kept failing. Last error: ${message}`),
  },
  reconcile_boxes: {
    run: async ({ db }) => {
      await reconcileBoxServers(db);
    },
  },
  expiry_sweep: {
    run: async ({ db }) => {
      await sweepExpiredServices(db);
    },
  },
};

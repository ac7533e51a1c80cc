import "server-only";
import type { Db } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getServiceForUser, updateService } from "@/lib/db/queries/services";
import { AppError, type FieldErrors } from "@/lib/errors";
import { PANEL_TEXT_LIMIT } from "@/lib/offers/templates";
import { getPanelCatalog } from "@/lib/panels/catalog";
import { adapterForConnection } from "@/lib/panels/connections";
import { completeEggEnvironment, validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import { validateValue } from "@/lib/panels/rules/validator";
import type { EggVariable, PanelEgg, PowerSignal } from "@/lib/panels/types";
import { hitRateLimit } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/services/audit";
import { invalidateServerDetails } from "@/lib/servers/details";
import { invalidateLiveState } from "@/lib/servers/live";

type Caller = { id: string; email: string };

export const POWER_LIMIT = { limit: 5, windowMs: 60_000 };

/** The caller's own delivered, running service and its adapter; anything else is refused first. */
const ownedServer = async (db: Db, serviceId: string, caller: Caller) => {
  const service = await getServiceForUser(db, { id: serviceId, userId: caller.id });
  if (!service) throw new AppError("NOT_FOUND", "This service does not exist.");
  if (service.status === "suspended")
    throw new AppError("CONFLICT", `This service is suspended. ${service.statusReason ?? ""}`.trim());
  if (service.status !== "active" || !service.panelServerId || !service.panelIdentifier) {
    throw new AppError("CONFLICT", "Your server is not ready yet.");
  }
  const connection = await getPanelConnection(db, service.connectionId);
  if (!connection) throw new AppError("NOT_FOUND", "This service does not exist.");

  return {
    service,
    connection,
    adapter: adapterForConnection(connection),
    serverId: service.panelServerId,
    identifier: service.panelIdentifier,
  };
};

const actor = (caller: Caller) => ({ id: caller.id, label: caller.email });

/** Start, stop, restart or kill; at most 5 a minute per customer. */
export const sendPower = async (
  db: Db,
  { serviceId, caller, signal }: { serviceId: string; caller: Caller; signal: PowerSignal },
) => {
  const { adapter, identifier } = await ownedServer(db, serviceId, caller);
  const limit = await hitRateLimit(db, { key: `power:${caller.id}`, ...POWER_LIMIT });
  if (!limit.allowed) {
    throw new AppError(
      "RATE_LIMITED",
      `You can send ${POWER_LIMIT.limit} power actions a minute. Try again in ${limit.retryAfterSeconds} seconds.`,
    );
  }
  await adapter.sendPowerSignal(identifier, signal);
  invalidateLiveState(serviceId);
  await recordAudit(db, {
    actor: actor(caller),
    action: "server.power",
    serviceId,
    result: "ok",
    message: `Sent "${signal}".`,
  });
};

export const renameServer = async (
  db: Db,
  { serviceId, caller, name }: { serviceId: string; caller: Caller; name: string },
) => {
  const { service, adapter, serverId } = await ownedServer(db, serviceId, caller);
  const trimmed = name.trim().slice(0, PANEL_TEXT_LIMIT);
  await adapter.updateDetails(serverId, {
    name: trimmed,
    description: service.serverDescription,
    userId: service.panelUserId!,
    externalId: service.id,
  });
  await updateService(db, serviceId, { serverName: trimmed });
  invalidateServerDetails(serviceId);
  await recordAudit(db, {
    actor: actor(caller),
    action: "server.rename",
    serviceId,
    result: "ok",
    message: `Renamed to “${trimmed}”.`,
  });
};

/** Values of the old egg that the new egg has and accepts are kept; the rest take the new egg's defaults. */
export const carryOverEnvironment = (variables: EggVariable[], previous: Record<string, string>) =>
  completeEggEnvironment(
    variables,
    Object.fromEntries(
      variables
        .filter((variable) => previous[variable.envVariable] !== undefined)
        .filter(
          (variable) =>
            validateValue({
              field: variable.envVariable,
              value: previous[variable.envVariable],
              exists: true,
              rules: variable.rules,
            }).length === 0,
        )
        .map((variable) => [variable.envVariable, previous[variable.envVariable]!]),
    ),
  );

const eggOf = async (
  db: Db,
  connection: Parameters<typeof getPanelCatalog>[1],
  nestId: string,
  eggId: string,
): Promise<PanelEgg> => {
  const catalog = await getPanelCatalog(db, connection).catch(() => undefined);

  return (
    catalog?.nests.find((nest) => nest.id === nestId)?.eggs.find((egg) => egg.id === eggId) ??
    adapterForConnection(connection).getEgg(nestId, eggId)
  );
};

/**
 * Reinstalls (every file is erased), optionally switching to another egg of the offer first. On a switch
 * the variable values that the new egg has and accepts are kept.
 */
export const reinstallServer = async (
  db: Db,
  { serviceId, caller, eggId }: { serviceId: string; caller: Caller; eggId?: string },
) => {
  const { service, connection, adapter, serverId } = await ownedServer(db, serviceId, caller);
  let message = `Reinstalled ${service.eggName}.`;
  if (eggId && eggId !== service.eggId) {
    const offer = await getOffer(db, service.offerId);
    const offerEgg = offer?.eggs.find((candidate) => candidate.eggId === eggId);
    if (!offerEgg)
      throw new AppError("VALIDATION", undefined, {
        fieldErrors: { eggId: ["Choose one of the games of your offer."] },
      });
    const egg = await eggOf(db, connection, offerEgg.nestId, offerEgg.eggId);
    const current = await adapter.getServer(serverId);
    const environment = carryOverEnvironment(egg.variables, current.environment);
    const problems = validateEggEnvironment(egg.variables, environment);
    if (problems.length > 0) {
      throw new AppError(
        "CONFLICT",
        `${offerEgg.name} needs settings first: ${problems.map((problem) => problem.message).join(" ")}`,
      );
    }
    await adapter.updateStartup(serverId, {
      nestId: offerEgg.nestId,
      eggId: egg.id,
      dockerImage: egg.dockerImages[0]?.image ?? current.dockerImage,
      startup: egg.startup,
      environment,
    });
    const kept = Object.fromEntries(
      Object.entries(service.environment).filter(([key]) =>
        egg.variables.some((variable) => variable.envVariable === key),
      ),
    );
    await updateService(db, serviceId, {
      nestId: offerEgg.nestId,
      eggId: egg.id,
      eggName: offerEgg.name,
      environment: kept,
    });
    message = `Switched from ${service.eggName} to ${offerEgg.name} and reinstalled.`;
  }
  await adapter.reinstallServer(serverId);
  invalidateServerDetails(serviceId);
  invalidateLiveState(serviceId);
  await recordAudit(db, {
    actor: actor(caller),
    action: "server.reinstall",
    serviceId,
    result: "ok",
    message,
  });
};

/** Changes the variables the egg lets customers edit, checked with the egg's rules; others are untouched. */
export const updateServerVariables = async (
  db: Db,
  { serviceId, caller, values }: { serviceId: string; caller: Caller; values: Record<string, string> },
) => {
  const { service, connection, adapter, serverId } = await ownedServer(db, serviceId, caller);
  const current = await adapter.getServer(serverId);
  const egg = await eggOf(db, connection, service.nestId, current.eggId);
  const editable = egg.variables.filter((variable) => variable.userViewable && variable.userEditable);
  const changes = Object.fromEntries(
    editable
      .filter((variable) => values[variable.envVariable] !== undefined)
      .map((variable) => [variable.envVariable, values[variable.envVariable]!.trim()]),
  );
  const environment = completeEggEnvironment(egg.variables, { ...current.environment, ...changes });
  const fieldErrors: FieldErrors = {};
  for (const problem of validateEggEnvironment(egg.variables, environment)) {
    const env = problem.field.replace(/^environment\./, "");
    fieldErrors[`env:${env}`] = [problem.message];
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", undefined, { fieldErrors });
  await adapter.updateStartup(serverId, {
    nestId: service.nestId,
    eggId: current.eggId,
    dockerImage: current.dockerImage,
    startup: current.startup,
    environment,
  });
  await updateService(db, serviceId, { environment: { ...service.environment, ...changes } });
  invalidateServerDetails(serviceId);
  await recordAudit(db, {
    actor: actor(caller),
    action: "server.variables",
    serviceId,
    result: "ok",
    message: `Changed ${Object.keys(changes).join(", ") || "nothing"}.`,
  });
};

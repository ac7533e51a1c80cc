import "server-only";
import type { Db } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { AppError, type FieldErrors } from "@/lib/errors";
import { PANEL_TEXT_LIMIT } from "@/lib/offers/templates";
import { getEgg } from "@/lib/panels/catalog";
import { adapterForConnection } from "@/lib/panels/connections";
import { completeEggEnvironment, validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import { validateValue } from "@/lib/panels/rules/validator";
import type { EggVariable, PowerSignal } from "@/lib/panels/types";
import { hitRateLimit } from "@/lib/rate-limit";
import { actorOf, recordAudit } from "@/lib/services/audit";
import { invalidateServerDetails } from "@/lib/servers/details";
import { invalidateLiveState } from "@/lib/servers/live";
import { type TargetRef, loadTargetForUser, saveTarget } from "@/lib/servers/target";

type Caller = { id: string; email: string };

export const POWER_LIMIT = { limit: 5, windowMs: 60_000 };

/** The caller's own, delivered, running server and its adapter; anything else is refused first. */
const ownedServer = async (db: Db, ref: TargetRef, caller: Caller) => {
  const target = await loadTargetForUser(db, ref, caller.id);
  if (!target) throw new AppError("NOT_FOUND", "This server does not exist.");
  if (target.state === "suspended") throw new AppError("CONFLICT", `This service is suspended. ${target.service.statusReason ?? ""}`.trim());
  if (target.state !== "ready") throw new AppError("CONFLICT", "Your server is not ready yet.");
  const connection = await getPanelConnection(db, target.service.connectionId);
  if (!connection) throw new AppError("NOT_FOUND", "This server does not exist.");

  return { target, connection, adapter: adapterForConnection(connection), serverId: target.panelServerId!, identifier: target.panelIdentifier! };
};

const audit = (db: Db, caller: Caller, serviceId: string, action: string, message: string) =>
  recordAudit(db, { actor: actorOf(caller), action, serviceId, result: "ok", message });

/** Start, stop, restart or kill; at most 5 a minute per customer. */
export const sendPower = async (db: Db, { ref, caller, signal }: { ref: TargetRef; caller: Caller; signal: PowerSignal }) => {
  const { target, adapter, identifier } = await ownedServer(db, ref, caller);
  const limit = await hitRateLimit(db, { key: `power:${caller.id}`, ...POWER_LIMIT });
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", `You can send ${POWER_LIMIT.limit} power actions a minute. Try again in ${limit.retryAfterSeconds} seconds.`);
  }
  await adapter.sendPowerSignal(identifier, signal);
  invalidateLiveState(target.id);
  await audit(db, caller, target.service.id, "server.power", `Sent "${signal}" to “${target.name}”.`);
};

export const renameServer = async (db: Db, { ref, caller, name }: { ref: TargetRef; caller: Caller; name: string }) => {
  const { target, adapter, serverId } = await ownedServer(db, ref, caller);
  const trimmed = name.trim().slice(0, PANEL_TEXT_LIMIT);
  const owner = target.service.panelUserId ?? (await adapter.getServer(serverId)).userId;
  await adapter.updateDetails(serverId, { name: trimmed, description: target.description, userId: owner, externalId: target.id });
  await saveTarget(db, target, { name: trimmed });
  invalidateServerDetails(target.id);
  await audit(db, caller, target.service.id, "server.rename", `Renamed to “${trimmed}”.`);
};

/** Values of the old egg that the new egg has and accepts are kept; the rest take the new egg's defaults. */
export const carryOverEnvironment = (variables: EggVariable[], previous: Record<string, string>) =>
  completeEggEnvironment(
    variables,
    Object.fromEntries(
      variables
        .filter((variable) => previous[variable.envVariable] !== undefined)
        .filter((variable) => validateValue({ field: variable.envVariable, value: previous[variable.envVariable], exists: true, rules: variable.rules }).length === 0)
        .map((variable) => [variable.envVariable, previous[variable.envVariable]!]),
    ),
  );


/**
 * Reinstalls (every file is erased), optionally switching to another egg of the offer first. On a switch
 * the variable values that the new egg has and accepts are kept.
 */
export const reinstallServer = async (db: Db, { ref, caller, eggId }: { ref: TargetRef; caller: Caller; eggId?: string }) => {
  const { target, connection, adapter, serverId } = await ownedServer(db, ref, caller);
  let message = `Reinstalled “${target.name}” (${target.eggName}).`;
  if (eggId && eggId !== target.eggId) {
    const offer = await getOffer(db, target.service.offerId);
    const offerEgg = offer?.eggs.find((candidate) => candidate.eggId === eggId);
    if (!offerEgg) throw new AppError("VALIDATION", undefined, { fieldErrors: { eggId: ["Choose one of the games of your offer."] } });
    const egg = await getEgg(db, connection, offerEgg.nestId, offerEgg.eggId);
    const current = await adapter.getServer(serverId);
    const environment = carryOverEnvironment(egg.variables, current.environment);
    const problems = validateEggEnvironment(egg.variables, environment);
    if (problems.length > 0) throw new AppError("CONFLICT", `${offerEgg.name} needs settings first: ${problems.map((problem) => problem.message).join(" ")}`);
    await adapter.updateStartup(serverId, { nestId: offerEgg.nestId, eggId: egg.id, dockerImage: egg.dockerImages[0]?.image ?? current.dockerImage, startup: egg.startup, environment, eggVariables: egg.variables });
    const kept = Object.fromEntries(Object.entries(target.environment).filter(([key]) => egg.variables.some((variable) => variable.envVariable === key)));
    await saveTarget(db, target, { nestId: offerEgg.nestId, eggId: egg.id, eggName: offerEgg.name, environment: kept });
    message = `Switched “${target.name}” from ${target.eggName} to ${offerEgg.name} and reinstalled.`;
  }
  await adapter.reinstallServer(serverId);
  invalidateServerDetails(target.id);
  invalidateLiveState(target.id);
  await audit(db, caller, target.service.id, "server.reinstall", message);
};

/** Changes the variables the egg lets customers edit, checked with the egg's rules; others are untouched. */
export const updateServerVariables = async (db: Db, { ref, caller, values }: { ref: TargetRef; caller: Caller; values: Record<string, string> }) => {
  const { target, connection, adapter, serverId } = await ownedServer(db, ref, caller);
  const current = await adapter.getServer(serverId);
  const egg = await getEgg(db, connection, target.nestId, current.eggId);
  const editable = egg.variables.filter((variable) => variable.userViewable && variable.userEditable);
  const changes = Object.fromEntries(
    editable.filter((variable) => values[variable.envVariable] !== undefined).map((variable) => [variable.envVariable, values[variable.envVariable]!.trim()]),
  );
  const environment = completeEggEnvironment(egg.variables, { ...current.environment, ...changes });
  const fieldErrors: FieldErrors = {};
  for (const problem of validateEggEnvironment(egg.variables, environment)) fieldErrors[`env:${problem.field.replace(/^environment\./, "")}`] = [problem.message];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", undefined, { fieldErrors });
  await adapter.updateStartup(serverId, { nestId: target.nestId, eggId: current.eggId, dockerImage: current.dockerImage, startup: current.startup, environment, eggVariables: egg.variables });
  await saveTarget(db, target, { environment: { ...target.environment, ...changes } });
  invalidateServerDetails(target.id);
  await audit(db, caller, target.service.id, "server.variables", `Changed ${Object.keys(changes).join(", ") || "nothing"} on “${target.name}”.`);
};

import { validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import type { RuleSpec } from "@/lib/panels/rules/validator";
import type { SimContext } from "@/lib/panels/simulator/context";
import { SimValidationError } from "@/lib/panels/simulator/http/errors";
import type { SimEgg, SimServer } from "@/lib/panels/simulator/model";
import { exists, unique } from "@/lib/panels/simulator/routes/validation";

/** The type rule for an id in a body: integers, except under Wisp's v2 Accept header (ULID strings). */
export const idRule = (ctx: SimContext) => (ctx.idVersion === 2 ? "string" : "integer");

export const IMAGE_RULES = ["required", "string", "max:191", "regex:/^~?[\\w\\.\\/\\-:@ ]*$/"];

export const userExists = (ctx: SimContext) =>
  exists((value) => ctx.store.find(ctx.store.users, value as string) !== undefined);
export const eggExists = (ctx: SimContext) =>
  exists((value) => ctx.store.find(ctx.store.eggs, value as string) !== undefined);

/** `unique:servers` on external_id, ignoring the server being updated. */
export const externalIdRules = (ctx: SimContext, ignore?: SimServer): RuleSpec => [
  "sometimes",
  "nullable",
  "string",
  "between:1,191",
  unique(ctx.store.servers, (server) => server.externalId, ignore),
];

/** The feature-limit keys differ: Pterodactyl counts backups, Wisp also caps their total size. */
export const featureLimitRules = (ctx: SimContext): Record<string, RuleSpec> =>
  ctx.flavor === "wisp"
    ? {
        "feature_limits.databases": "present|nullable|integer|min:0",
        "feature_limits.allocations": "sometimes|nullable|integer|min:0",
        "feature_limits.backup_megabytes_limit": "present|nullable|integer|min:0",
        "feature_limits.backup_count_limit": "present|nullable|integer|min:0",
      }
    : {
        "feature_limits.databases": "present|nullable|integer|min:0",
        "feature_limits.allocations": "sometimes|nullable|integer|min:0",
        "feature_limits.backups": "present|nullable|integer|min:0",
      };

/** Reads the validated feature limits into the server's columns (nulls as the panel stores them). */
export const featureLimitsFrom = (ctx: SimContext, limits: Record<string, unknown>) => {
  const int = (value: unknown) => (value === null || value === undefined ? null : Math.trunc(Number(value)));

  return {
    databaseLimit: int(limits.databases),
    allocationLimit: int(limits.allocations),
    backupLimit: (ctx.flavor === "wisp" ? int(limits.backup_count_limit) : int(limits.backups)) ?? 0,
    backupMegabytesLimit: ctx.flavor === "wisp" ? int(limits.backup_megabytes_limit) : null,
  };
};

/**
 * The environment stored for an egg: every variable checked (hidden ones too, a missing value counting as
 * null, defaults NOT applied; a 422 lists the failures), then each set to its value or "".
 */
export const eggEnvironment = (egg: SimEgg, environment: Record<string, unknown>): Record<string, string> => {
  const violations = validateEggEnvironment(egg.variables, environment);
  if (violations.length > 0) throw new SimValidationError(violations);

  return Object.fromEntries(
    egg.variables.map((v) => [
      v.envVariable,
      environment[v.envVariable] == null ? "" : String(environment[v.envVariable]),
    ]),
  );
};

export const isTruthy = (value: unknown) =>
  value !== null &&
  value !== undefined &&
  value !== false &&
  value !== 0 &&
  value !== "0" &&
  !(Array.isArray(value) && value.length === 0) &&
  !(typeof value === "object" && !Array.isArray(value) && Object.keys(value as object).length === 0);

export const asBoolean = (value: unknown, fallback: boolean) =>
  value === undefined || value === null ? fallback : [true, 1, "1"].includes(value as never);

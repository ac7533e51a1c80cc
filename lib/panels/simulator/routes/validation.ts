import type { CustomRule, RuleSpec } from "@/lib/panels/rules/validator";
import { validateData } from "@/lib/panels/rules/validator";
import type { SimContext } from "@/lib/panels/simulator/context";
import { SimValidationError } from "@/lib/panels/simulator/http/errors";

/** Validates the request body against the panel's rules; throws the 422 listing every failure. */
export const validateBody = (
  ctx: SimContext,
  rules: Record<string, RuleSpec>,
  attributes: Record<string, string> = {},
) => {
  const violations = validateData(ctx.body, rules, attributes);
  if (violations.length > 0) throw new SimValidationError(violations);
};

/** Laravel's `unique:<table>,<column>` (case-insensitive, as MySQL's collation), ignoring one row. */
export const unique = <T>(rows: T[], get: (row: T) => string | null, ignore?: T): CustomRule => ({
  name: "unique",
  check: (value, { attribute }) =>
    value !== null &&
    rows.some((row) => row !== ignore && (get(row) ?? "").toLowerCase() === String(value).toLowerCase())
      ? `The ${attribute} has already been taken.`
      : null,
});

/** Laravel's `exists:<table>,id`. */
export const exists = (found: (value: unknown) => boolean): CustomRule => ({
  name: "exists",
  check: (value, { attribute }) => (found(value) ? null : `The selected ${attribute} is invalid.`),
});

export const bodyString = (ctx: SimContext, key: string) => {
  const value = ctx.body[key];

  return value === null || value === undefined ? null : String(value);
};

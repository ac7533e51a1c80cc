import type { EggVariable } from "@/lib/panels/types";
import { validateValue, type Violation } from "@/lib/panels/rules/validator";

/** What the panel does to input first: strings trimmed, blank ones null. Other JSON types stay as sent. */
const normalise = (value: unknown) => {
  if (typeof value !== "string") return value ?? null;

  return value.trim() === "" ? null : value.trim();
};

/**
 * Checks values against every variable of an egg, as the panel does on create and on a startup change:
 * all variables (hidden ones too), a missing value counting as null. Fields are `environment.<ENV>` and
 * the attribute is "<Name> variable", matching the panel's own 422 messages.
 */
export const validateEggEnvironment = (
  variables: EggVariable[],
  environment: Record<string, unknown>,
): Violation[] =>
  variables.flatMap((variable) =>
    validateValue({
      field: `environment.${variable.envVariable}`,
      value: normalise(environment[variable.envVariable]),
      exists: true,
      rules: variable.rules,
      attribute: `${variable.name} variable`,
    }),
  );

/**
 * The full environment to send: the given value for each variable, else its default. Panels do not
 * apply defaults themselves, and a startup update blanks every variable that is left out.
 */
export const completeEggEnvironment = (
  variables: EggVariable[],
  environment: Record<string, string | null | undefined>,
): Record<string, string> =>
  Object.fromEntries(
    variables.map((variable) => [
      variable.envVariable,
      environment[variable.envVariable] ?? variable.defaultValue ?? "",
    ]),
  );

/** True when a customer must supply the value: required by its rules and without a default. */
export const isRequiredWithoutDefault = (variable: EggVariable) =>
  variable.rules.split("|").some((rule) => rule.trim() === "required") && variable.defaultValue.trim() === "";

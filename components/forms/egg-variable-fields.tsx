"use client";

import { useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { inputClasses } from "@/components/forms/form-field";
import { validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import type { EggVariable } from "@/lib/panels/types";

/** `required` marks the label with an asterisk. */
export type AskedVariable = EggVariable & { required?: boolean };

/**
 * The egg variables a customer fills in (`env:<NAME>` fields), each checked with the egg's own rules when
 * it loses focus; the server's verdict shows when there is no local one. Fields start from `values`, else
 * the egg's defaults. Re-key it when the egg changes. `legend={null}` leaves the group unnamed, for a form
 * that already says what it holds.
 */
export const EggVariableFields = ({
  variables,
  values,
  errors,
  legend = "Server settings",
}: {
  variables: AskedVariable[];
  /** Starting values by env variable, e.g. the server's current ones or what a failed submit sent. */
  values?: Record<string, string | undefined>;
  errors?: Record<string, string[] | undefined>;
  legend?: string | null;
}) => {
  const [environment, setEnvironment] = useState<Record<string, string>>({});
  const [local, setLocal] = useState<Record<string, string>>({});
  if (variables.length === 0) return null;
  const check = (variable: EggVariable, value: string) => {
    const [problem] = validateEggEnvironment([variable], { [variable.envVariable]: value });
    setLocal((current) => ({ ...current, [variable.envVariable]: problem?.message ?? "" }));
  };

  return (
    <fieldset className="space-y-4">
      {legend && <legend className="mb-3 text-sm font-semibold text-slate-900">{legend}</legend>}
      {variables.map((variable) => {
        const name = `env:${variable.envVariable}`;
        const error = local[variable.envVariable] || errors?.[name]?.[0];
        const id = `field-env-${variable.envVariable}`;

        return (
          <div key={variable.envVariable}>
            <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-800">
              {variable.name} {variable.required && <span className="text-red-600">*</span>}
            </label>
            <input
              id={id}
              name={name}
              value={
                environment[variable.envVariable] ?? values?.[variable.envVariable] ?? variable.defaultValue
              }
              onChange={(event) => {
                const { value } = event.target;
                setEnvironment((current) => ({ ...current, [variable.envVariable]: value }));
              }}
              onBlur={(event) => check(variable, event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-help`}
              className={inputClasses(Boolean(error))}
            />
            {error ? (
              <FieldError id={`${id}-help`} error={error} />
            ) : (
              <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">
                {variable.description}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
};

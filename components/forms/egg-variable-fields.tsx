"use client";

import { useState } from "react";
import { inputClasses } from "@/components/forms/form-field";
import { validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import type { EggVariable } from "@/lib/panels/types";

export type AskedVariable = EggVariable & { required: boolean };

/**
 * The egg variables a customer fills in (`env:<NAME>` fields), each checked with the egg's own rules when
 * it loses focus; the server's verdict shows when there is no local one. Re-key it when the egg changes.
 */
export const EggVariableFields = ({
  variables,
  errors,
  legend = "Server settings",
}: {
  variables: AskedVariable[];
  errors?: Record<string, string[] | undefined>;
  legend?: string;
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
      <legend className="mb-3 text-sm font-semibold text-slate-900">{legend}</legend>
      {variables.map((variable) => {
        const error = local[variable.envVariable] || errors?.[`env:${variable.envVariable}`]?.[0];
        const id = `field-env-${variable.envVariable}`;

        return (
          <div key={variable.envVariable}>
            <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-800">
              {variable.name} {variable.required && <span className="text-red-600">*</span>}
            </label>
            <input
              id={id}
              name={`env:${variable.envVariable}`}
              value={environment[variable.envVariable] ?? variable.defaultValue}
              onChange={(event) => setEnvironment({ ...environment, [variable.envVariable]: event.target.value })}
              onBlur={(event) => check(variable, event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-help`}
              className={inputClasses(Boolean(error))}
            />
            <p id={`${id}-help`} className={error ? "mt-1 text-xs font-medium text-red-600" : "mt-1 text-xs text-slate-500"}>
              {error || variable.description}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
};

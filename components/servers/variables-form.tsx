"use client";

import { useActionState, useState } from "react";
import { inputClasses } from "@/components/forms/form-field";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateServerVariablesAction } from "@/lib/actions/servers/server-actions";
import { validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import type { EggVariable } from "@/lib/panels/types";

/** The egg variables the customer may edit, checked with the egg's rules when a field is left. */
export const VariablesForm = ({
  serverRef,
  variables,
}: {
  serverRef: Record<string, string>;
  variables: Array<EggVariable & { value: string }>;
}) => {
  const [state, action] = useActionState(updateServerVariablesAction, undefined);
  const [local, setLocal] = useState<Record<string, string>>({});
  const failed = state && !state.ok ? state : undefined;

  if (variables.length === 0)
    return <p className="text-sm text-slate-600">This game has no settings you can change here.</p>;

  return (
    <form action={action} className="space-y-4" noValidate>
      <HiddenFields fields={serverRef} />
      {variables.map((variable) => {
        const id = `setting-${variable.envVariable}`;
        const error =
          local[variable.envVariable] || failed?.fieldErrors?.[`env:${variable.envVariable}`]?.[0];

        return (
          <div key={variable.envVariable}>
            <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-800">
              {variable.name}
            </label>
            <input
              id={id}
              name={`env:${variable.envVariable}`}
              defaultValue={failed?.values?.[`env:${variable.envVariable}`] ?? variable.value}
              onBlur={(event) => {
                const [problem] = validateEggEnvironment([variable], {
                  [variable.envVariable]: event.target.value,
                });
                setLocal({ ...local, [variable.envVariable]: problem?.message ?? "" });
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-help`}
              className={inputClasses(Boolean(error))}
            />
            <p
              id={`${id}-help`}
              className={error ? "mt-1 text-xs font-medium text-red-600" : "mt-1 text-xs text-slate-500"}
            >
              {error || variable.description}
            </p>
          </div>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…" variant="secondary">
          Save settings
        </SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
};

"use client";

import { useActionState } from "react";
import { EggVariableFields } from "@/components/forms/egg-variable-fields";
import { FormMessage } from "@/components/forms/form-message";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateServerVariablesAction } from "@/lib/actions/servers/server-actions";
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
  const failed = state && !state.ok ? state : undefined;

  if (variables.length === 0)
    return <p className="text-sm text-slate-600">This game has no settings you can change here.</p>;

  const values = Object.fromEntries(
    variables.map((variable) => [
      variable.envVariable,
      failed?.values?.[`env:${variable.envVariable}`] ?? variable.value,
    ]),
  );

  return (
    <form action={action} className="space-y-4" noValidate>
      <HiddenFields fields={serverRef} />
      <EggVariableFields variables={variables} values={values} errors={failed?.fieldErrors} legend={null} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…" variant="secondary">
          Save settings
        </SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
};

"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { renameServerAction } from "@/lib/actions/servers/server-actions";

export const RenameForm = ({ serverRef, name }: { serverRef: Record<string, string>; name: string }) => {
  const [state, action] = useActionState(renameServerAction, undefined);
  const failed = state && !state.ok ? state : undefined;

  return (
    <form action={action} className="space-y-3" noValidate>
      <HiddenFields fields={serverRef} />
      <FormField
        name="name"
        label="Server name"
        defaultValue={failed?.values?.name ?? name}
        errors={failed?.fieldErrors?.name}
        maxLength={191}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Renaming…" variant="secondary">
          Rename
        </SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
};

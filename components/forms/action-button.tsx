"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction } from "@/lib/actions/action-result";

/** A one-button form for an action without inputs (refresh, retry…), with its outcome beside it. */
export const ActionButton = ({
  action,
  hidden,
  label,
  pendingLabel,
  variant = "secondary",
}: {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
}) => {
  const [state, formAction] = useActionState(action, undefined);

  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <HiddenFields fields={hidden} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
};

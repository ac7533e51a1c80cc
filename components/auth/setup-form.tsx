"use client";

import { useActionState } from "react";
import { AccountFields } from "@/components/auth/account-fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { completeSetupAction } from "@/lib/actions/auth/complete-setup";

export const SetupForm = () => {
  const [state, action] = useActionState(completeSetupAction, undefined);

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <AccountFields state={state} />
      <SubmitButton pendingLabel="Creating the admin account…" className="w-full">
        Create admin account
      </SubmitButton>
    </form>
  );
};

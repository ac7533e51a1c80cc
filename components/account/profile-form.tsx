"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateProfileAction } from "@/lib/actions/account/update-profile";

export const ProfileForm = ({
  firstName,
  lastName,
  email,
}: {
  firstName: string;
  lastName: string;
  email: string;
}) => {
  const [state, action] = useActionState(updateProfileAction, undefined);
  const failed = state && !state.ok ? state : undefined;

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="firstName"
          label="First name"
          autoComplete="given-name"
          required
          defaultValue={failed?.values?.firstName ?? firstName}
          errors={failed?.fieldErrors?.firstName}
        />
        <FormField
          name="lastName"
          label="Last name"
          autoComplete="family-name"
          required
          defaultValue={failed?.values?.lastName ?? lastName}
          errors={failed?.fieldErrors?.lastName}
        />
      </div>
      <FormField
        name="email"
        label="Email"
        type="email"
        value={email}
        readOnly
        disabled
        hint="Your sign-in email."
      />
      <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
    </form>
  );
};

"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

export const PasswordForm = ({ email }: { email: string }) => {
  const [state, action] = useActionState(changePasswordAction, undefined);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {/* Lets password managers know whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors?.currentPassword}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          errors={errors?.newPassword}
        />
        <FormField
          name="confirmPassword"
          label="Repeat new password"
          type="password"
          autoComplete="new-password"
          required
          errors={errors?.confirmPassword}
        />
      </div>
      <SubmitButton pendingLabel="Changing password…">Change password</SubmitButton>
    </form>
  );
};

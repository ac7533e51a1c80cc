"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveSettingsAction } from "@/lib/actions/admin/save-settings";
import type { PortalSettings } from "@/lib/services/settings";

export const SettingsForm = ({ current }: { current: PortalSettings }) => {
  const [state, action] = useActionState(saveSettingsAction, undefined);
  const failed = state && !state.ok ? state : undefined;

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="expiryGraceDays"
          label="Grace after expiry (days)"
          type="number"
          defaultValue={failed?.values?.expiryGraceDays ?? current.expiryGraceDays}
          errors={failed?.fieldErrors?.expiryGraceDays}
          hint="An expired service is suspended once this many days have passed."
        />
        <FormField
          name="terminateAfterDays"
          label="Terminate after suspension (days)"
          type="number"
          defaultValue={failed?.values?.terminateAfterDays ?? current.terminateAfterDays}
          errors={failed?.fieldErrors?.terminateAfterDays}
          hint="An expired, suspended service is terminated (its server deleted) after this many days."
        />
      </div>
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
};

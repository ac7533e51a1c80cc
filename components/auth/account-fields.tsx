import { FormField } from "@/components/forms/form-field";
import type { ActionResult } from "@/lib/actions/action-result";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

/** Names, email and a new password: the fields registration and first-run setup share. */
export const AccountFields = ({ state }: { state: ActionResult<unknown> | undefined }) => {
  const failed = state && !state.ok ? state : undefined;

  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="firstName"
          label="First name"
          autoComplete="given-name"
          required
          defaultValue={failed?.values?.firstName}
          errors={failed?.fieldErrors?.firstName}
        />
        <FormField
          name="lastName"
          label="Last name"
          autoComplete="family-name"
          required
          defaultValue={failed?.values?.lastName}
          errors={failed?.fieldErrors?.lastName}
        />
      </div>
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values?.email}
        errors={failed?.fieldErrors?.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        errors={failed?.fieldErrors?.password}
      />
    </>
  );
};

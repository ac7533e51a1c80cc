"use client";

import Link from "next/link";
import { useActionState } from "react";
import { AccountFields } from "@/components/auth/account-fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { registerAction } from "@/lib/actions/auth/register";

export const RegisterForm = () => {
  const [state, action] = useActionState(registerAction, undefined);

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <AccountFields state={state} />
      <SubmitButton pendingLabel="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/login" className="text-brand-600 font-medium hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
};

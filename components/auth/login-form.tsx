"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { loginAction } from "@/lib/actions/auth/login";

export const LoginForm = ({ callbackUrl }: { callbackUrl?: string }) => {
  const [state, action] = useActionState(loginAction, undefined);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state && !state.ok ? state.values?.email : undefined}
        errors={errors?.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors?.password}
      />
      <SubmitButton pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        New here?{" "}
        <Link href="/register" className="text-brand-600 font-medium hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
};

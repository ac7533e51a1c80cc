import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-heading";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/guards";
import { homeFor, safeCallbackPath } from "@/lib/auth/redirects";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const LoginPage = async ({ searchParams }: { searchParams: SearchParams }) => {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  const user = await getCurrentUser();
  if (user) redirect(callbackUrl ?? homeFor(user.role));

  return (
    <>
      <AuthHeading title="Sign in">Welcome back. Sign in to manage your servers.</AuthHeading>
      {first(params.signedOut) && (
        <Alert tone="info" className="mb-4">
          You have been signed out.
        </Alert>
      )}
      {first(params.passwordChanged) && (
        <Alert tone="info" className="mb-4">
          Your password was changed. Please sign in with the new one.
        </Alert>
      )}
      <LoginForm callbackUrl={callbackUrl} />
    </>
  );
};

export default LoginPage;

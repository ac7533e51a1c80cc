import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-heading";
import { RegisterForm } from "@/components/auth/register-form";
import { getCurrentUser } from "@/lib/auth/guards";
import { homeFor } from "@/lib/auth/redirects";

export const metadata: Metadata = { title: "Create an account" };

const RegisterPage = async () => {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));

  return (
    <>
      <AuthHeading title="Create your account">
        It takes a minute; you can order a server right after.
      </AuthHeading>
      <RegisterForm />
    </>
  );
};

export default RegisterPage;

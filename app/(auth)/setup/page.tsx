import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-heading";
import { SetupForm } from "@/components/auth/setup-form";
import { getDb } from "@/lib/db/client";
import { isSetupComplete } from "@/lib/db/queries/instance-setup";

export const metadata: Metadata = { title: "First-run setup" };

// Exists only until the first admin is created; a 404 for good after that.
const SetupPage = async () => {
  if (await isSetupComplete(await getDb())) notFound();

  return (
    <>
      <AuthHeading title="Set up your portal">
        Create the administrator account. This page disappears once it is done.
      </AuthHeading>
      <SetupForm />
    </>
  );
};

export default SetupPage;

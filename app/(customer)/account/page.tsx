import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Account" };

const AccountPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  const user = await requireUser();
  const { passwordChanged } = await searchParams;

  return (
    <div className="max-w-3xl">
      <PageHeader title="Account" description="Your name and password." />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Profile" />
          <CardBody>
            <ProfileForm firstName={user.firstName} lastName={user.lastName} email={user.email} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Password" description="Changing it signs you out everywhere else." />
          <CardBody className="space-y-4">
            {passwordChanged && (
              <Alert tone="success">
                Your password has been changed. Other devices have been signed out.
              </Alert>
            )}
            <PasswordForm email={user.email} />
          </CardBody>
        </Card>
      </div>
    </div>
  );
};

export default AccountPage;

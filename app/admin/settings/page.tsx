import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { getSettings } from "@/lib/services/settings";

export const metadata: Metadata = { title: "Settings" };

const SettingsPage = async () => {
  await requireAdmin();
  const settings = await getSettings(await getDb());

  return (
    <div className="max-w-3xl">
      <PageHeader title="Settings" />
      <Card>
        <CardHeader
          title="Expiry policy"
          description="Applied by the worker every minute. Renewing a service unsuspends it."
        />
        <CardBody>
          <SettingsForm current={settings} />
        </CardBody>
      </Card>
    </div>
  );
};

export default SettingsPage;

import type { Metadata } from "next";
import { PanelConnectionForm } from "@/components/admin/panels/panel-connection-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { createPanelConnectionAction } from "@/lib/actions/admin/panels/create-panel-connection";
import { requireAdmin } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Add a panel" };

const NewPanelPage = async () => {
  await requireAdmin();

  return (
    <div className="max-w-3xl">
      <PageHeader title="Add a panel" description="The keys are stored encrypted and never shown again." />
      <Card>
        <CardBody>
          <PanelConnectionForm action={createPanelConnectionAction} />
        </CardBody>
      </Card>
    </div>
  );
};

export default NewPanelPage;

import type { Metadata } from "next";
import { PanelConnectionForm } from "@/components/admin/panels/panel-connection-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { updatePanelConnectionAction } from "@/lib/actions/admin/panels/update-panel-connection";
import { requireAdmin } from "@/lib/auth/guards";
import { findConnectionOr404 } from "@/lib/panels/find-connection";

export const metadata: Metadata = { title: "Edit panel" };

const EditPanelPage = async ({ params }: { params: Promise<{ connectionId: string }> }) => {
  await requireAdmin();
  const connection = await findConnectionOr404((await params).connectionId);

  return (
    <div className="max-w-3xl">
      <PageHeader title={`Edit ${connection.name}`} description="Blank key fields keep the stored keys." />
      <Card>
        <CardBody>
          <PanelConnectionForm
            action={updatePanelConnectionAction}
            current={{
              id: connection.id,
              name: connection.name,
              kind: connection.kind,
              ipAddress: connection.ipAddress,
              hostname: connection.hostname,
              port: connection.port,
              clientKeyHint: connection.clientKeyHint,
              applicationKeyHint: connection.applicationKeyHint,
            }}
          />
        </CardBody>
      </Card>
    </div>
  );
};

export default EditPanelPage;

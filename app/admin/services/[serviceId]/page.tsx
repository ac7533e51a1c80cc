import { serviceTitle } from "@/lib/services/status";
import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AuditTable } from "@/components/admin/services/audit-table";
import { BoxServersTable } from "@/components/admin/services/box-servers-table";
import { QuotaMeters } from "@/components/boxes/quota-meter";
import { ChangePlanForm } from "@/components/admin/services/change-plan-form";
import { ServiceAdminActions } from "@/components/admin/services/service-admin-actions";
import { ServiceFacts } from "@/components/services/service-facts";
import { ServiceStatusBadge } from "@/components/services/service-status-badge";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { boxQuota } from "@/lib/boxes/ledger";
import { getDb } from "@/lib/db/client";
import { getOffer, listPlanOffers } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getService } from "@/lib/db/queries/services";
import { getUserById } from "@/lib/db/queries/users";
import { panelAdminServerUrl, panelBaseUrl } from "@/lib/panels/base-url";
import { listServiceAudit } from "@/lib/services/audit";

export const metadata: Metadata = { title: "Service" };

const AdminServicePage = async ({
  params,
  searchParams,
}: {
  params: Promise<{ serviceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  await requireAdmin();
  const id = z.uuid().safeParse((await params).serviceId);
  if (!id.success) notFound();
  const db = await getDb();
  const service = await getService(db, id.data);
  if (!service) notFound();
  const canChangePlan = ["active", "suspended"].includes(service.status);
  const [offer, customer, connection, audit, planOffers] = await Promise.all([
    getOffer(db, service.offerId),
    getUserById(db, service.userId),
    getPanelConnection(db, service.connectionId),
    listServiceAudit(db, service.id),
    canChangePlan ? listPlanOffers(db, { connectionId: service.connectionId, box: service.kind === "box" }) : [],
  ]);
  const baseUrl = connection ? panelBaseUrl(connection) : undefined;
  const { imported } = await searchParams;
  const box = service.kind === "box" ? await boxQuota(db, service) : undefined;

  return (
    <div className="space-y-6">
      <PageHeader
        title={serviceTitle(service, offer?.name)}
        description={`Service #${service.number} · ${customer?.email ?? "unknown customer"} · ${connection?.name ?? "unknown panel"}`}
        actions={<ServiceStatusBadge status={service.status} />}
      />
      {imported && (
        <Alert tone="success">Server imported: it now belongs to this customer on the panel.</Alert>
      )}
      {service.statusReason && service.status !== "active" && (
        <Alert tone={service.status === "failed" ? "error" : "info"}>{service.statusReason}</Alert>
      )}
      {service.lastError && service.status === "provisioning" && (
        <Alert tone="error">Last attempt failed, retrying: {service.lastError}</Alert>
      )}
      <Card>
        <CardHeader title="Actions" />
        <CardBody>
          <ServiceAdminActions service={service} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title="Service"
          actions={
            baseUrl &&
            service.panelServerId && (
              <a
                href={panelAdminServerUrl(baseUrl, service.panelServerId)}
                target="_blank"
                rel="noreferrer"
                className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium hover:underline"
              >
                Open on the panel <ExternalLink aria-hidden className="size-3.5" />
              </a>
            )
          }
        />
        <CardBody className="space-y-4">
          <ServiceFacts service={service} offerName={offer?.name ?? "—"} />
          <p className="text-xs text-slate-500">
            Panel server {service.panelServerId ?? "not created yet"}
            {service.panelIdentifier && ` (${service.panelIdentifier})`} · external id {service.id}
          </p>
        </CardBody>
      </Card>
      {box && (
        <Card>
          <CardHeader
            title="Box"
            description={`${box.used.servers} of ${box.totals.servers} servers · the customer's servers share these totals.`}
          />
          <CardBody>
            <QuotaMeters totals={box.totals} used={box.used} />
          </CardBody>
          <BoxServersTable servers={box.servers} panelBaseUrl={baseUrl} />
        </Card>
      )}
      {canChangePlan && (
        <Card>
          <CardHeader
            title="Change plan"
            description="Upgrade or downgrade: the panel gets the new limits if the server's node has room."
          />
          <CardBody>
            <ChangePlanForm
              serviceId={service.id}
              currentOfferId={service.offerId}
              currentChoices={service.options}
              offers={planOffers.map(({ id, name, priceCents, billingPeriod, options }) => ({
                id,
                name,
                priceCents,
                billingPeriod,
                options,
              }))}
            />
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader title="History" />
        <AuditTable entries={audit} />
      </Card>
    </div>
  );
};

export default AdminServicePage;

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BoxDashboard } from "@/components/boxes/box-dashboard";
import { ServerView } from "@/components/servers/server-view";
import { ServiceHistory } from "@/components/servers/service-history";
import { ServiceFacts } from "@/components/services/service-facts";
import { ServiceStateNotice } from "@/components/services/service-state-notice";
import { ServiceStatusBadge } from "@/components/services/service-status-badge";
import { StatusWatcher } from "@/components/services/status-watcher";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getServiceForUser } from "@/lib/db/queries/services";
import { loadBoxView } from "@/lib/boxes/view";
import { listServiceAudit } from "@/lib/services/audit";
import { targetOfService } from "@/lib/servers/target";

export const metadata: Metadata = { title: "Service" };

const ServicePage = async ({
  params,
  searchParams,
}: {
  params: Promise<{ serviceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  const user = await requireUser();
  const id = z.uuid().safeParse((await params).serviceId);
  if (!id.success) notFound();
  const db = await getDb();
  // Someone else's service is simply not found.
  const service = await getServiceForUser(db, { id: id.data, userId: user.id });
  if (!service) notFound();
  const [offer, connection, audit] = await Promise.all([
    getOffer(db, service.offerId),
    getPanelConnection(db, service.connectionId),
    listServiceAudit(db, service.id, { limit: 30, visibleTo: user.id }),
  ]);
  if (!connection) notFound();
  const { ordered, created, deleted } = await searchParams;
  const isBox = service.kind === "box";
  const box = isBox ? await loadBoxView(db, service, connection) : undefined;

  return (
    <div className="space-y-6">
      <StatusWatcher
        serviceId={service.id}
        status={service.status}
        servers={box?.servers.map(({ view }) => ({ id: view.id, status: view.status }))}
      />
      <PageHeader
        title={isBox ? (offer?.name ?? "PteroBox") : service.serverName}
        description={`Service #${service.number} · ${isBox ? `PteroBox · ${service.locationLabel}` : `${offer?.name ?? "Offer"} · ${service.eggName}`}`}
        actions={<ServiceStatusBadge status={service.status} />}
      />
      {ordered && service.status !== "active" && <Alert tone="success">Thank you for your order!</Alert>}
      <ServiceStateNotice service={service} />
      {box ? (
        <BoxDashboard
          box={service}
          view={box}
          notice={
            created && box.servers.some(({ view }) => view.status === "creating")
              ? "Your server is being created: it turns active by itself in a moment."
              : deleted
                ? "Server deleted: its resources are back in your box."
                : undefined
          }
        />
      ) : (
        <ServerView target={targetOfService(service)} connection={connection} eggs={offer?.eggs ?? []} />
      )}
      <Card>
        <CardHeader title="Plan" />
        <CardBody>
          <ServiceFacts service={service} offerName={offer?.name ?? "—"} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="History" />
        <CardBody>
          <ServiceHistory
            entries={audit}
            userId={user.id}
          />
        </CardBody>
      </Card>
    </div>
  );
};

export default ServicePage;

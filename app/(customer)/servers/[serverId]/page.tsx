import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ServerView } from "@/components/servers/server-view";
import { ServiceStateNotice } from "@/components/services/service-state-notice";
import { StatusWatcher } from "@/components/services/status-watcher";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { getBoxServerForUser } from "@/lib/db/queries/box-servers";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { targetOfBoxServer } from "@/lib/servers/target";

export const metadata: Metadata = { title: "Server" };

/** The full management page of one server of a PteroBox. */
const BoxServerPage = async ({ params }: { params: Promise<{ serverId: string }> }) => {
  const user = await requireUser();
  const id = z.uuid().safeParse((await params).serverId);
  if (!id.success) notFound();
  const db = await getDb();
  // A server in someone else's box is simply not found.
  const found = await getBoxServerForUser(db, { id: id.data, userId: user.id });
  if (!found) notFound();
  const { server, box } = found;
  const [offer, connection] = await Promise.all([getOffer(db, box.offerId), getPanelConnection(db, box.connectionId)]);
  if (!connection) notFound();

  return (
    <div className="space-y-6">
      <PageHeader
        title={server.name}
        description={`${server.eggName} · in your box ${offer?.name ?? ""} (service #${box.number})`}
        actions={
          <Link href={`/services/${box.id}`} className="text-brand-700 text-sm font-medium hover:underline">
            Back to my box
          </Link>
        }
      />
      <StatusWatcher serviceId={box.id} status={box.status} servers={[{ id: server.id, status: server.status }]} />
      <ServiceStateNotice service={box} />
      {server.status === "active" || server.status === "resizing" ? (
        <ServerView target={targetOfBoxServer(server, box)} connection={connection} eggs={offer?.eggs ?? []} />
      ) : (
        <Alert tone={server.status === "failed" ? "error" : "info"}>
          {server.status === "creating"
            ? "This server is being created. Its box's page shows when it is ready."
            : server.status === "deleting"
              ? "This server is being deleted."
              : "The panel could not create this server. Its resources are free again: delete it from your box's page and try again."}
        </Alert>
      )}
    </div>
  );
};

export default BoxServerPage;

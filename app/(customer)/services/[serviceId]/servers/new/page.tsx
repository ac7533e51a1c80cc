import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CreateServerForm } from "@/components/boxes/create-server-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { boxQuota } from "@/lib/boxes/ledger";
import { leftFor, whyNoNewServer } from "@/lib/boxes/quota";
import { getDb } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getServiceForUser } from "@/lib/db/queries/services";
import { AppError } from "@/lib/errors";
import { type OrderEgg, orderEggs } from "@/lib/services/order-form";

export const metadata: Metadata = { title: "Create a server" };

/** "Minecraft", then "Minecraft 2", "Minecraft 3"… so each server of the box starts with its own name. */
const freeName = (base: string, taken: string[]) => {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.includes(`${base} ${n}`)) return `${base} ${n}`;
};

/** A modest first size, never more than what is left. */
const suggested = (left: ReturnType<typeof leftFor>) => ({
  memoryMb: Math.min(1024, left.memoryMb),
  diskMb: Math.min(5120, left.diskMb),
  cpuPercent: Math.min(100, left.cpuPercent),
  databases: 0,
  backups: 0,
  allocations: 1,
});

const NewBoxServerPage = async ({ params }: { params: Promise<{ serviceId: string }> }) => {
  const user = await requireUser();
  const id = z.uuid().safeParse((await params).serviceId);
  if (!id.success) notFound();
  const db = await getDb();
  const box = await getServiceForUser(db, { id: id.data, userId: user.id });
  if (!box || box.kind !== "box") notFound();
  const [offer, connection, quota] = await Promise.all([
    getOffer(db, box.offerId),
    getPanelConnection(db, box.connectionId),
    boxQuota(db, box),
  ]);
  if (!offer || !connection) notFound();
  const back = (
    <Link href={`/services/${box.id}`} className="text-brand-700 text-sm font-medium hover:underline">
      Back to my box
    </Link>
  );
  const header = <PageHeader title="Create a server" description={`In your box ${offer.name} · ${box.locationLabel}`} actions={back} />;
  const blocked = whyNoNewServer(box.status, quota.totals, quota.used);
  if (blocked) {
    return (
      <>
        {header}
        <Alert tone="error">{blocked}</Alert>
      </>
    );
  }
  let eggs: OrderEgg[];
  try {
    eggs = await orderEggs(db, offer, connection);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;

    return (
      <>
        {header}
        <Alert tone="error">Servers cannot be created right now: our game panel is not answering. Please try again in a few minutes.</Alert>
      </>
    );
  }
  const left = leftFor(quota.totals, quota.used);

  return (
    <div className="max-w-3xl">
      {header}
      <Card>
        <CardBody>
          {eggs.length === 0 ? (
            <Alert tone="error">No game of this box is available right now. Please contact us.</Alert>
          ) : (
            <CreateServerForm
              boxId={box.id}
              defaultName={freeName(box.serverName, quota.servers.map((server) => server.name))}
              eggs={eggs}
              totals={quota.totals}
              used={quota.used}
              initialSize={suggested(left)}
            />
          )}
        </CardBody>
      </Card>
    </div>
  );
};

export default NewBoxServerPage;

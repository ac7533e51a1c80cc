import { Package, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/admin/panels/catalog/table";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { listOffersWithUsage } from "@/lib/db/queries/offers";
import { listPanelConnections } from "@/lib/db/queries/panel-connections";
import { formatPricePerPeriod } from "@/lib/offers/billing";

export const metadata: Metadata = { title: "Offers" };

const TYPE_LABEL = { pterodactyl: "Pterodactyl", wisp: "Wisp", pterobox: "PteroBox" } as const;

const OffersPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  await requireAdmin();
  const db = await getDb();
  const [offers, connections] = await Promise.all([listOffersWithUsage(db), listPanelConnections(db)]);
  const names = new Map(connections.map((connection) => [connection.id, connection.name]));
  const { deleted } = await searchParams;
  const add = (
    <ButtonLink href="/admin/offers/new">
      <Plus aria-hidden className="size-4" />
      New offer
    </ButtonLink>
  );

  return (
    <>
      <PageHeader title="Offers" description="What customers can order." actions={offers.length > 0 && add} />
      {deleted && (
        <Alert tone="success" className="mb-4">
          The offer was deleted.
        </Alert>
      )}
      <Card>
        {offers.length === 0 ? (
          <EmptyState
            icon={Package}
            title="No offers yet"
            description="Create an offer to put game servers in the catalogue."
            action={add}
          />
        ) : (
          <DataTable
            label="Offers"
            head={["Name", "Type", "Panel", "Price", "Services", "Status"]}
            rows={offers.map((offer) => [
              <Link
                key="n"
                href={`/admin/offers/${offer.id}`}
                className="text-brand-700 font-medium hover:underline"
              >
                {offer.name}
              </Link>,
              TYPE_LABEL[offer.type],
              names.get(offer.connectionId) ?? "—",
              formatPricePerPeriod(offer.priceCents, offer.billingPeriod),
              offer.liveServices,
              offer.isActive ? <Badge tone="success">On sale</Badge> : <Badge>Hidden</Badge>,
            ])}
          />
        )}
      </Card>
    </>
  );
};

export default OffersPage;

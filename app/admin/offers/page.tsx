import { Boxes, Package, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { listOffersWithUsage } from "@/lib/db/queries/offers";
import { listPanelConnections } from "@/lib/db/queries/panel-connections";
import type { Offer } from "@/lib/db/schema";
import { formatPricePerPeriod } from "@/lib/offers/billing";
import { formatMegabytes } from "@/lib/utils";

export const metadata: Metadata = { title: "Offers" };

const TYPE_LABEL = { pterodactyl: "Pterodactyl", wisp: "Wisp", pterobox: "PteroBox" } as const;

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** "8 GB · 4 cores · 5 servers": a box's totals at a glance. */
const boxSummary = (offer: Pick<Offer, "memoryMb" | "cpuPercent" | "maxServers">) =>
  [
    formatMegabytes(offer.memoryMb),
    plural(Number((offer.cpuPercent / 100).toFixed(2)), "core"),
    plural(offer.maxServers, "server"),
  ].join(" · ");

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
    <>
      <ButtonLink href="/admin/offers/new">
        <Plus aria-hidden className="size-4" />
        New offer
      </ButtonLink>
      <ButtonLink href="/admin/offers/new?type=pterobox" variant="secondary">
        <Boxes aria-hidden className="size-4" />
        New PteroBox
      </ButtonLink>
    </>
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
            description="Create an offer to put game servers in the catalogue, or a PteroBox: a resource pool in which customers create their own servers."
            action={<div className="flex flex-wrap justify-center gap-2">{add}</div>}
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
              offer.type === "pterobox" ? (
                <span key="t" className="space-y-1">
                  <Badge tone="brand">PteroBox</Badge>
                  <span className="block text-xs text-slate-500">{boxSummary(offer)}</span>
                </span>
              ) : (
                TYPE_LABEL[offer.type]
              ),
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

import { Gamepad2 } from "lucide-react";
import type { Metadata } from "next";
import { OfferCard } from "@/components/offers/offer-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/client";
import { listActiveOffers, listOfferEggs } from "@/lib/db/queries/offers";

export const metadata: Metadata = { title: "Offers" };

const GROUPS = [
  { title: "Game servers", description: "One server, one game, ready minutes after you order.", boxes: false },
  {
    title: "PteroBox",
    description: "A pool of memory, disk and CPU: create, resize and delete your own servers in it.",
    boxes: true,
  },
];

const OffersPage = async () => {
  const db = await getDb();
  const offers = await listActiveOffers(db);
  const eggs = await listOfferEggs(
    db,
    offers.map((offer) => offer.id),
  );

  return (
    <>
      <PageHeader
        title="Offers"
        description="Pick a plan; it is ready minutes after you order."
      />
      {offers.length === 0 ? (
        <Card>
          <EmptyState
            icon={Gamepad2}
            title="Nothing on sale right now"
            description="New offers are on their way. Please come back soon."
          />
        </Card>
      ) : (
        <div className="space-y-10">
          {GROUPS.map(({ title, description, boxes }) => {
            const shown = offers.filter((offer) => (offer.type === "pterobox") === boxes);
            if (shown.length === 0) return null;

            return (
              <section key={title} aria-label={title} className="space-y-4">
                <div>
                  <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
                  <p className="text-sm text-slate-600">{description}</p>
                </div>
                <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
                  {shown.map((offer) => (
                    <OfferCard
                      key={offer.id}
                      offer={offer}
                      games={eggs.filter((egg) => egg.offerId === offer.id).map((egg) => egg.name)}
                    />
                  ))}
                </div>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
};

export default OffersPage;

import { Gamepad2 } from "lucide-react";
import type { Metadata } from "next";
import { OfferCard } from "@/components/offers/offer-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/client";
import { listActiveOffers, listOfferEggs } from "@/lib/db/queries/offers";

export const metadata: Metadata = { title: "Offers" };

const OffersPage = async () => {
  const db = await getDb();
  const offers = (await listActiveOffers(db)).filter((offer) => offer.type !== "pterobox");
  const eggs = await listOfferEggs(
    db,
    offers.map((offer) => offer.id),
  );

  return (
    <>
      <PageHeader
        title="Game servers"
        description="Pick a plan; your server is ready minutes after you order."
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
        <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {offers.map((offer) => (
            <OfferCard
              key={offer.id}
              offer={offer}
              games={eggs.filter((egg) => egg.offerId === offer.id).map((egg) => egg.name)}
            />
          ))}
        </div>
      )}
    </>
  );
};

export default OffersPage;

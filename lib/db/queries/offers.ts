import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { type Offer, offerEggs, offerOptions, offers, services } from "@/lib/db/schema";
import { LIVE_STATUSES } from "@/lib/services/status";

export type OfferWithDetails = Offer & {
  eggs: (typeof offerEggs.$inferSelect)[];
  options: (typeof offerOptions.$inferSelect)[];
};

export const getOffer = async (db: DbOrTx, id: string): Promise<OfferWithDetails | undefined> => {
  const [offer] = await db.select().from(offers).where(eq(offers.id, id)).limit(1);
  if (!offer) return undefined;
  const [eggs, options] = await Promise.all([
    db.select().from(offerEggs).where(eq(offerEggs.offerId, id)).orderBy(asc(offerEggs.position)),
    db.select().from(offerOptions).where(eq(offerOptions.offerId, id)).orderBy(asc(offerOptions.position)),
  ]);

  return { ...offer, eggs, options };
};

/** Offers with how many live (not terminated) services each has. */
export const listOffersWithUsage = async (db: DbOrTx) => {
  const rows = await db.select().from(offers).orderBy(asc(offers.name));
  const usage = await db
    .select({ offerId: services.offerId, total: count() })
    .from(services)
    .where(inArray(services.status, LIVE_STATUSES))
    .groupBy(services.offerId);
  const byOffer = new Map(usage.map((row) => [row.offerId, row.total]));

  return rows.map((offer) => ({ ...offer, liveServices: byOffer.get(offer.id) ?? 0 }));
};

/**
 * The offers a service can change plan to: same panel, same kind (a box only to boxes), with their options,
 * in two queries.
 */
export const listPlanOffers = async (db: DbOrTx, { connectionId, box }: { connectionId: string; box: boolean }) => {
  const rows = await db
    .select()
    .from(offers)
    .where(
      and(
        eq(offers.connectionId, connectionId),
        box ? eq(offers.type, "pterobox") : ne(offers.type, "pterobox"),
      ),
    )
    .orderBy(asc(offers.name));
  const options =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(offerOptions)
          .where(inArray(offerOptions.offerId, rows.map((offer) => offer.id)))
          .orderBy(asc(offerOptions.position));

  return rows.map((offer) => ({ ...offer, options: options.filter((option) => option.offerId === offer.id) }));
};

/** What the catalogue sells: active offers, cheapest first. */
export const listActiveOffers = (db: DbOrTx) =>
  db.select().from(offers).where(eq(offers.isActive, true)).orderBy(asc(offers.priceCents), asc(offers.name));

export const listOfferEggs = (db: DbOrTx, offerIds: string[]) =>
  offerIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(offerEggs)
        .where(inArray(offerEggs.offerId, offerIds))
        .orderBy(asc(offerEggs.position));

export const setOfferActive = async (db: DbOrTx, id: string, isActive: boolean) => {
  const [row] = await db
    .update(offers)
    .set({ isActive })
    .where(and(eq(offers.id, id)))
    .returning({ id: offers.id });

  return Boolean(row);
};

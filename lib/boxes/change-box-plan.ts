import type { Db } from "@/lib/db/client";
import type { OfferWithDetails } from "@/lib/db/queries/offers";
import { listBoxServers } from "@/lib/db/queries/box-servers";
import { updateService } from "@/lib/db/queries/services";
import { AppError } from "@/lib/errors";
import { configureOffer } from "@/lib/offers/configure";
import { boxTotals, boxUsage, overcommitted } from "@/lib/boxes/quota";
import { lockBox } from "@/lib/boxes/ledger";
import { type Actor, recordAudit } from "@/lib/services/audit";

/**
 * Moves a box to another PteroBox offer or other options. Only totals change (no panel call); under the
 * box lock, totals below what its servers use are refused with the list of what must shrink first.
 */
export const changeBoxPlan = async (
  db: Db,
  {
    serviceId,
    offer,
    choices,
    actor,
  }: {
    serviceId: string;
    offer: OfferWithDetails;
    choices: Record<string, string | undefined>;
    actor: Actor;
  },
) => {
  const next = configureOffer(offer, offer.options, choices);
  if (Object.keys(next.errors).length > 0)
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: Object.fromEntries(Object.entries(next.errors).map(([key, message]) => [key, [message]])),
    });
  const { servers: extraServers, ...limits } = next.limits;
  const updated = await db.transaction(async (tx) => {
    const box = await lockBox(tx, serviceId);
    if (next.locationId !== box.locationId)
      throw new AppError(
        "CONFLICT",
        `The box stays in ${box.locationLabel}: its servers cannot move to ${next.locationLabel} here.`,
      );
    const totals = boxTotals({ ...limits, maxServers: offer.maxServers + extraServers });
    const tooBig = overcommitted(totals, boxUsage(await listBoxServers(tx, box.id)));
    if (tooBig.length > 0)
      throw new AppError(
        "CONFLICT",
        `Shrink or delete servers first — ${tooBig.join("; ")}. Nothing was changed.`,
      );

    return updateService(tx, serviceId, {
      offerId: offer.id,
      ...limits,
      maxServers: totals.servers,
      options: next.chosen,
      priceCents: next.priceCents,
      billingPeriod: offer.billingPeriod,
    });
  });
  await recordAudit(db, {
    actor,
    action: "service.change_plan",
    serviceId,
    result: "ok",
    message: `Now ${offer.name}: ${limits.memoryMb} MB memory, ${limits.diskMb} MB disk, ${offer.maxServers + extraServers} servers in total.`,
  });

  return updated;
};

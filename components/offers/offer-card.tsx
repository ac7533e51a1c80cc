import { Cpu, HardDrive, MemoryStick } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import type { Offer } from "@/lib/db/schema";
import { formatPricePerPeriod } from "@/lib/offers/billing";
import { formatMegabytes } from "@/lib/utils";

export const OfferCard = ({ offer, games }: { offer: Offer; games: string[] }) => (
  <article
    className="flex flex-col rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200"
    aria-label={offer.name}
  >
    <h2 className="text-lg font-semibold text-slate-900">{offer.name}</h2>
    <p className="mt-1 text-sm text-slate-600">{games.join(" · ")}</p>
    {offer.description && <p className="mt-3 text-sm text-slate-700">{offer.description}</p>}
    <ul className="mt-4 space-y-1.5 text-sm text-slate-700">
      <li className="flex items-center gap-2">
        <MemoryStick aria-hidden className="size-4 text-slate-400" />
        {offer.memoryMb === 0 ? "Unlimited memory" : `${formatMegabytes(offer.memoryMb)} memory`}
      </li>
      <li className="flex items-center gap-2">
        <HardDrive aria-hidden className="size-4 text-slate-400" />
        {offer.diskMb === 0 ? "Unlimited disk" : `${formatMegabytes(offer.diskMb)} disk`}
      </li>
      <li className="flex items-center gap-2">
        <Cpu aria-hidden className="size-4 text-slate-400" />
        {offer.cpuPercent === 0
          ? "Unlimited CPU"
          : `${offer.cpuPercent / 100} CPU core${offer.cpuPercent === 100 ? "" : "s"}`}
      </li>
    </ul>
    <div className="mt-5 flex items-center justify-between gap-3 border-t border-slate-100 pt-4">
      <p className="font-semibold text-slate-900">
        {formatPricePerPeriod(offer.priceCents, offer.billingPeriod)}
      </p>
      <ButtonLink href={`/store/${offer.id}`} size="sm">
        Order
      </ButtonLink>
    </div>
  </article>
);

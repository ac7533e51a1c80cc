import { Boxes, Cpu, HardDrive, MemoryStick } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { Offer } from "@/lib/db/schema";
import { formatPricePerPeriod } from "@/lib/offers/billing";
import { formatCores, formatMegabytes } from "@/lib/utils";


/** A plan in the catalogue: a game server, or a PteroBox (a pool its owner splits into servers). */
export const OfferCard = ({ offer, games }: { offer: Offer; games: string[] }) => {
  const isBox = offer.type === "pterobox";
  const shared = isBox ? " to share" : "";

  return (
    <article
      className="flex flex-col rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200"
      aria-label={offer.name}
    >
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900">{offer.name}</h2>
        {isBox && <Badge tone="brand">PteroBox</Badge>}
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {isBox ? `Your choice per server: ${games.join(" · ")}` : games.join(" · ")}
      </p>
      {offer.description && <p className="mt-3 text-sm text-slate-700">{offer.description}</p>}
      <ul className="mt-4 mb-5 space-y-1.5 text-sm text-slate-700">
        {isBox && (
          <li className="flex items-center gap-2">
            <Boxes aria-hidden className="size-4 text-slate-400" />
            Up to {offer.maxServers} server{offer.maxServers === 1 ? "" : "s"}
          </li>
        )}
        <li className="flex items-center gap-2">
          <MemoryStick aria-hidden className="size-4 text-slate-400" />
          {offer.memoryMb === 0 ? "Unlimited memory" : `${formatMegabytes(offer.memoryMb)} memory${shared}`}
        </li>
        <li className="flex items-center gap-2">
          <HardDrive aria-hidden className="size-4 text-slate-400" />
          {offer.diskMb === 0 ? "Unlimited disk" : `${formatMegabytes(offer.diskMb)} disk${shared}`}
        </li>
        <li className="flex items-center gap-2">
          <Cpu aria-hidden className="size-4 text-slate-400" />
          {offer.cpuPercent === 0 ? "Unlimited CPU" : `${formatCores(offer.cpuPercent, "CPU core")}${shared}`}
        </li>
      </ul>
      <div className="mt-auto flex items-center justify-between gap-3 border-t border-slate-100 pt-4">
        <p className="font-semibold text-slate-900">
          {formatPricePerPeriod(offer.priceCents, offer.billingPeriod)}
        </p>
        <ButtonLink href={`/store/${offer.id}`} size="sm">
          Order
        </ButtonLink>
      </div>
    </article>
  );
};

import type { Service } from "@/lib/db/schema";
import { formatPricePerPeriod } from "@/lib/offers/billing";
import { formatDate, formatMegabytes } from "@/lib/utils";

const unlimited = (value: number, render: (value: number) => string) =>
  value === 0 ? "Unlimited" : render(value);

/** Limits, location, price and expiry of a service, as a definition list. */
export const ServiceFacts = ({ service, offerName }: { service: Service; offerName: string }) => {
  // A box's totals are in its quota meters; here only what is not.
  const limits: Array<[string, string]> =
    service.kind === "box"
      ? [["Location", service.locationLabel]]
      : [
          ["Game", service.eggName],
          ["Location", service.locationLabel],
          ["Memory", unlimited(service.memoryMb, formatMegabytes)],
          ["Disk", unlimited(service.diskMb, formatMegabytes)],
          ["CPU", unlimited(service.cpuPercent, (cpu) => `${cpu}%`)],
          ["Swap", service.swapMb < 0 ? "Unlimited" : formatMegabytes(service.swapMb)],
          ["Databases", String(service.databases)],
          ["Backups", String(service.backups)],
          ["Allocations", String(service.allocations)],
        ];
  const facts: Array<[string, string]> = [
    ["Offer", offerName],
    ...limits,
    ["Price", formatPricePerPeriod(service.priceCents, service.billingPeriod)],
    [
      service.status === "terminated" ? "Ended" : "Renews on",
      formatDate(service.terminatedAt ?? service.expiresAt),
    ],
  ];

  return (
    <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-3 lg:grid-cols-4">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
          <dd className="mt-1 text-sm text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
};

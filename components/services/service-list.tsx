import Link from "next/link";
import { ServiceStatusBadge } from "@/components/services/service-status-badge";
import type { Service } from "@/lib/db/schema";
import { formatDate } from "@/lib/utils";

/** The customer's services, one card each. */
export const ServiceList = ({ services }: { services: Array<{ service: Service; offerName: string }> }) => (
  <ul className="grid gap-4 sm:grid-cols-2">
    {services.map(({ service, offerName }) => (
      <li key={service.id}>
        <Link
          href={`/services/${service.id}`}
          className="hover:ring-brand-300 block rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 transition"
        >
          <div className="flex items-start justify-between gap-3">
            <div>
              <p className="font-semibold text-slate-900">
                {service.kind === "box" ? offerName : service.serverName}
              </p>
              <p className="text-sm text-slate-600">
                {service.kind === "box" ? `PteroBox · up to ${service.maxServers} servers` : `${offerName} · ${service.eggName}`}
              </p>
            </div>
            <ServiceStatusBadge status={service.status} />
          </div>
          <p className="mt-3 text-xs text-slate-500">
            {service.status === "terminated" ? "Ended" : `Renews on ${formatDate(service.expiresAt)}`} · #
            {service.number}
          </p>
        </Link>
      </li>
    ))}
  </ul>
);

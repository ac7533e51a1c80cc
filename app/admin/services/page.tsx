import { serviceTitle } from "@/lib/services/status";
import { Download, Search, Server } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { inputClasses } from "@/components/forms/form-field";
import { ServiceStatusBadge } from "@/components/services/service-status-badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { listPanelConnections } from "@/lib/db/queries/panel-connections";
import { listServicesForAdmin } from "@/lib/db/queries/services";
import { SERVICE_STATUSES, STATUS_INFO } from "@/lib/services/status";
import { formatDate } from "@/lib/utils";
import { parseListParams } from "@/lib/validations/list-params";
import { serviceListSchema } from "@/lib/validations/service";

export const metadata: Metadata = { title: "Services" };
const PER_PAGE = 25;

const ServicesPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  await requireAdmin();
  const params = await searchParams;
  const { page, q } = parseListParams(params);
  const { status, connection } = serviceListSchema.parse({
    status: params.status,
    connection: params.connection,
  });
  const db = await getDb();
  const [{ items, total }, connections] = await Promise.all([
    listServicesForAdmin(db, { status, connectionId: connection, search: q, page, perPage: PER_PAGE }),
    listPanelConnections(db),
  ]);
  const filtered = Boolean(status || connection || q);

  return (
    <>
      <PageHeader
        title="Services"
        description="Every service, soonest expiry first."
        actions={
          <ButtonLink href="/admin/services/import" variant="secondary">
            <Download aria-hidden className="size-4" />
            Import a server
          </ButtonLink>
        }
      />
      <form role="search" className="mb-4 flex flex-wrap gap-2">
        <label className="sr-only" htmlFor="service-status">
          State
        </label>
        <select
          id="service-status"
          name="status"
          defaultValue={status ?? ""}
          className={`${inputClasses(false)} w-auto`}
        >
          <option value="">All states</option>
          {SERVICE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_INFO[value].label}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="service-connection">
          Panel
        </label>
        <select
          id="service-connection"
          name="connection"
          defaultValue={connection ?? ""}
          className={`${inputClasses(false)} w-auto`}
        >
          <option value="">All panels</option>
          {connections.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="service-search">
          Search services
        </label>
        <input
          id="service-search"
          name="q"
          defaultValue={q}
          placeholder="Customer, offer or server"
          className={`${inputClasses(false)} w-64`}
        />
        <Button type="submit" variant="secondary">
          <Search aria-hidden className="size-4" />
          Filter
        </Button>
      </form>
      <Card>
        {items.length === 0 ? (
          <EmptyState
            icon={Server}
            title={filtered ? "No service matches these filters" : "No services yet"}
            description={filtered ? undefined : "Services appear here as soon as customers order."}
            action={
              filtered && (
                <ButtonLink href="/admin/services" variant="secondary">
                  Clear the filters
                </ButtonLink>
              )
            }
          />
        ) : (
          <>
            <DataTable
              label="Services"
              head={["#", "Server", "Customer", "Offer", "State", "Expires", "Last error"]}
              rows={items.map(({ service, offerName, customerEmail, connectionName }) => [
                service.number,
                <Link
                  key="s"
                  href={`/admin/services/${service.id}`}
                  className="text-brand-700 font-medium hover:underline"
                >
                  {serviceTitle(service, offerName)}
                </Link>,
                customerEmail,
                <span key="o">
                  {offerName}
                  <span className="block text-xs text-slate-500">{connectionName}</span>
                </span>,
                <ServiceStatusBadge key="st" status={service.status} />,
                service.status === "terminated" ? "—" : formatDate(service.expiresAt),
                <span key="e" className="line-clamp-2 max-w-xs text-xs text-red-700">
                  {service.status === "active" || service.status === "terminated"
                    ? ""
                    : (service.statusReason ?? service.lastError ?? "")}
                </span>,
              ])}
            />
            <Pagination
              page={page}
              perPage={PER_PAGE}
              total={total}
              basePath="/admin/services"
              params={{ q, status, connection }}
            />
          </>
        )}
      </Card>
    </>
  );
};

export default ServicesPage;

import { serviceTitle } from "@/lib/services/status";
import { AlertTriangle, CirclePause, Server, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { countServicesByStatus, listServicesForAdmin } from "@/lib/db/queries/services";
import { countUsersByRole } from "@/lib/db/queries/users";

export const metadata: Metadata = { title: "Admin" };

const AdminOverviewPage = async () => {
  await requireAdmin();
  const db = await getDb();
  const [users, services, failed] = await Promise.all([
    countUsersByRole(db),
    countServicesByStatus(db),
    listServicesForAdmin(db, { status: "failed", page: 1, perPage: 5 }),
  ]);
  const stats = [
    { label: "Customers", value: users.customer, icon: Users, href: "/admin/customers" },
    { label: "Active services", value: services.active, icon: Server, href: "/admin/services?status=active" },
    {
      label: "Failed deliveries",
      value: services.failed,
      icon: AlertTriangle,
      href: "/admin/services?status=failed",
      alert: services.failed > 0,
    },
    {
      label: "Suspended",
      value: services.suspended,
      icon: CirclePause,
      href: "/admin/services?status=suspended",
    },
  ];

  return (
    <div className="space-y-6">
      <PageHeader title="Overview" description="The state of your portal at a glance." />
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {stats.map(({ label, value, icon: Icon, href, alert }) => (
          <Link
            key={label}
            href={href}
            className={`rounded-lg bg-white p-5 shadow-sm ring-1 hover:opacity-80 ${alert ? "ring-red-300" : "ring-slate-200"}`}
          >
            <dt
              className={`flex items-center gap-2 text-sm font-medium ${alert ? "text-red-700" : "text-slate-600"}`}
            >
              <Icon aria-hidden className="size-4" />
              {label}
            </dt>
            <dd className="mt-2 text-3xl font-semibold text-slate-900">{value}</dd>
          </Link>
        ))}
      </dl>
      {failed.items.length > 0 && (
        <Card>
          <CardHeader
            title="Needs attention"
            description="Deliveries that failed and wait for you (fix the cause, then Retry now)."
          />
          <ul className="divide-y divide-slate-100">
            {failed.items.map(({ service, customerEmail }) => (
              <li key={service.id} className="px-5 py-3 text-sm">
                <Link
                  href={`/admin/services/${service.id}`}
                  className="text-brand-700 font-medium hover:underline"
                >
                  #{service.number} {serviceTitle(service)}
                </Link>{" "}
                <span className="text-slate-500">for {customerEmail}</span>
                <p className="text-red-700">{service.statusReason}</p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
};

export default AdminOverviewPage;

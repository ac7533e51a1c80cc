import { ShieldCheck, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { countUsersByRole } from "@/lib/db/queries/users";

export const metadata: Metadata = { title: "Admin" };

const AdminOverviewPage = async () => {
  await requireAdmin();
  const counts = await countUsersByRole(await getDb());
  const stats = [
    { label: "Customers", value: counts.customer, icon: Users, href: "/admin/customers" },
    { label: "Administrators", value: counts.admin, icon: ShieldCheck },
  ];

  return (
    <>
      <PageHeader title="Overview" description="The state of your portal at a glance." />
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {stats.map(({ label, value, icon: Icon, href }) => {
          const body = (
            <>
              <dt className="flex items-center gap-2 text-sm font-medium text-slate-600">
                <Icon aria-hidden className="size-4" />
                {label}
              </dt>
              <dd className="mt-2 text-3xl font-semibold text-slate-900">{value}</dd>
            </>
          );

          return (
            <div key={label} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
              {href ? (
                <Link href={href} className="block hover:opacity-80">
                  {body}
                </Link>
              ) : (
                body
              )}
            </div>
          );
        })}
      </dl>
    </>
  );
};

export default AdminOverviewPage;

import { Search, Users } from "lucide-react";
import type { Metadata } from "next";
import { CustomerTable } from "@/components/admin/customer-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { inputClasses } from "@/components/forms/form-field";
import { Button, ButtonLink } from "@/components/ui/button";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { listUsers } from "@/lib/db/queries/users";
import { parseListParams } from "@/lib/validations/list-params";

export const metadata: Metadata = { title: "Customers" };

const PER_PAGE = 25;

const CustomersPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  await requireAdmin();
  const { page, q } = parseListParams(await searchParams);
  const { items, total } = await listUsers(await getDb(), {
    role: "customer",
    search: q,
    page,
    perPage: PER_PAGE,
  });

  return (
    <>
      <PageHeader title="Customers" description="Everyone who has an account on the portal." />
      <form role="search" className="mb-4 flex max-w-md gap-2">
        <label htmlFor="customer-search" className="sr-only">
          Search customers
        </label>
        <input
          id="customer-search"
          name="q"
          defaultValue={q}
          placeholder="Name or email"
          className={inputClasses(false)}
        />
        <Button type="submit" variant="secondary">
          <Search aria-hidden className="size-4" />
          Search
        </Button>
      </form>
      <Card>
        {items.length === 0 ? (
          <EmptyState
            icon={Users}
            title={q ? "No customer matches this search" : "No customers yet"}
            description={
              q
                ? `Nobody's name or email contains “${q}”.`
                : "Customers appear here as soon as they register."
            }
            action={
              q && (
                <ButtonLink href="/admin/customers" variant="secondary">
                  Clear the search
                </ButtonLink>
              )
            }
          />
        ) : (
          <>
            <CustomerTable customers={items} />
            <Pagination
              page={page}
              perPage={PER_PAGE}
              total={total}
              basePath="/admin/customers"
              params={{ q }}
            />
          </>
        )}
      </Card>
    </>
  );
};

export default CustomersPage;

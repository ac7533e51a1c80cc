import { DataTable } from "@/components/ui/data-table";
import type { UserListItem } from "@/lib/db/queries/users";
import { formatDate } from "@/lib/utils";

export const CustomerTable = ({ customers }: { customers: UserListItem[] }) => (
  <DataTable
    label="Customers"
    head={["Name", "Email", "Registered"]}
    rows={customers.map((customer) => [
      <span key="name" className="font-medium whitespace-nowrap text-slate-900">
        {customer.firstName} {customer.lastName}
      </span>,
      customer.email,
      <span key="registered" className="whitespace-nowrap">
        {formatDate(customer.createdAt)}
      </span>,
    ])}
  />
);

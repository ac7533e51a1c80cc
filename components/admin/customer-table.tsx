import type { UserListItem } from "@/lib/db/queries/users";
import { formatDate } from "@/lib/utils";

export const CustomerTable = ({ customers }: { customers: UserListItem[] }) => (
  <div className="overflow-x-auto">
    <table className="min-w-full divide-y divide-slate-200 text-sm">
      <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
        <tr>
          <th scope="col" className="px-5 py-3">
            Name
          </th>
          <th scope="col" className="px-5 py-3">
            Email
          </th>
          <th scope="col" className="px-5 py-3">
            Registered
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {customers.map((customer) => (
          <tr key={customer.id}>
            <td className="px-5 py-3 font-medium whitespace-nowrap text-slate-900">
              {customer.firstName} {customer.lastName}
            </td>
            <td className="px-5 py-3 text-slate-600">{customer.email}</td>
            <td className="px-5 py-3 whitespace-nowrap text-slate-600">{formatDate(customer.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

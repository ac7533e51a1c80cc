import { CopyButton } from "@/components/servers/copy-button";
import { Badge } from "@/components/ui/badge";

export const AddressList = ({ addresses }: { addresses: Array<{ address: string; isPrimary: boolean }> }) => (
  <ul className="divide-y divide-slate-100" aria-label="Addresses">
    {addresses.map(({ address, isPrimary }) => (
      <li key={address} className="flex items-center justify-between gap-3 py-2">
        <span className="flex items-center gap-2">
          <code className="text-sm font-medium text-slate-900">{address}</code>
          {isPrimary && <Badge tone="brand">Main</Badge>}
        </span>
        <CopyButton text={address} label={address} />
      </li>
    ))}
  </ul>
);

import { Badge } from "@/components/ui/badge";

export const ConnectionStatus = ({ ok }: { ok: boolean | null }) =>
  ok === null ? (
    <Badge>Not tested</Badge>
  ) : ok ? (
    <Badge tone="success">Working</Badge>
  ) : (
    <Badge tone="danger">Failing</Badge>
  );

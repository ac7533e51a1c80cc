"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const WAITING = new Set(["pending", "provisioning"]);
const BUSY_SERVER = new Set(["creating", "resizing", "deleting"]);

type ServerStatus = { id: string; status: string };
type Answer = { status: string; servers?: ServerStatus[] };

const fingerprint = ({ status, servers = [] }: Answer) =>
  [status, ...servers.map((server) => `${server.id}:${server.status}`)].join("|");

/**
 * While a service is being set up, or a box has servers being created or deleted, polls their states and
 * refreshes the page when one changes.
 */
export const StatusWatcher = ({
  serviceId,
  status,
  servers,
}: {
  serviceId: string;
  status: string;
  servers?: ServerStatus[];
}) => {
  const router = useRouter();
  const shown = fingerprint({ status, servers });
  const waiting = WAITING.has(status) || (servers ?? []).some((server) => BUSY_SERVER.has(server.status));
  const { data } = useQuery({
    queryKey: ["service-status", serviceId, shown],
    queryFn: async () => {
      const response = await fetch(`/api/services/${serviceId}/status`, { cache: "no-store" });
      if (!response.ok) throw new Error(`status ${response.status}`);

      return (await response.json()) as Answer;
    },
    enabled: waiting,
    // Quick while a change usually lands; then gently, for a delivery the worker keeps retrying.
    refetchInterval: (query) => (query.state.dataUpdateCount < 30 ? 2_000 : 15_000),
  });
  useEffect(() => {
    if (!data) return;
    // Only the servers this page shows count (a box server's page shows one of the box's).
    const ids = new Set((servers ?? []).map((server) => server.id));
    const seen = { status: data.status, servers: data.servers?.filter((server) => ids.has(server.id)) };
    if (fingerprint(seen) !== shown) router.refresh();
  }, [data, shown, servers, router]);

  return null;
};

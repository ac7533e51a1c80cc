"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const WAITING = new Set(["pending", "provisioning"]);

/** While a service is being set up, polls its state and refreshes the page when it changes. */
export const StatusWatcher = ({ serviceId, status }: { serviceId: string; status: string }) => {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ["service-status", serviceId],
    queryFn: async () => {
      const response = await fetch(`/api/services/${serviceId}/status`, { cache: "no-store" });
      if (!response.ok) throw new Error(`status ${response.status}`);

      return (await response.json()) as { status: string };
    },
    enabled: WAITING.has(status),
    refetchInterval: 2_000,
  });
  useEffect(() => {
    if (data && data.status !== status) router.refresh();
  }, [data, status, router]);

  return null;
};

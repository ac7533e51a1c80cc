import type { PanelAllocation } from "@/lib/panels/types";

/** `ip:port` (the alias when set), the primary allocation first. */
export const formatAddresses = (allocations: PanelAllocation[], primaryId: string) =>
  [...allocations]
    .sort((a, b) => Number(b.id === primaryId) - Number(a.id === primaryId) || a.port - b.port)
    .map((allocation) => ({ address: `${allocation.alias ?? allocation.ip}:${allocation.port}`, isPrimary: allocation.id === primaryId }));

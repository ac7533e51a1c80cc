import type { PanelAdapter } from "@/lib/panels/types";

/**
 * The panel id of a service's or box server's panel server, found by external id when a create was sent
 * but its answer never linked it; undefined when nothing was ever created.
 */
export const panelServerIdOf = async (
  adapter: PanelAdapter,
  row: { id: string; panelServerId: string | null; panelCreateAttemptedAt: Date | null },
) =>
  row.panelServerId ??
  (row.panelCreateAttemptedAt ? (await adapter.findServerByExternalId(row.id))?.id : undefined);

import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { panelUsers } from "@/lib/db/schema";
import type { PanelAdapter } from "@/lib/panels/types";

/**
 * The customer's panel account on this connection: remembered after the first lookup, else found by our
 * external id or exact email, else created (by the adapter, which never touches passwords).
 */
export const ensureRememberedPanelUser = async (
  db: DbOrTx,
  adapter: PanelAdapter,
  {
    connectionId,
    user,
  }: { connectionId: string; user: { id: string; email: string; firstName: string; lastName: string } },
): Promise<string> => {
  const [known] = await db
    .select()
    .from(panelUsers)
    .where(and(eq(panelUsers.userId, user.id), eq(panelUsers.connectionId, connectionId)))
    .limit(1);
  if (known) return known.panelUserId;
  const panelUser = await adapter.ensureUser({
    externalId: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
  });
  await db
    .insert(panelUsers)
    .values({ userId: user.id, connectionId, panelUserId: panelUser.id })
    .onConflictDoUpdate({
      target: [panelUsers.userId, panelUsers.connectionId],
      set: { panelUserId: panelUser.id },
    });

  return panelUser.id;
};

import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getLiveState } from "@/lib/servers/live";
import { type TargetRef, loadTargetForUser } from "@/lib/servers/target";

const notFound = () => Response.json({ error: "Not found" }, { status: 404 });

/** The live-state answer for one of the caller's servers (route handlers for services and box servers). */
export const liveResponse = async (param: string, kind: keyof TargetRef) => {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first" }, { status: 401 });
  const id = z.uuid().safeParse(param);
  if (!id.success) return notFound();
  const db = await getDb();
  const target = await loadTargetForUser(db, { [kind]: id.data }, user.id);
  if (!target) return notFound();
  const connection = await getPanelConnection(db, target.service.connectionId);
  if (!connection) return notFound();

  return Response.json(await getLiveState(target, connection), { headers: { "Cache-Control": "no-store" } });
};

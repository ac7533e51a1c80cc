import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { getServiceForUser } from "@/lib/db/queries/services";
import { getLiveState } from "@/lib/servers/live";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: "Not found" }, { status: 404 });

/**
 * Live state and usage of one of the caller's services, polled by its page every few seconds. Answers
 * come from a short per-server cache shared by every viewer, so tabs do not multiply panel calls.
 */
export const GET = async (_request: Request, { params }: { params: Promise<{ serviceId: string }> }) => {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first" }, { status: 401 });
  const id = z.uuid().safeParse((await params).serviceId);
  if (!id.success) return notFound();
  const db = await getDb();
  const service = await getServiceForUser(db, { id: id.data, userId: user.id });
  if (!service) return notFound();
  const connection = await getPanelConnection(db, service.connectionId);
  if (!connection) return notFound();

  return Response.json(await getLiveState(service, connection), { headers: { "Cache-Control": "no-store" } });
};

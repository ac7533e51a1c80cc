import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { listBoxServers } from "@/lib/db/queries/box-servers";
import { getServiceForUser } from "@/lib/db/queries/services";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: "Not found" }, { status: 404 });

/** The service's state (and a box's server states), polled by its page while something is changing. Only its owner gets an answer. */
export const GET = async (_request: Request, { params }: { params: Promise<{ serviceId: string }> }) => {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first" }, { status: 401 });
  const id = z.uuid().safeParse((await params).serviceId);
  if (!id.success) return notFound();
  const db = await getDb();
  const service = await getServiceForUser(db, { id: id.data, userId: user.id });
  if (!service) return notFound();
  const servers =
    service.kind === "box"
      ? (await listBoxServers(db, service.id)).map(({ id: serverId, status }) => ({ id: serverId, status }))
      : undefined;

  return Response.json(
    { status: service.status, servers },
    { headers: { "Cache-Control": "no-store" } },
  );
};

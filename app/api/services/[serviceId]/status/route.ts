import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { getServiceForUser } from "@/lib/db/queries/services";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: "Not found" }, { status: 404 });

/** The service's state, polled by its page while it is being set up. Only its owner gets an answer. */
export const GET = async (_request: Request, { params }: { params: Promise<{ serviceId: string }> }) => {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first" }, { status: 401 });
  const id = z.uuid().safeParse((await params).serviceId);
  if (!id.success) return notFound();
  const service = await getServiceForUser(await getDb(), { id: id.data, userId: user.id });
  if (!service) return notFound();

  return Response.json(
    { status: service.status, statusReason: service.statusReason },
    { headers: { "Cache-Control": "no-store" } },
  );
};

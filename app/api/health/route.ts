import { getDbHandle } from "@/lib/db/client";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and monitors: 200 when the database answers, 503 otherwise. */
export const GET = async () => {
  const health = await checkHealth(getDbHandle);

  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
};

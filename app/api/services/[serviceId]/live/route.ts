import { liveResponse } from "@/lib/servers/live-route";

export const dynamic = "force-dynamic";

/** Live state and usage of one of the caller's services, polled by its page; shared per-server cache. */
export const GET = async (_request: Request, { params }: { params: Promise<{ serviceId: string }> }) =>
  liveResponse((await params).serviceId, "serviceId");

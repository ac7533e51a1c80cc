import { liveResponse } from "@/lib/servers/live-route";

export const dynamic = "force-dynamic";

/** Live state and usage of a server inside one of the caller's boxes. */
export const GET = async (_request: Request, { params }: { params: Promise<{ serverId: string }> }) =>
  liveResponse((await params).serverId, "boxServerId");

import { Suspense } from "react";
import { LivePanel } from "@/components/servers/live-panel";
import { ServerDetailsSection, ServerDetailsSkeleton } from "@/components/servers/server-details-section";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { OfferEgg, PanelConnection } from "@/lib/db/schema";
import { getLiveState } from "@/lib/servers/live";
import type { ServerTarget } from "@/lib/servers/target";

/**
 * The management view of one game server (a service's own, or one in a box): live state, power and usage,
 * then, streamed in, its addresses, settings and reinstall.
 */
export const ServerView = async ({ target, connection, eggs }: { target: ServerTarget; connection: PanelConnection; eggs: OfferEgg[] }) => {
  if (target.state === "not_ready" && !target.panelServerId) return null;
  const serverRef: Record<string, string> = target.kind === "box_server" ? { boxServerId: target.id } : { serviceId: target.id };
  const liveUrl = target.kind === "box_server" ? `/api/servers/${target.id}/live` : `/api/services/${target.id}/live`;
  const live = await getLiveState(target, connection);

  return (
    <>
      <Card>
        <CardHeader title="Server" />
        <CardBody>
          <LivePanel liveUrl={liveUrl} serverRef={serverRef} initial={live} limits={target.limits} />
        </CardBody>
      </Card>
      {target.state === "ready" && (
        <Suspense fallback={<ServerDetailsSkeleton />}>
          <ServerDetailsSection target={target} serverRef={serverRef} connection={connection} eggs={eggs} />
        </Suspense>
      )}
    </>
  );
};

import { Suspense } from "react";
import { LivePanel } from "@/components/servers/live-panel";
import { ServerDetailsSection, ServerDetailsSkeleton } from "@/components/servers/server-details-section";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { OfferEgg, PanelConnection } from "@/lib/db/schema";
import { getLiveState } from "@/lib/servers/live";
import type { ServerTarget } from "@/lib/servers/target";

type Props = { target: ServerTarget; connection: PanelConnection; serverRef: Record<string, string> };

/** State, power and usage: the first panel answer is awaited here, so the rest of the page shows at once. */
const LiveCard = async ({ target, connection, serverRef }: Props) => {
  const liveUrl = target.kind === "box_server" ? `/api/servers/${target.id}/live` : `/api/services/${target.id}/live`;

  return <LivePanel liveUrl={liveUrl} serverRef={serverRef} initial={await getLiveState(target, connection)} limits={target.limits} />;
};

/**
 * The management view of one game server (a service's own, or one in a box): live state, power and usage,
 * then its addresses, settings and reinstall, each streamed in as the panel answers.
 */
export const ServerView = ({ target, connection, eggs }: { target: ServerTarget; connection: PanelConnection; eggs: OfferEgg[] }) => {
  if (target.state === "not_ready" && !target.panelServerId) return null;
  const serverRef: Record<string, string> = target.kind === "box_server" ? { boxServerId: target.id } : { serviceId: target.id };

  return (
    <>
      <Card>
        <CardHeader title="Server" />
        <CardBody>
          <Suspense fallback={<div aria-busy="true" aria-label="Asking the panel for the server's state" className="h-24 animate-pulse rounded bg-slate-100" />}>
            <LiveCard target={target} connection={connection} serverRef={serverRef} />
          </Suspense>
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

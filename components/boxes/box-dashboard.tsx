import { Boxes, Plus } from "lucide-react";
import { BoxServerCard } from "@/components/boxes/box-server-card";
import { QuotaMeters } from "@/components/boxes/quota-meter";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Service } from "@/lib/db/schema";
import { whyNoNewServer } from "@/lib/boxes/quota";
import type { BoxView } from "@/lib/boxes/view";

/** A box's page for its owner: what it has and uses, its servers, and the way to create one. */
export const BoxDashboard = ({ box, view, notice }: { box: Service; view: BoxView; notice?: string }) => {
  const blocked = whyNoNewServer(box.status, view.totals, view.used);
  const create = blocked ? (
    <Button disabled title={blocked}>
      <Plus aria-hidden className="size-4" /> Create a server
    </Button>
  ) : (
    <ButtonLink href={`/services/${box.id}/servers/new`}>
      <Plus aria-hidden className="size-4" /> Create a server
    </ButtonLink>
  );

  return (
    <>
      <Card>
        <CardHeader title="Resources" description="What your servers use out of your box." />
        <CardBody>
          <QuotaMeters totals={view.totals} used={view.used} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="My servers" actions={view.servers.length > 0 ? create : undefined} />
        <CardBody className="space-y-4">
          {notice && <Alert tone="success">{notice}</Alert>}
          {blocked && view.servers.length > 0 && <p className="text-sm text-slate-600">{blocked}</p>}
          {view.servers.length === 0 ? (
            <EmptyState
              icon={Boxes}
              title="No server yet"
              description={blocked ?? "Create your first server: choose a game and how much of the box it gets."}
              action={blocked ? undefined : create}
            />
          ) : (
            <ul className="grid gap-4 lg:grid-cols-2" aria-label="Servers">
              {view.servers.map(({ view: server, usedByOthers }) => (
                <BoxServerCard
                  key={server.id}
                  server={server}
                  manageable={box.status === "active"}
                  totals={view.totals}
                  usedByOthers={usedByOthers}
                />
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </>
  );
};

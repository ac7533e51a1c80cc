import { ExternalLink } from "lucide-react";
import { AddressList } from "@/components/servers/address-list";
import { ReinstallDialog } from "@/components/servers/reinstall-dialog";
import { RenameForm } from "@/components/servers/rename-form";
import { VariablesForm } from "@/components/servers/variables-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/lib/db/client";
import type { OfferEgg, PanelConnection } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { getServerDetails, type ServerDetails } from "@/lib/servers/details";
import type { ServerTarget } from "@/lib/servers/target";

/** Addresses, settings and reinstall: everything that needs the panel's view of the server. */
export const ServerDetailsSection = async ({
  target,
  serverRef,
  connection,
  eggs,
}: {
  target: ServerTarget;
  serverRef: Record<string, string>;
  connection: PanelConnection;
  eggs: OfferEgg[];
}) => {
  let details: ServerDetails | undefined;
  let unreachable = false;
  try {
    details = await getServerDetails(await getDb(), target, connection);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    // The panel's own words are for admins: log them, tell the customer what it means for them.
    console.warn("[server page] details unavailable:", err.message);
    unreachable = err.code === "PANEL_UNREACHABLE";
  }
  if (!details) {
    return (
      <Alert tone="error">
        {unreachable
          ? "The game panel is not answering, so addresses and settings cannot be shown right now. Please try again in a minute."
          : "Addresses and settings cannot be shown right now. Please try again later; our team can see what happened."}
      </Alert>
    );
  }

  return (
    <>
      <Card>
        <CardHeader
          title="Address"
          description="Connect to your server with this address."
          actions={
            <a href={details.panelUrl} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
              Open in panel <ExternalLink aria-hidden className="size-3.5" />
            </a>
          }
        />
        <CardBody>
          <AddressList addresses={details.addresses} />
        </CardBody>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Settings" />
          <CardBody className="space-y-6">
            <RenameForm serverRef={serverRef} name={target.name} />
            <VariablesForm serverRef={serverRef} variables={details.editableVariables} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Reinstall" description="Start over from a clean install, optionally with another game of your offer." />
          <CardBody>
            <ReinstallDialog serverRef={serverRef} serverName={target.name} eggs={eggs.map(({ eggId, name }) => ({ eggId, name }))} currentEggId={target.eggId} />
          </CardBody>
        </Card>
      </div>
    </>
  );
};

export const ServerDetailsSkeleton = () => (
  <Card>
    <CardHeader title="Address" description="Asking the panel…" />
    <CardBody>
      <div aria-busy="true" aria-label="Loading the server's address" className="h-6 w-48 animate-pulse rounded bg-slate-100" />
    </CardBody>
  </Card>
);

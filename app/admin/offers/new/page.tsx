import { Plug } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { OfferEditor } from "@/components/admin/offers/offer-editor";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { listPanelConnections } from "@/lib/db/queries/panel-connections";
import type { OfferKind } from "@/lib/validations/offer";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `?type=pterobox` creates a PteroBox; anything else a server offer. */
const kindOf = async (searchParams: SearchParams): Promise<OfferKind> =>
  (await searchParams).type === "pterobox" ? "pterobox" : "server";

const HEADINGS: Record<OfferKind, { title: string; description: string }> = {
  server: { title: "New offer", description: "A game server plan customers can order." },
  pterobox: {
    title: "New PteroBox",
    description: "A resource pool in which customers create their own servers.",
  },
};

export const generateMetadata = async ({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> => ({
  title: HEADINGS[await kindOf(searchParams)].title,
});

const NewOfferPage = async ({ searchParams }: { searchParams: SearchParams }) => {
  await requireAdmin();
  const kind = await kindOf(searchParams);
  const { connection: wanted } = await searchParams;
  const connections = await listPanelConnections(await getDb());
  const connection =
    connections.length === 1 ? connections[0] : connections.find((candidate) => candidate.id === wanted);
  const typeParam = kind === "pterobox" ? "type=pterobox&" : "";

  return (
    <div className="max-w-4xl">
      <PageHeader {...HEADINGS[kind]} />
      {connections.length === 0 ? (
        <Card>
          <EmptyState
            icon={Plug}
            title="Connect a panel first"
            description={`${kind === "pterobox" ? "PteroBoxes" : "Offers"} are delivered on a panel: its locations and eggs fill this form.`}
            action={<ButtonLink href="/admin/panels/new">Add a panel</ButtonLink>}
          />
        </Card>
      ) : !connection ? (
        <Card className="p-5">
          <p className="mb-3 text-sm font-medium text-slate-800">Which panel will deliver it?</p>
          <ul className="space-y-2">
            {connections.map((candidate) => (
              <li key={candidate.id}>
                <Link
                  className="text-brand-700 font-medium hover:underline"
                  href={`/admin/offers/new?${typeParam}connection=${candidate.id}`}
                >
                  {candidate.name}
                </Link>{" "}
                <span className="text-sm text-slate-500">
                  ({candidate.kind === "wisp" ? "Wisp" : "Pterodactyl"})
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : (
        <OfferEditor kind={kind} connection={connection} />
      )}
    </div>
  );
};

export default NewOfferPage;

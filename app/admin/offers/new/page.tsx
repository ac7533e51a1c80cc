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

export const metadata: Metadata = { title: "New offer" };

const NewOfferPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  await requireAdmin();
  const { connection: wanted } = await searchParams;
  const connections = await listPanelConnections(await getDb());
  const connection =
    connections.length === 1 ? connections[0] : connections.find((candidate) => candidate.id === wanted);

  return (
    <div className="max-w-4xl">
      <PageHeader title="New offer" description="A game server plan customers can order." />
      {connections.length === 0 ? (
        <Card>
          <EmptyState
            icon={Plug}
            title="Connect a panel first"
            description="Offers are delivered on a panel: its locations and eggs fill this form."
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
                  href={`/admin/offers/new?connection=${candidate.id}`}
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
        <OfferEditor connection={connection} />
      )}
    </div>
  );
};

export default NewOfferPage;

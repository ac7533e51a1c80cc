import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { OfferEditor } from "@/components/admin/offers/offer-editor";
import { ActionButton } from "@/components/forms/action-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { PageHeader } from "@/components/ui/page-header";
import { deleteOfferAction } from "@/lib/actions/admin/offers/delete-offer";
import { setOfferVisibilityAction } from "@/lib/actions/admin/offers/set-offer-visibility";
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { toFormCurrent } from "@/lib/offers/form-types";

export const metadata: Metadata = { title: "Offer" };

const OfferPage = async ({
  params,
  searchParams,
}: {
  params: Promise<{ offerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  await requireAdmin();
  const id = z.uuid().safeParse((await params).offerId);
  if (!id.success) notFound();
  const db = await getDb();
  const offer = await getOffer(db, id.data);
  if (!offer) notFound();
  const connection = await getPanelConnection(db, offer.connectionId);
  if (!connection) notFound();
  const { saved } = await searchParams;

  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader
        title={offer.name}
        description={
          <>
            {offer.type === "pterobox" && (
              <>
                <Badge tone="brand">PteroBox</Badge>{" "}
              </>
            )}
            {offer.isActive ? "On sale." : "Hidden: nobody can order it."}
          </>
        }
        actions={
          <>
            <ActionButton
              action={setOfferVisibilityAction}
              hidden={{ offerId: offer.id, isActive: String(!offer.isActive) }}
              label={offer.isActive ? "Hide" : "Put on sale"}
              pendingLabel="Saving…"
            />
            <ConfirmDialog
              trigger="Delete"
              title={`Delete ${offer.name}?`}
              confirmLabel="Delete offer"
              pendingLabel="Deleting…"
              action={deleteOfferAction}
              hidden={{ offerId: offer.id }}
            >
              The offer and its options are removed. An offer that has services cannot be deleted: hide it
              instead.
            </ConfirmDialog>
          </>
        }
      />
      {saved && <Alert tone="success">Offer saved.</Alert>}
      <OfferEditor
        kind={offer.type === "pterobox" ? "pterobox" : "server"}
        connection={connection}
        current={toFormCurrent(offer)}
      />
    </div>
  );
};

export default OfferPage;

import { OfferForm } from "@/components/admin/offers/offer-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { saveOfferAction } from "@/lib/actions/admin/offers/save-offer";
import { getDb } from "@/lib/db/client";
import type { PanelConnection } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { type OfferFormCurrent, toOfferFormCatalog } from "@/lib/offers/form-types";
import { getPanelCatalog } from "@/lib/panels/catalog";
import type { OfferKind } from "@/lib/validations/offer";

/** Loads the connection's catalogue for the offer form; a panel that cannot be read is said in words. */
export const OfferEditor = async ({
  kind,
  connection,
  current,
}: {
  kind: OfferKind;
  connection: PanelConnection;
  current?: OfferFormCurrent;
}) => {
  let catalog;
  try {
    catalog = toOfferFormCatalog(await getPanelCatalog(await getDb(), connection));
  } catch (err) {
    if (!(err instanceof AppError)) throw err;

    return (
      <Alert tone="error">
        Could not read the locations and eggs of {connection.name}: {err.message}{" "}
        <a className="underline" href={`/admin/panels/${connection.id}`}>
          Check the connection
        </a>
        .
      </Alert>
    );
  }

  return (
    <Card>
      <CardBody>
        <OfferForm
          action={saveOfferAction}
          kind={kind}
          connection={{ id: connection.id, name: connection.name, kind: connection.kind }}
          catalog={catalog}
          current={current}
        />
      </CardBody>
    </Card>
  );
};

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { OrderForm } from "@/components/store/order-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { placeOrderAction } from "@/lib/actions/store/place-order";
import { requireUser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { AppError } from "@/lib/errors";
import { formatPricePerPeriod } from "@/lib/offers/billing";
import { type OrderEgg, orderEggs } from "@/lib/services/order-form";

export const metadata: Metadata = { title: "Order" };

const OrderPage = async ({ params }: { params: Promise<{ offerId: string }> }) => {
  await requireUser();
  const id = z.uuid().safeParse((await params).offerId);
  if (!id.success) notFound();
  const db = await getDb();
  const offer = await getOffer(db, id.data);
  if (!offer || !offer.isActive) notFound();
  const connection = await getPanelConnection(db, offer.connectionId);
  if (!connection) notFound();
  let eggs: OrderEgg[];
  try {
    eggs = await orderEggs(db, offer, connection);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;

    return (
      <>
        <PageHeader title={offer.name} />
        <Alert tone="error">
          This offer cannot be ordered right now: our servers are not answering. Please try again in a few
          minutes.
        </Alert>
      </>
    );
  }
  const { eggs: _eggs, options, ...offerRow } = offer;

  return (
    <>
      <PageHeader
        title={`Order ${offer.name}`}
        description={formatPricePerPeriod(offer.priceCents, offer.billingPeriod)}
      />
      {eggs.length === 0 ? (
        <Alert tone="error">This offer has no game available right now. Please choose another offer.</Alert>
      ) : (
        <OrderForm action={placeOrderAction} offer={offerRow} eggs={eggs} options={options} />
      )}
    </>
  );
};

export default OrderPage;

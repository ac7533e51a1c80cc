import type { Db } from "@/lib/db/client";
import { getOffer } from "@/lib/db/queries/offers";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { insertService, updateService } from "@/lib/db/queries/services";
import { orders, type Service } from "@/lib/db/schema";
import { AppError, type FieldErrors } from "@/lib/errors";
import { addBillingPeriod } from "@/lib/offers/billing";
import { configureOffer } from "@/lib/offers/configure";
import { renderTemplate, templateValues } from "@/lib/offers/templates";
import { findCatalogEgg, getPanelCatalog } from "@/lib/panels/catalog";
import { completeEggEnvironment, validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import { type Actor, recordAudit } from "@/lib/services/audit";
import { askableVariables } from "@/lib/services/order-form";
import { enqueueJob } from "@/lib/worker/queue";

export type OrderInput = {
  offerId: string;
  eggId?: string;
  choices: Record<string, string | undefined>;
  environment: Record<string, string | undefined>;
};

type Customer = { id: string; email: string; firstName: string; lastName: string };

/** The egg's variables as the panel defines them (cached catalogue; read again once if the egg is missing). */
const eggFromCatalog = async (db: Db, connectionId: string, nestId: string, eggId: string) => {
  const connection = await getPanelConnection(db, connectionId);
  if (!connection) throw new AppError("NOT_FOUND", "This offer is not available right now.");
  const egg =
    findCatalogEgg(await getPanelCatalog(db, connection), nestId, eggId) ??
    findCatalogEgg(await getPanelCatalog(db, connection, { refresh: true }), nestId, eggId);
  if (!egg)
    throw new AppError(
      "CONFLICT",
      "This game is no longer available on our servers. Please choose another one.",
    );

  return egg;
};

/**
 * Checks an order completely before anything is written or sent to a panel: the egg, each option, and
 * every egg variable against the egg's own rules. Then, in one transaction: the order, the service
 * (pending, expiring one billing period from now, server name from the template) and its delivery job.
 */
export const placeOrder = async (
  db: Db,
  customer: Customer,
  input: OrderInput,
  actor: Actor,
): Promise<Service> => {
  const offer = await getOffer(db, input.offerId);
  if (!offer || !offer.isActive) throw new AppError("NOT_FOUND", "This offer is not available.");
  const isBox = offer.type === "pterobox";
  const offerEgg = isBox
    ? { nestId: "", eggId: "", name: "" }
    : (offer.eggs.find((egg) => egg.eggId === input.eggId) ??
      (offer.eggs.length === 1 ? offer.eggs[0] : undefined));
  if (!offerEgg)
    throw new AppError("VALIDATION", "Choose a game.", {
      fieldErrors: { eggId: ["Choose one of the games of this offer."] },
    });
  const configuration = configureOffer(offer, offer.options, input.choices);
  const fieldErrors: FieldErrors = Object.fromEntries(
    Object.entries(configuration.errors).map(([key, message]) => [key, [message]]),
  );
  // A box's servers choose their eggs (and variables) when they are created.
  const egg = isBox
    ? { variables: [] }
    : await eggFromCatalog(db, offer.connectionId, offerEgg.nestId, offerEgg.eggId);
  const asked = askableVariables(egg.variables, offer, offer.options);
  const given: Record<string, string> = { ...configuration.environment };
  for (const variable of asked) {
    const value = input.environment[variable.envVariable];
    if (value !== undefined) given[variable.envVariable] = value.trim();
  }
  for (const violation of validateEggEnvironment(
    egg.variables,
    completeEggEnvironment(egg.variables, given),
  )) {
    const env = violation.field.replace(/^environment\./, "");
    const customOption = offer.options.find(
      (option) => option.kind === "text" && option.key.toUpperCase().endsWith(`_CUSTOM_${env}`),
    );
    const key = customOption ? `option:${customOption.id}` : `env:${env}`;
    fieldErrors[key] = [...(fieldErrors[key] ?? []), violation.message];
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", undefined, { fieldErrors });

  const { servers: extraServers, ...limits } = configuration.limits;

  return db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({ userId: customer.id, offerId: offer.id, totalCents: configuration.priceCents })
      .returning();
    const expiresAt = addBillingPeriod(new Date(), offer.billingPeriod);
    const service = await insertService(tx, {
      orderId: order!.id,
      userId: customer.id,
      offerId: offer.id,
      connectionId: offer.connectionId,
      nestId: offerEgg.nestId,
      eggId: offerEgg.eggId,
      eggName: offerEgg.name,
      locationId: configuration.locationId,
      locationLabel: configuration.locationLabel,
      ...limits,
      kind: isBox ? "box" : "server",
      maxServers: isBox ? offer.maxServers + extraServers : 0,
      dedicatedIp: configuration.dedicatedIp,
      options: configuration.chosen,
      environment: given,
      priceCents: configuration.priceCents,
      billingPeriod: offer.billingPeriod,
      expiresAt,
      serverName: offer.name,
    });
    const values = templateValues({
      owner: customer,
      productName: offer.name,
      orderId: order!.id,
      serviceNumber: service.number,
      expiresAt,
    });
    const named = await updateService(tx, service.id, {
      serverName: renderTemplate(offer.serverNameTemplate, values) || offer.name,
      serverDescription: renderTemplate(offer.serverDescriptionTemplate, values),
    });
    await enqueueJob(tx, {
      type: "deliver_service",
      payload: { serviceId: service.id },
      dedupeKey: `deliver:${service.id}`,
    });
    await recordAudit(tx, {
      actor,
      action: "service.order",
      serviceId: service.id,
      result: "ok",
      message: isBox ? `Ordered ${offer.name} (PteroBox).` : `Ordered ${offer.name} (${offerEgg.name}).`,
    });

    return named ?? service;
  });
};

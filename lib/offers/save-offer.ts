import { and, count, eq, notInArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { offerEggs, offerOptions, offers, services } from "@/lib/db/schema";
import { AppError, type FieldErrors, isForeignKeyViolation } from "@/lib/errors";
import { getPanelCatalog } from "@/lib/panels/catalog";
import type { OfferFormInput } from "@/lib/validations/offer";

const invalid = (fieldErrors: FieldErrors) => new AppError("VALIDATION", undefined, { fieldErrors });

/**
 * Creates or updates a Pterodactyl/Wisp offer. The location, eggs and port variables are checked against
 * the panel's catalogue; eggs are replaced, options updated in place (their ids are what services
 * remember), all in one transaction.
 */
export const saveOffer = async (db: Db, input: OfferFormInput) => {
  const connection = await getPanelConnection(db, input.connectionId);
  if (!connection) throw invalid({ connectionId: ["This panel connection no longer exists."] });
  const catalog = await getPanelCatalog(db, connection);
  const location = catalog.locations.find((candidate) => candidate.id === input.locationId);
  const errors: FieldErrors = {};
  if (!location)
    errors.locationId = ["This location is not on the panel (any more). Refresh the panel's catalogue."];
  const eggs = input.eggs.map((ref) => {
    const [nestId, eggId] = ref.split(":");

    return catalog.nests.find((nest) => nest.id === nestId)?.eggs.find((egg) => egg.id === eggId);
  });
  if (eggs.some((egg) => !egg)) errors.eggs = ["One of the chosen eggs is not on the panel (any more)."];
  for (const variable of input.portVariables) {
    const missing = eggs.find(
      (egg) => egg && !egg.variables.some((candidate) => candidate.envVariable === variable),
    );
    if (missing)
      errors.portVariables = [
        ...(errors.portVariables ?? []),
        `${variable} is not a variable of ${missing.name}.`,
      ];
  }
  for (const option of input.options) {
    if (option.kind !== "location") continue;
    const unknown = option.config.choices.find(
      (choice) => !catalog.locations.some((candidate) => candidate.id === choice.locationId),
    );
    if (unknown) errors.options = [`The location option lists ${unknown.label}, which is not on the panel.`];
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);

  const values = {
    type: connection.kind,
    name: input.name,
    description: input.description,
    priceCents: input.price,
    billingPeriod: input.billingPeriod,
    isActive: input.isActive,
    connectionId: connection.id,
    locationId: location!.id,
    locationLabel: location!.long ? `${location!.short} (${location!.long})` : location!.short,
    memoryMb: input.memoryMb,
    diskMb: input.diskMb,
    io: input.io,
    swapMb: input.swapMb,
    cpuPercent: input.cpuPercent,
    databases: input.databases,
    backups: input.backups,
    backupSizeMb: connection.kind === "wisp" ? input.backupSizeMb : null,
    allocations: input.allocations,
    dedicatedIp: input.dedicatedIp,
    portRange: input.portRange,
    portVariables: input.portVariables,
    serverNameTemplate: input.serverNameTemplate,
    serverDescriptionTemplate: input.serverDescriptionTemplate,
    startOnCompletion: input.startOnCompletion,
    updatedAt: new Date(),
  };

  return db.transaction(async (tx) => {
    const [offer] = input.offerId
      ? await tx.update(offers).set(values).where(eq(offers.id, input.offerId)).returning()
      : await tx.insert(offers).values(values).returning();
    if (!offer) throw new AppError("NOT_FOUND", "This offer no longer exists.");
    await tx.delete(offerEggs).where(eq(offerEggs.offerId, offer.id));
    await tx.insert(offerEggs).values(
      eggs.map((egg, position) => ({
        offerId: offer.id,
        nestId: egg!.nestId,
        eggId: egg!.id,
        name: egg!.name,
        position,
      })),
    );
    const kept = input.options.flatMap((option) => (option.id ? [option.id] : []));
    await tx
      .delete(offerOptions)
      .where(
        and(
          eq(offerOptions.offerId, offer.id),
          kept.length > 0 ? notInArray(offerOptions.id, kept) : undefined,
        ),
      );
    for (const [position, option] of input.options.entries()) {
      const row = {
        kind: option.kind,
        key:
          option.kind === "text"
            ? option.key
            : option.kind === "resource"
              ? `extra_${option.config.resource}`
              : option.kind,
        label: option.label,
        config: option.config,
        position,
      };
      const updated = option.id
        ? await tx
            .update(offerOptions)
            .set(row)
            .where(and(eq(offerOptions.id, option.id), eq(offerOptions.offerId, offer.id)))
            .returning({ id: offerOptions.id })
        : [];
      if (updated.length === 0) await tx.insert(offerOptions).values({ ...row, offerId: offer.id });
    }

    return offer;
  });
};

/** Deletes an offer nobody uses; one with services (even terminated ones) can only be hidden. */
export const deleteOffer = async (db: Db, offerId: string) => {
  const [used] = await db.select({ total: count() }).from(services).where(eq(services.offerId, offerId));
  if ((used?.total ?? 0) > 0) {
    throw new AppError(
      "CONFLICT",
      `This offer has ${used!.total} service${used!.total === 1 ? "" : "s"}: hide it instead, so nobody can order it.`,
    );
  }
  try {
    const deleted = await db.delete(offers).where(eq(offers.id, offerId)).returning({ id: offers.id });
    if (deleted.length === 0) throw new AppError("NOT_FOUND", "This offer no longer exists.");
  } catch (err) {
    if (isForeignKeyViolation(err))
      throw new AppError("CONFLICT", "This offer is still in use: hide it instead.");
    throw err;
  }
};

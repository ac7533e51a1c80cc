import { and, count, eq, notInArray } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { getPanelConnection } from "@/lib/db/queries/panel-connections";
import { offerEggs, offerOptions, offers, services } from "@/lib/db/schema";
import { AppError, type FieldErrors, isForeignKeyViolation } from "@/lib/errors";
import { findCatalogEgg, getPanelCatalog } from "@/lib/panels/catalog";
import type { OfferFormInput } from "@/lib/validations/offer";

const invalid = (fieldErrors: FieldErrors) => new AppError("VALIDATION", undefined, { fieldErrors });

/** Callers other than the form (the demo seed) may leave out the kind: a server offer then. */
export type SaveOfferInput = Omit<OfferFormInput, "offerType" | "maxServers"> &
  Partial<Pick<OfferFormInput, "offerType" | "maxServers">>;

/**
 * A box and a server offer make different services: an offer with services keeps its kind. The offer
 * row is locked so no service can be added to it until the change is committed.
 */
const assertKindKept = async (tx: Tx, offerId: string, isBox: boolean) => {
  const [existing] = await tx
    .select({ type: offers.type })
    .from(offers)
    .where(eq(offers.id, offerId))
    .for("update");
  if (!existing) throw new AppError("NOT_FOUND", "This offer no longer exists.");
  if ((existing.type === "pterobox") === isBox) return;
  const [used] = await tx.select({ total: count() }).from(services).where(eq(services.offerId, offerId));
  const total = used?.total ?? 0;
  if (total > 0)
    throw new AppError(
      "CONFLICT",
      `This offer has ${total} service${total === 1 ? "" : "s"}, so it cannot become ${isBox ? "a PteroBox" : "a server offer"}: create a new offer instead.`,
    );
};

/**
 * Creates or updates a Pterodactyl/Wisp offer or a PteroBox (whose limits are the box's totals). The
 * location, eggs and port variables are checked against the panel's catalogue; eggs are replaced,
 * options updated in place (their ids are what services remember), all in one transaction.
 */
export const saveOffer = async (db: Db, input: SaveOfferInput) => {
  const isBox = input.offerType === "pterobox";
  const connection = await getPanelConnection(db, input.connectionId);
  if (!connection) throw invalid({ connectionId: ["This panel connection no longer exists."] });
  // A box's servers get no dedicated IP and no extra ports for egg variables.
  const portVariables = isBox ? [] : input.portVariables;
  const catalog = await getPanelCatalog(db, connection);
  const location = catalog.locations.find((candidate) => candidate.id === input.locationId);
  const errors: FieldErrors = {};
  if (isBox && !((input.maxServers ?? 0) >= 1)) errors.maxServers = ["Servers allowed must be at least 1."];
  if (!location)
    errors.locationId = ["This location is not on the panel (any more). Refresh the panel's catalogue."];
  const eggs = input.eggs.map((ref) => {
    const [nestId, eggId] = ref.split(":");

    return findCatalogEgg(catalog, nestId!, eggId!);
  });
  if (eggs.some((egg) => !egg)) errors.eggs = ["One of the chosen eggs is not on the panel (any more)."];
  for (const variable of portVariables) {
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
    type: isBox ? ("pterobox" as const) : connection.kind,
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
    maxServers: isBox ? (input.maxServers ?? 0) : 0,
    dedicatedIp: isBox ? false : input.dedicatedIp,
    portRange: input.portRange,
    portVariables,
    serverNameTemplate: input.serverNameTemplate,
    serverDescriptionTemplate: input.serverDescriptionTemplate,
    startOnCompletion: input.startOnCompletion,
  };

  return db.transaction(async (tx) => {
    if (input.offerId) await assertKindKept(tx, input.offerId, isBox);
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

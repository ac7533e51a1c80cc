import type { BillingPeriod, Offer, OfferEgg, OfferOptionRow } from "@/lib/db/schema";
import type { OfferOptionInput } from "@/lib/validations/offer-option";

/** The slice of a panel's catalogue the offer form needs, built on the server. */
export type OfferFormCatalog = {
  locations: Array<{ id: string; label: string }>;
  nests: Array<{
    id: string;
    name: string;
    eggs: Array<{
      ref: string;
      name: string;
      variables: Array<{ envVariable: string; name: string; rules: string }>;
    }>;
  }>;
};

export type EditableOption = OfferOptionInput & { id?: string };

export type OfferFormCurrent = Pick<
  Offer,
  | "id"
  | "type"
  | "name"
  | "description"
  | "priceCents"
  | "isActive"
  | "locationId"
  | "memoryMb"
  | "diskMb"
  | "io"
  | "swapMb"
  | "cpuPercent"
  | "databases"
  | "backups"
  | "backupSizeMb"
  | "allocations"
  | "maxServers"
  | "dedicatedIp"
  | "portRange"
  | "portVariables"
  | "serverNameTemplate"
  | "serverDescriptionTemplate"
  | "startOnCompletion"
> & { billingPeriod: BillingPeriod; eggRefs: string[]; options: EditableOption[] };

export const toFormCurrent = (
  offer: Offer & { eggs: OfferEgg[]; options: OfferOptionRow[] },
): OfferFormCurrent => ({
  ...offer,
  eggRefs: offer.eggs.map((egg) => `${egg.nestId}:${egg.eggId}`),
  options: offer.options.map(
    (option) =>
      ({
        id: option.id,
        kind: option.kind,
        key: option.key,
        label: option.label,
        config: option.config,
      }) as EditableOption,
  ),
});

/** The offer form's view of a panel catalogue. */
export const toOfferFormCatalog = (catalog: {
  locations: Array<{ id: string; short: string; long: string | null }>;
  nests: Array<{
    id: string;
    name: string;
    eggs: Array<{
      id: string;
      nestId: string;
      name: string;
      variables: Array<{ envVariable: string; name: string; rules: string }>;
    }>;
  }>;
}): OfferFormCatalog => ({
  locations: catalog.locations.map((location) => ({
    id: location.id,
    label: location.long ? `${location.short} (${location.long})` : location.short,
  })),
  nests: catalog.nests.map((nest) => ({
    id: nest.id,
    name: nest.name,
    eggs: nest.eggs.map((egg) => ({
      ref: `${egg.nestId}:${egg.id}`,
      name: egg.name,
      variables: egg.variables.map(({ envVariable, name, rules }) => ({ envVariable, name, rules })),
    })),
  })),
});

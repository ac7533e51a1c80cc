import type { Offer, OfferOptionRow } from "@/lib/db/schema";
import type { FeatureLimits, ServerLimits } from "@/lib/panels/types";
import {
  type LocationOptionConfig,
  type Resource,
  type ResourceOptionConfig,
  dedicatedIpOptionConfig,
  envFromCustomKey,
  locationOptionConfig,
  resourceOptionConfig,
  textOptionConfig,
} from "@/lib/validations/offer-option";

export type Limits = {
  memoryMb: number;
  diskMb: number;
  swapMb: number;
  io: number;
  cpuPercent: number;
  databases: number;
  backups: number;
  allocations: number;
  servers: number;
};

export type Configuration = {
  limits: Limits;
  locationId: string;
  locationLabel: string;
  dedicatedIp: boolean;
  /** Egg variables set by `*_custom_<ENV>` options. */
  environment: Record<string, string>;
  priceCents: number;
  /** The chosen value of each option, by option id, as stored on the service. */
  chosen: Record<string, string>;
  errors: Record<string, string>;
};

const RESOURCE_FIELD: Record<Resource, keyof Limits> = {
  memory: "memoryMb",
  disk: "diskMb",
  swap: "swapMb",
  io: "io",
  cpu: "cpuPercent",
  databases: "databases",
  backups: "backups",
  allocations: "allocations",
  servers: "servers",
};

/**
 * The limits a panel server gets from amounts in the portal's terms, the offer giving what is per offer
 * (Wisp's backup size). One place for what delivery, plan changes and PteroBox servers send.
 */
export const panelBuild = (
  amounts: Omit<Limits, "servers">,
  offer: Pick<Offer, "backupSizeMb">,
): { limits: ServerLimits; featureLimits: FeatureLimits } => ({
  limits: {
    memoryMb: amounts.memoryMb,
    swapMb: amounts.swapMb,
    diskMb: amounts.diskMb,
    io: amounts.io,
    cpuPercent: amounts.cpuPercent,
  },
  featureLimits: {
    databases: amounts.databases,
    allocations: amounts.allocations,
    backups: amounts.backups,
    ...(offer.backupSizeMb !== null ? { backupMegabytes: offer.backupSizeMb } : {}),
  },
});

/** The amounts a resource option offers, in order. */
export const resourceValues = (config: ResourceOptionConfig) => {
  if (config.control === "dropdown") return config.values;
  const values: number[] = [];
  for (let value = config.min; value <= config.max; value += config.step) values.push(value);

  return values;
};

export const resourcePrice = (config: ResourceOptionConfig, amount: number) =>
  Math.round((amount / config.unitSize) * config.unitPriceCents);

const baseLimits = (offer: Offer): Limits => ({
  memoryMb: offer.memoryMb,
  diskMb: offer.diskMb,
  swapMb: offer.swapMb,
  io: offer.io,
  cpuPercent: offer.cpuPercent,
  databases: offer.databases,
  backups: offer.backups,
  allocations: offer.allocations,
  servers: 0,
});

/**
 * What an offer plus the customer's choices add up to: limits, location, dedicated IP, egg variables
 * from custom text options, and the price. Every choice is checked against the option's allowed values;
 * a missing choice takes the option's first value. Errors are keyed `option:<id>`.
 */
export const configureOffer = (
  offer: Offer,
  options: OfferOptionRow[],
  choices: Record<string, string | undefined>,
): Configuration => {
  const result: Configuration = {
    limits: baseLimits(offer),
    locationId: offer.locationId,
    locationLabel: offer.locationLabel,
    dedicatedIp: offer.dedicatedIp,
    environment: {},
    priceCents: offer.priceCents,
    chosen: {},
    errors: {},
  };
  for (const option of options) {
    const raw = choices[option.id]?.trim();
    const field = `option:${option.id}`;
    if (option.kind === "resource") {
      const config = resourceOptionConfig.parse(option.config);
      const allowed = resourceValues(config);
      const amount = raw === undefined || raw === "" ? (allowed[0] ?? 0) : Number(raw);
      if (!allowed.includes(amount)) {
        result.errors[field] = `Choose one of ${allowed.join(", ")} for ${option.label.toLowerCase()}.`;
        continue;
      }
      const key = RESOURCE_FIELD[config.resource];
      // Unlimited swap (−1) stays unlimited whatever is added.
      if (!(key === "swapMb" && result.limits.swapMb < 0)) result.limits[key] += amount;
      result.priceCents += resourcePrice(config, amount);
      result.chosen[option.id] = String(amount);
    } else if (option.kind === "location") {
      const { choices: locations }: LocationOptionConfig = locationOptionConfig.parse(option.config);
      const choice = raw ? locations.find((location) => location.locationId === raw) : locations[0];
      if (!choice) {
        result.errors[field] = "Choose one of the listed locations.";
        continue;
      }
      result.locationId = choice.locationId;
      result.locationLabel = choice.label;
      result.priceCents += choice.priceCents;
      result.chosen[option.id] = choice.locationId;
    } else if (option.kind === "dedicated_ip") {
      const wanted = raw === "on" || raw === "true" || raw === "1";
      if (wanted) {
        result.dedicatedIp = true;
        result.priceCents += dedicatedIpOptionConfig.parse(option.config).priceCents;
      }
      result.chosen[option.id] = wanted ? "1" : "0";
    } else {
      const env = envFromCustomKey(option.key);
      if (env && raw) {
        result.environment[env] = raw;
        result.priceCents += textOptionConfig.parse(option.config).priceCents;
      }
      result.chosen[option.id] = raw ?? "";
    }
  }

  return result;
};

import type { Db } from "@/lib/db/client";
import type { Offer, OfferEgg, PanelConnection } from "@/lib/db/schema";
import { findCatalogEgg, getPanelCatalog } from "@/lib/panels/catalog";
import { isRequiredWithoutDefault } from "@/lib/panels/rules/egg-variables";
import type { EggVariable } from "@/lib/panels/types";
import { envFromCustomKey } from "@/lib/validations/offer-option";

/**
 * The egg variables a customer is asked for: those they may edit, and required ones without a default.
 * Variables set by a `*_custom_<ENV>` option are asked through that option; port variables are ours.
 */
export const askableVariables = (
  variables: EggVariable[],
  offer: Pick<Offer, "portVariables">,
  options: Array<{ kind: string; key: string }>,
) => {
  const fromOptions = new Set(
    options.filter((option) => option.kind === "text").map((option) => envFromCustomKey(option.key)),
  );

  return variables.filter(
    (variable) =>
      !fromOptions.has(variable.envVariable) &&
      !offer.portVariables.includes(variable.envVariable) &&
      ((variable.userEditable && variable.userViewable) || isRequiredWithoutDefault(variable)),
  );
};

/**
 * The offer's eggs as the panel has them now, each with the variables the customer is asked for. Eggs
 * the panel no longer has are left out. Throws AppError when the panel's catalogue cannot be read.
 */
export const orderEggs = async (
  db: Db,
  offer: Pick<Offer, "portVariables"> & { eggs: OfferEgg[]; options: Array<{ kind: string; key: string }> },
  connection: PanelConnection,
) => {
  const catalog = await getPanelCatalog(db, connection);

  return offer.eggs.flatMap((offerEgg) => {
    const egg = findCatalogEgg(catalog, offerEgg.nestId, offerEgg.eggId);
    if (!egg) return [];
    const variables = askableVariables(egg.variables, offer, offer.options).map((variable) => ({
      ...variable,
      required: isRequiredWithoutDefault(variable) || variable.rules.split("|").includes("required"),
    }));

    return [{ eggId: offerEgg.eggId, name: offerEgg.name, variables }];
  });
};

export type OrderEgg = Awaited<ReturnType<typeof orderEggs>>[number];

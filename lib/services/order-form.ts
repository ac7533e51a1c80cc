import type { Offer } from "@/lib/db/schema";
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

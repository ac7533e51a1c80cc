"use client";

import { useActionState, useState } from "react";
import { OptionInputs } from "@/components/offers/option-inputs";
import { SelectField } from "@/components/forms/select-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { changePlanAction } from "@/lib/actions/admin/services/change-plan";
import type { OfferOptionRow } from "@/lib/db/schema";
import { formatPricePerPeriod } from "@/lib/offers/billing";
import type { BillingPeriod } from "@/lib/db/schema";

export type PlanChoice = {
  id: string;
  name: string;
  priceCents: number;
  billingPeriod: BillingPeriod;
  options: OfferOptionRow[];
};

/** Upgrade/downgrade: another offer of the same panel and/or other option values. */
export const ChangePlanForm = ({
  serviceId,
  offers,
  currentOfferId,
  currentChoices,
}: {
  serviceId: string;
  offers: PlanChoice[];
  currentOfferId: string;
  currentChoices: Record<string, string>;
}) => {
  const [state, action] = useActionState(changePlanAction, undefined);
  const [offerId, setOfferId] = useState(currentOfferId);
  const [values, setValues] = useState<Record<string, string>>(currentChoices);
  const offer = offers.find((candidate) => candidate.id === offerId);

  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="serviceId" value={serviceId} />
      <SelectField
        name="offerId"
        label="Offer"
        value={offerId}
        onChange={(event) => {
          setOfferId(event.target.value);
          setValues({});
        }}
        options={offers.map((candidate) => ({
          value: candidate.id,
          label: `${candidate.name} — ${formatPricePerPeriod(candidate.priceCents, candidate.billingPeriod)}`,
        }))}
        errors={state && !state.ok ? state.fieldErrors?.offerId : undefined}
      />
      {offer && offer.options.length > 0 && (
        <OptionInputs
          options={offer.options.filter((option) => option.kind !== "text")}
          values={values}
          onChange={(id, value) => setValues({ ...values, [id]: value })}
          errors={state && !state.ok ? state.fieldErrors : undefined}
        />
      )}
      <SubmitButton pendingLabel="Checking the node and applying…" variant="secondary">
        Change plan
      </SubmitButton>
    </form>
  );
};

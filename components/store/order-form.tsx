"use client";

import { useActionState, useState } from "react";
import { OptionInputs } from "@/components/offers/option-inputs";
import { EggChoice } from "@/components/forms/egg-choice";
import { EggVariableFields } from "@/components/forms/egg-variable-fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction } from "@/lib/actions/action-result";
import type { Offer, OfferOptionRow } from "@/lib/db/schema";
import { formatPricePerPeriod } from "@/lib/offers/billing";
import { configureOffer } from "@/lib/offers/configure";
import type { OrderEgg } from "@/lib/services/order-form";
import { formatCores, formatMegabytes } from "@/lib/utils";

const Summary = ({
  offer,
  options,
  values,
}: {
  offer: Offer;
  options: OfferOptionRow[];
  values: Record<string, string>;
}) => {
  const { limits, priceCents, locationLabel, dedicatedIp } = configureOffer(offer, options, values);
  const isBox = offer.type === "pterobox";
  const cpu = limits.cpuPercent === 0 ? "Unlimited" : formatCores(limits.cpuPercent);
  const size = (mb: number) => (mb === 0 ? "Unlimited" : formatMegabytes(mb));
  const rows = isBox
    ? [
        ["Servers", offer.maxServers + limits.servers],
        ["Memory", size(limits.memoryMb)],
        ["Disk", size(limits.diskMb)],
        ["CPU", cpu],
        ["Databases", limits.databases],
        ["Allocations", limits.allocations],
        ["Backups", limits.backups],
        ["Location", locationLabel],
      ]
    : [
        ["Memory", size(limits.memoryMb)],
        ["Disk", size(limits.diskMb)],
        ["CPU", cpu],
        ["Databases", limits.databases],
        ["Backups", limits.backups],
        ["Location", locationLabel],
        ["Dedicated IP", dedicatedIp ? "Yes" : "No"],
      ];

  return (
    <aside className="rounded-lg bg-slate-50 p-5 ring-1 ring-slate-200" aria-label="Order summary">
      <h2 className="text-sm font-semibold text-slate-900">{isBox ? "Your box (shared by its servers)" : "Your server"}</h2>
      <dl className="mt-3 space-y-1.5 text-sm">
        {rows.map(([label, value]) => (
          <div key={String(label)} className="flex justify-between gap-4">
            <dt className="text-slate-600">{label}</dt>
            <dd
              className="font-medium text-slate-900"
              data-testid={`summary-${String(label).toLowerCase().replace(/\s/g, "-")}`}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p
        className="mt-4 border-t border-slate-200 pt-3 text-lg font-semibold text-slate-900"
        data-testid="summary-price"
      >
        {formatPricePerPeriod(priceCents, offer.billingPeriod)}
      </p>
    </aside>
  );
};

/**
 * Egg, options and egg variables, checked with the egg's own rules as the customer types. A PteroBox has
 * no game to choose here: each of its servers gets one when it is created.
 */
export const OrderForm = ({
  action,
  offer,
  eggs,
  options,
}: {
  action: FormAction;
  offer: Offer;
  eggs: OrderEgg[];
  options: OfferOptionRow[];
}) => {
  const [state, formAction] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : undefined;
  const [eggId, setEggId] = useState(eggs[0]?.eggId ?? "");
  const [values, setValues] = useState<Record<string, string>>({});
  const egg = eggs.find((candidate) => candidate.eggId === eggId);
  const isBox = offer.type === "pterobox";

  return (
    <form action={formAction} className="grid gap-8 lg:grid-cols-[1fr_20rem]" noValidate>
      <div className="space-y-8">
        <FormMessage state={state} />
        <input type="hidden" name="offerId" value={offer.id} />
        {isBox ? (
          <p className="text-sm text-slate-600">
            A PteroBox is a pool of resources: once it is ready, you create your own servers in it, with the games{" "}
            {eggs.map((candidate) => candidate.name).join(", ")}, and share its memory, disk and CPU between them as
            you like.
          </p>
        ) : (
          <EggChoice eggs={eggs} value={eggId} onChange={setEggId} error={failed?.fieldErrors?.eggId?.[0]} />
        )}
        {options.length > 0 && (
          <fieldset>
            <legend className="mb-3 text-sm font-semibold text-slate-900">Options</legend>
            <OptionInputs
              options={options}
              values={values}
              onChange={(id, value) => setValues({ ...values, [id]: value })}
              errors={failed?.fieldErrors}
            />
          </fieldset>
        )}
        {!isBox && egg && <EggVariableFields key={eggId} variables={egg.variables} errors={failed?.fieldErrors} />}
      </div>
      <div className="space-y-4 lg:sticky lg:top-6 lg:self-start">
        <Summary offer={offer} options={options} values={values} />
        <SubmitButton pendingLabel="Placing your order…" className="w-full">
          Order now
        </SubmitButton>
        <p className="text-center text-xs text-slate-500">
          {isBox ? "Your box is ready right after you order." : "Your server is set up right after you order."}
        </p>
      </div>
    </form>
  );
};

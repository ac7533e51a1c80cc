"use client";

import { useActionState, useState } from "react";
import { OptionInputs } from "@/components/offers/option-inputs";
import { inputClasses } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Offer, OfferOptionRow } from "@/lib/db/schema";
import { formatPricePerPeriod } from "@/lib/offers/billing";
import { configureOffer } from "@/lib/offers/configure";
import { validateEggEnvironment } from "@/lib/panels/rules/egg-variables";
import type { EggVariable } from "@/lib/panels/types";
import { formatMegabytes } from "@/lib/utils";

type Action = (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;
export type OrderEgg = { eggId: string; name: string; variables: Array<EggVariable & { required: boolean }> };

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
  const rows = [
    ["Memory", limits.memoryMb === 0 ? "Unlimited" : formatMegabytes(limits.memoryMb)],
    ["Disk", limits.diskMb === 0 ? "Unlimited" : formatMegabytes(limits.diskMb)],
    [
      "CPU",
      limits.cpuPercent === 0
        ? "Unlimited"
        : `${limits.cpuPercent / 100} core${limits.cpuPercent === 100 ? "" : "s"}`,
    ],
    ["Databases", limits.databases],
    ["Backups", limits.backups],
    ["Location", locationLabel],
    ["Dedicated IP", dedicatedIp ? "Yes" : "No"],
  ];

  return (
    <aside className="rounded-lg bg-slate-50 p-5 ring-1 ring-slate-200" aria-label="Order summary">
      <h2 className="text-sm font-semibold text-slate-900">Your server</h2>
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

/** Egg, options and egg variables, checked with the egg's own rules as the customer types. */
export const OrderForm = ({
  action,
  offer,
  eggs,
  options,
}: {
  action: Action;
  offer: Offer;
  eggs: OrderEgg[];
  options: OfferOptionRow[];
}) => {
  const [state, formAction] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : undefined;
  const [eggId, setEggId] = useState(eggs[0]?.eggId ?? "");
  const [values, setValues] = useState<Record<string, string>>({});
  const [environment, setEnvironment] = useState<Record<string, string>>({});
  const [local, setLocal] = useState<Record<string, string>>({});
  const egg = eggs.find((candidate) => candidate.eggId === eggId);
  const check = (variable: EggVariable, value: string) => {
    const [problem] = validateEggEnvironment([variable], { [variable.envVariable]: value });
    setLocal((current) => ({ ...current, [variable.envVariable]: problem?.message ?? "" }));
  };

  return (
    <form action={formAction} className="grid gap-8 lg:grid-cols-[1fr_20rem]" noValidate>
      <div className="space-y-8">
        <FormMessage state={state} />
        <input type="hidden" name="offerId" value={offer.id} />
        {eggs.length > 1 ? (
          <fieldset>
            <legend className="mb-2 text-sm font-semibold text-slate-900">Game</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {eggs.map((candidate) => (
                <label
                  key={candidate.eggId}
                  className="has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-500 flex cursor-pointer items-center gap-3 rounded-md p-3 text-sm ring-1 ring-slate-200"
                >
                  <input
                    type="radio"
                    name="eggId"
                    value={candidate.eggId}
                    checked={eggId === candidate.eggId}
                    onChange={() => setEggId(candidate.eggId)}
                  />
                  <span className="font-medium text-slate-900">{candidate.name}</span>
                </label>
              ))}
            </div>
            {failed?.fieldErrors?.eggId && (
              <p className="mt-1 text-xs font-medium text-red-600">{failed.fieldErrors.eggId[0]}</p>
            )}
          </fieldset>
        ) : (
          <input type="hidden" name="eggId" value={eggId} />
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
        {egg && egg.variables.length > 0 && (
          <fieldset className="space-y-4">
            <legend className="mb-3 text-sm font-semibold text-slate-900">Server settings</legend>
            {egg.variables.map((variable) => {
              const name = `env:${variable.envVariable}`;
              const error = local[variable.envVariable] || failed?.fieldErrors?.[name]?.[0];
              const id = `field-env-${variable.envVariable}`;

              return (
                <div key={`${eggId}-${variable.envVariable}`}>
                  <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-800">
                    {variable.name} {variable.required && <span className="text-red-600">*</span>}
                  </label>
                  <input
                    id={id}
                    name={name}
                    value={environment[variable.envVariable] ?? variable.defaultValue}
                    onChange={(event) =>
                      setEnvironment({ ...environment, [variable.envVariable]: event.target.value })
                    }
                    onBlur={(event) => check(variable, event.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={`${id}-help`}
                    className={inputClasses(Boolean(error))}
                  />
                  <p
                    id={`${id}-help`}
                    className={
                      error ? "mt-1 text-xs font-medium text-red-600" : "mt-1 text-xs text-slate-500"
                    }
                  >
                    {error || variable.description}
                  </p>
                </div>
              );
            })}
          </fieldset>
        )}
      </div>
      <div className="space-y-4 lg:sticky lg:top-6 lg:self-start">
        <Summary offer={offer} options={options} values={values} />
        <SubmitButton pendingLabel="Placing your order…" className="w-full">
          Order now
        </SubmitButton>
        <p className="text-center text-xs text-slate-500">Your server is set up right after you order.</p>
      </div>
    </form>
  );
};

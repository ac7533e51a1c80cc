"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { FieldError } from "@/components/forms/field-error";
import { inputClasses } from "@/components/forms/form-field";
import { keepSelectedOnReset } from "@/components/forms/keep-on-reset";
import type { OfferOptionRow } from "@/lib/db/schema";
import { formatPrice } from "@/lib/offers/billing";
import { resourcePrice, resourceValues } from "@/lib/offers/configure";
import {
  RESOURCE_INFO,
  dedicatedIpOptionConfig,
  locationOptionConfig,
  resourceOptionConfig,
  textOptionConfig,
} from "@/lib/validations/offer-option";

const extra = (cents: number) => (cents > 0 ? ` (+${formatPrice(cents)})` : "");

/** The customer's inputs for an offer's options, named `option:<id>`, controlled by `values`. */
export const OptionInputs = ({
  options,
  values,
  onChange,
  errors = {},
}: {
  options: OfferOptionRow[];
  values: Record<string, string>;
  onChange: (id: string, value: string) => void;
  errors?: Record<string, string[] | undefined>;
}) => (
  <div className="space-y-4">
    {options.map((option) => {
      const name = `option:${option.id}`;
      const id = `field-option-${option.id}`;
      const error = errors[name]?.[0];
      const errorId = `${id}-error`;
      const describedBy = error ? errorId : undefined;
      const errorLine = <FieldError id={errorId} error={error} />;
      if (option.kind === "resource") {
        const config = resourceOptionConfig.parse(option.config);
        const allowed = resourceValues(config);
        const current = values[option.id] ?? String(allowed[0] ?? 0);
        const unit = RESOURCE_INFO[config.resource].unit;

        return (
          <div key={option.id}>
            <label htmlFor={id} className="mb-1.5 flex justify-between text-sm font-medium text-slate-800">
              <span>{option.label}</span>
              <span className="text-slate-600">
                +{current} {unit}
                {extra(resourcePrice(config, Number(current)))}
              </span>
            </label>
            {config.control === "slider" ? (
              <input
                id={id}
                name={name}
                type="range"
                min={config.min}
                max={config.max}
                step={config.step}
                value={current}
                onChange={(event) => onChange(option.id, event.target.value)}
                aria-describedby={describedBy}
                className="accent-brand-600 w-full"
              />
            ) : (
              <select
                id={id}
                name={name}
                value={current}
                ref={keepSelectedOnReset(current)}
                onChange={(event) => onChange(option.id, event.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                className={inputClasses(Boolean(error))}
              >
                {allowed.map((amount) => (
                  <option key={amount} value={amount}>
                    +{amount} {unit}
                    {extra(resourcePrice(config, amount))}
                  </option>
                ))}
              </select>
            )}
            {errorLine}
          </div>
        );
      }
      if (option.kind === "location") {
        const { choices } = locationOptionConfig.parse(option.config);

        return (
          <div key={option.id}>
            <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-800">
              {option.label}
            </label>
            <select
              id={id}
              name={name}
              value={values[option.id] ?? choices[0]?.locationId}
              ref={keepSelectedOnReset(values[option.id] ?? choices[0]?.locationId)}
              onChange={(event) => onChange(option.id, event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className={inputClasses(Boolean(error))}
            >
              {choices.map((choice) => (
                <option key={choice.locationId} value={choice.locationId}>
                  {choice.label}
                  {extra(choice.priceCents)}
                </option>
              ))}
            </select>
            {errorLine}
          </div>
        );
      }
      if (option.kind === "dedicated_ip") {
        const { priceCents } = dedicatedIpOptionConfig.parse(option.config);

        return (
          <div key={option.id}>
            <CheckboxField
              name={name}
              label={`${option.label}${extra(priceCents)}`}
              checked={values[option.id] === "on"}
              onChange={(event) => onChange(option.id, event.target.checked ? "on" : "")}
              aria-describedby={describedBy}
            />
            {errorLine}
          </div>
        );
      }
      const config = textOptionConfig.parse(option.config);

      return (
        <div key={option.id}>
          <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-800">
            {option.label}
            {extra(config.priceCents)}
          </label>
          <input
            id={id}
            name={name}
            value={values[option.id] ?? ""}
            onChange={(event) => onChange(option.id, event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : config.help ? `${id}-help` : undefined}
            className={inputClasses(Boolean(error))}
          />
          {config.help && !error && (
            <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">
              {config.help}
            </p>
          )}
          {errorLine}
        </div>
      );
    })}
  </div>
);

"use client";

import { inputClasses } from "@/components/forms/form-field";
import { keepCheckedOnReset, keepSelectedOnReset } from "@/components/forms/keep-on-reset";
import { PriceInput } from "@/components/admin/offers/price-input";
import type { EditableOption, OfferFormCatalog } from "@/lib/offers/form-types";
import { RESOURCES, RESOURCE_INFO, type ResourceOptionConfig } from "@/lib/validations/offer-option";

type Props<K extends EditableOption["kind"]> = {
  option: Extract<EditableOption, { kind: K }>;
  update: (option: EditableOption) => void;
  idPrefix: string;
};

const NumberInput = ({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
}) => (
  <div>
    <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
      {label}
    </label>
    <input
      id={id}
      type="number"
      inputMode="numeric"
      value={value}
      onChange={(event) => onChange(Number(event.target.value))}
      className={inputClasses(false)}
    />
  </div>
);

/** `allowServers`: only a box sells extra servers. */
export const ResourceOptionFields = ({
  option,
  update,
  idPrefix,
  allowServers,
}: Props<"resource"> & { allowServers: boolean }) => {
  const config = option.config as ResourceOptionConfig;
  const set = (changes: Partial<ResourceOptionConfig>) =>
    update({ ...option, config: { ...config, ...changes } });
  const unit = RESOURCE_INFO[config.resource].unit;

  return (
    <div className="grid gap-3 sm:grid-cols-4">
      <div>
        <label htmlFor={`${idPrefix}-resource`} className="mb-1 block text-xs font-medium text-slate-700">
          Resource
        </label>
        <select
          id={`${idPrefix}-resource`}
          value={config.resource}
          ref={keepSelectedOnReset(config.resource)}
          onChange={(event) => set({ resource: event.target.value as ResourceOptionConfig["resource"] })}
          className={inputClasses(false)}
        >
          {RESOURCES.filter((resource) => allowServers || resource !== "servers").map((resource) => (
            <option key={resource} value={resource}>
              {RESOURCE_INFO[resource].label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-control`} className="mb-1 block text-xs font-medium text-slate-700">
          Control
        </label>
        <select
          id={`${idPrefix}-control`}
          value={config.control}
          ref={keepSelectedOnReset(config.control)}
          onChange={(event) => set({ control: event.target.value as "slider" | "dropdown" })}
          className={inputClasses(false)}
        >
          <option value="slider">Slider</option>
          <option value="dropdown">Dropdown</option>
        </select>
      </div>
      {config.control === "slider" ? (
        <>
          <NumberInput
            id={`${idPrefix}-min`}
            label={`From ${unit}`}
            value={config.min}
            onChange={(min) => set({ min })}
          />
          <NumberInput
            id={`${idPrefix}-max`}
            label={`To ${unit}`}
            value={config.max}
            onChange={(max) => set({ max })}
          />
          <NumberInput
            id={`${idPrefix}-step`}
            label={`Step ${unit}`}
            value={config.step}
            onChange={(step) => set({ step })}
          />
        </>
      ) : (
        <div className="sm:col-span-2">
          <label htmlFor={`${idPrefix}-values`} className="mb-1 block text-xs font-medium text-slate-700">
            Values {unit && `(${unit})`}, comma separated
          </label>
          <input
            id={`${idPrefix}-values`}
            defaultValue={config.values.join(", ")}
            onChange={(event) =>
              set({
                values: event.target.value
                  .split(",")
                  .map((part) => Number(part.trim()))
                  .filter((value) => Number.isFinite(value) && value >= 0),
              })
            }
            className={inputClasses(false)}
          />
        </div>
      )}
      <NumberInput
        id={`${idPrefix}-unit`}
        label={`Priced per ${unit || "unit"}`}
        value={config.unitSize}
        onChange={(unitSize) => set({ unitSize })}
      />
      <PriceInput
        id={`${idPrefix}-price`}
        label="Price per unit"
        cents={config.unitPriceCents}
        onChange={(unitPriceCents) => set({ unitPriceCents })}
      />
    </div>
  );
};

export const LocationOptionFields = ({
  option,
  update,
  idPrefix,
  catalog,
}: Props<"location"> & { catalog: OfferFormCatalog }) => {
  const { choices } = option.config;
  const toggle = (id: string, label: string, on: boolean) =>
    update({
      ...option,
      config: {
        choices: on
          ? [...choices, { locationId: id, label, priceCents: 0 }]
          : choices.filter((c) => c.locationId !== id),
      },
    });

  return (
    <div className="space-y-2">
      {catalog.locations.map((location) => {
        const choice = choices.find((candidate) => candidate.locationId === location.id);

        return (
          <div key={location.id} className="flex flex-wrap items-end gap-3">
            <label className="flex min-w-48 items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={Boolean(choice)}
                ref={keepCheckedOnReset(Boolean(choice))}
                onChange={(event) => toggle(location.id, location.label, event.target.checked)}
              />
              {location.label}
            </label>
            {choice && (
              <PriceInput
                id={`${idPrefix}-${location.id}`}
                label="Extra price"
                cents={choice.priceCents}
                onChange={(priceCents) =>
                  update({
                    ...option,
                    config: {
                      choices: choices.map((c) => (c.locationId === location.id ? { ...c, priceCents } : c)),
                    },
                  })
                }
              />
            )}
          </div>
        );
      })}
    </div>
  );
};

export const TextOptionFields = ({
  option,
  update,
  idPrefix,
  variables,
}: Props<"text"> & { variables: Array<{ envVariable: string; name: string }> }) => (
  <div className="grid gap-3 sm:grid-cols-3">
    <div className="sm:col-span-2">
      <label htmlFor={`${idPrefix}-key`} className="mb-1 block text-xs font-medium text-slate-700">
        Key (pterodactyl_custom_&lt;VARIABLE&gt; or wisp_custom_&lt;VARIABLE&gt;)
      </label>
      <input
        id={`${idPrefix}-key`}
        value={option.key}
        onChange={(event) => update({ ...option, key: event.target.value })}
        className={inputClasses(false)}
        list={`${idPrefix}-vars`}
      />
      <datalist id={`${idPrefix}-vars`}>
        {variables.map((variable) => (
          <option
            key={variable.envVariable}
            value={`${option.key.startsWith("wisp") ? "wisp" : "pterodactyl"}_custom_${variable.envVariable.toLowerCase()}`}
          >
            {variable.name}
          </option>
        ))}
      </datalist>
    </div>
    <PriceInput
      id={`${idPrefix}-price`}
      label="Price"
      cents={option.config.priceCents}
      onChange={(priceCents) => update({ ...option, config: { ...option.config, priceCents } })}
    />
    <div className="sm:col-span-3">
      <label htmlFor={`${idPrefix}-help`} className="mb-1 block text-xs font-medium text-slate-700">
        Help shown to the customer
      </label>
      <input
        id={`${idPrefix}-help`}
        value={option.config.help}
        onChange={(event) => update({ ...option, config: { ...option.config, help: event.target.value } })}
        className={inputClasses(false)}
      />
    </div>
  </div>
);

"use client";

import { Plus, Trash2 } from "lucide-react";
import { useId } from "react";
import {
  LocationOptionFields,
  ResourceOptionFields,
  TextOptionFields,
} from "@/components/admin/offers/option-fields";
import { PriceInput } from "@/components/admin/offers/price-input";
import { FieldError } from "@/components/forms/field-error";
import { inputClasses } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import type { EditableOption, OfferFormCatalog } from "@/lib/offers/form-types";
import type { OfferKind } from "@/lib/validations/offer";
import { offerOptionSchema } from "@/lib/validations/offer-option";

const KIND_LABELS: Record<EditableOption["kind"], string> = {
  resource: "Extra resource (slider or dropdown)",
  location: "Location (dropdown)",
  dedicated_ip: "Dedicated IP (checkbox)",
  text: "Egg variable asked to the customer (text)",
};

/**
 * An option being edited, with a key of its own for React: keyed by position, removing a row would hand its
 * inputs' local state (typed prices, uncontrolled fields) to the row moving up. Never sent to the server.
 */
export type OptionRow = EditableOption & { rowKey: string };

let lastRowKey = 0;
const withRowKey = (option: EditableOption): OptionRow => ({
  ...option,
  rowKey: `option-row-${++lastRowKey}`,
});

/** Rows for the options an offer already has. */
export const toOptionRows = (options: EditableOption[]): OptionRow[] => options.map(withRowKey);

const toSaved = (rows: OptionRow[]): EditableOption[] => rows.map(({ rowKey: _rowKey, ...option }) => option);

const defaultOption = (
  kind: EditableOption["kind"],
  panelKind: string,
  catalog: OfferFormCatalog,
): EditableOption => {
  switch (kind) {
    case "resource":
      return {
        kind,
        label: "Extra memory",
        config: {
          resource: "memory",
          control: "slider",
          min: 0,
          max: 4096,
          step: 1024,
          values: [],
          unitSize: 1024,
          unitPriceCents: 100,
        },
      };
    case "location":
      return {
        kind,
        label: "Location",
        config: {
          choices: catalog.locations
            .slice(0, 1)
            .map((l) => ({ locationId: l.id, label: l.label, priceCents: 0 })),
        },
      };
    case "dedicated_ip":
      return { kind, label: "Dedicated IP", config: { priceCents: 200 } };
    case "text":
      return { kind, label: "", key: `${panelKind}_custom_`, config: { help: "", priceCents: 0 } };
  }
};

const newOption = (kind: EditableOption["kind"], panelKind: string, catalog: OfferFormCatalog): OptionRow =>
  withRowKey(defaultOption(kind, panelKind, catalog));

/**
 * Priced extras on the order form. Each is checked here with the server's own rules as it is edited. A
 * box sells extra servers but no dedicated IP; a server offer the reverse.
 */
export const OptionsEditor = ({
  options,
  onChange,
  catalog,
  panelKind,
  offerKind,
  variables,
  error,
}: {
  options: OptionRow[];
  onChange: (options: OptionRow[]) => void;
  catalog: OfferFormCatalog;
  panelKind: string;
  offerKind: OfferKind;
  variables: Array<{ envVariable: string; name: string }>;
  error?: string;
}) => {
  const id = useId();
  const isBox = offerKind === "pterobox";
  const kinds = (Object.keys(KIND_LABELS) as EditableOption["kind"][]).filter(
    (kind) => !(isBox && kind === "dedicated_ip"),
  );
  // The fields hand back plain options: the row keeps its key.
  const update = (index: number) => (option: EditableOption) =>
    onChange(options.map((current, i) => (i === index ? { ...option, rowKey: current.rowKey } : current)));

  return (
    <div className="space-y-3">
      <input type="hidden" name="options" value={JSON.stringify(toSaved(options))} />
      {options.length === 0 && (
        <p className="text-sm text-slate-600">No options: the offer is sold as it is.</p>
      )}
      {options.map((option, index) => {
        const problem = offerOptionSchema.safeParse(option).error?.issues[0]?.message;
        const idPrefix = `option-${index}`;

        return (
          <div
            key={option.rowKey}
            className="space-y-3 rounded-md p-4 ring-1 ring-slate-200"
            data-testid={idPrefix}
          >
            <div className="flex flex-wrap items-end gap-3">
              <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
                {KIND_LABELS[option.kind]}
              </p>
              <div className="min-w-48 flex-1">
                <label
                  htmlFor={`${idPrefix}-label`}
                  className="mb-1 block text-xs font-medium text-slate-700"
                >
                  Label shown to customers
                </label>
                <input
                  id={`${idPrefix}-label`}
                  value={option.label}
                  onChange={(event) => update(index)({ ...option, label: event.target.value })}
                  className={inputClasses(false)}
                />
              </div>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => onChange(options.filter((_, i) => i !== index))}
                aria-label={`Remove option ${option.label || index + 1}`}
              >
                <Trash2 aria-hidden className="size-4" />
              </Button>
            </div>
            {option.kind === "resource" && (
              <ResourceOptionFields
                option={option}
                update={update(index)}
                idPrefix={idPrefix}
                allowServers={isBox}
              />
            )}
            {option.kind === "location" && (
              <LocationOptionFields
                option={option}
                update={update(index)}
                idPrefix={idPrefix}
                catalog={catalog}
              />
            )}
            {option.kind === "dedicated_ip" && (
              <PriceInput
                id={`${idPrefix}-price`}
                label="Price"
                cents={option.config.priceCents}
                onChange={(priceCents) => update(index)({ ...option, config: { priceCents } })}
              />
            )}
            {option.kind === "text" && (
              <TextOptionFields
                option={option}
                update={update(index)}
                idPrefix={idPrefix}
                variables={variables}
              />
            )}
            <FieldError id={`${idPrefix}-problem`} error={problem} />
          </div>
        );
      })}
      <div className="flex flex-wrap gap-2">
        {kinds.map((kind) => (
          <Button
            key={kind}
            variant="secondary"
            size="sm"
            onClick={() => onChange([...options, newOption(kind, panelKind, catalog)])}
          >
            <Plus aria-hidden className="size-4" />
            {KIND_LABELS[kind].replace(/ \(.*\)$/, "")}
          </Button>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
};

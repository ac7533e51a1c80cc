"use client";

import { useActionState, useId, useMemo, useState } from "react";
import { FormSection } from "@/components/admin/offers/form-section";
import { OptionsEditor, toOptionRows } from "@/components/admin/offers/options-editor";
import { PortVariablesField } from "@/components/admin/offers/port-variables-field";
import { BoxResourceFields, ServerResourceFields } from "@/components/admin/offers/resource-fields";
import { TemplateField } from "@/components/admin/offers/template-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FieldError } from "@/components/forms/field-error";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormAction } from "@/lib/actions/action-result";
import { BILLING_PERIODS } from "@/lib/offers/billing";
import type { OfferFormCatalog, OfferFormCurrent } from "@/lib/offers/form-types";
import type { OfferKind } from "@/lib/validations/offer";

const PERIODS = Object.entries(BILLING_PERIODS).map(([value, { adjective }]) => ({
  value,
  label: adjective,
}));

/**
 * Create and edit Pterodactyl/Wisp offers and PteroBoxes (a pool of resources customers split into
 * servers): every field of the module, each validated with a message beside it.
 */
export const OfferForm = ({
  action,
  kind,
  connection,
  catalog,
  current,
}: {
  action: FormAction;
  kind: OfferKind;
  connection: { id: string; name: string; kind: string };
  catalog: OfferFormCatalog;
  current?: OfferFormCurrent;
}) => {
  const isBox = kind === "pterobox";
  const eggsId = useId();
  const [state, formAction] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const value = (name: string, fallback: string | number | null | undefined) =>
    failed?.values?.[name] ?? (fallback === null || fallback === undefined ? undefined : String(fallback));
  const [eggRefs, setEggRefs] = useState<string[]>(current?.eggRefs ?? []);
  const [portVariables, setPortVariables] = useState<string[]>(current?.portVariables ?? []);
  const [nameTemplate, setNameTemplate] = useState(
    current?.serverNameTemplate ?? "%product_name% #%service_id%",
  );
  const [descriptionTemplate, setDescriptionTemplate] = useState(
    current?.serverDescriptionTemplate ?? "Ordered by %owner_email%",
  );
  const [options, setOptions] = useState(() => toOptionRows(current?.options ?? []));
  const [flags, setFlags] = useState({
    isActive: current?.isActive ?? true,
    dedicatedIp: !isBox && (current?.dedicatedIp ?? false),
    startOnCompletion: current?.startOnCompletion ?? true,
  });
  const eggs = useMemo(() => catalog.nests.flatMap((nest) => nest.eggs), [catalog]);
  const chosen = eggs.filter((egg) => eggRefs.includes(egg.ref));
  // Port variables must exist in every chosen egg; integer rules are the likely ones.
  const sharedVariables = (chosen[0]?.variables ?? []).filter((variable) =>
    chosen.every((egg) => egg.variables.some((v) => v.envVariable === variable.envVariable)),
  );
  const portCandidates = sharedVariables.filter(
    (variable) => /integer|numeric/.test(variable.rules) || portVariables.includes(variable.envVariable),
  );

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      {current && <input type="hidden" name="offerId" value={current.id} />}
      <input type="hidden" name="connectionId" value={connection.id} />
      <input type="hidden" name="offerType" value={kind} />
      {Object.entries(flags).map(
        ([name, on]) => on && <input key={name} type="hidden" name={name} value="on" />,
      )}

      <FormSection title="Offer" description="What customers see in the catalogue.">
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            name="name"
            label="Name"
            defaultValue={value("name", current?.name)}
            errors={errors.name}
          />
          <div className="grid grid-cols-2 gap-3">
            <FormField
              name="price"
              label="Price"
              inputMode="decimal"
              defaultValue={value("price", current ? (current.priceCents / 100).toFixed(2) : undefined)}
              errors={errors.price}
            />
            <SelectField
              name="billingPeriod"
              label="Billed"
              options={PERIODS}
              defaultValue={value("billingPeriod", current?.billingPeriod ?? "month")}
              errors={errors.billingPeriod}
            />
          </div>
        </div>
        <TextareaField
          name="description"
          label="Description"
          defaultValue={value("description", current?.description)}
          errors={errors.description}
        />
        <CheckboxField
          label="On sale"
          hint="Hidden offers cannot be ordered; existing services keep running."
          checked={flags.isActive}
          onChange={(event) => setFlags({ ...flags, isActive: event.target.checked })}
        />
      </FormSection>

      <FormSection
        title="Panel"
        description={`Delivered on ${connection.name} (${connection.kind === "wisp" ? "Wisp" : "Pterodactyl"}).`}
      >
        <SelectField
          name="locationId"
          label="Location"
          options={[
            { value: "", label: "Choose a location…" },
            ...catalog.locations.map((location) => ({ value: location.id, label: location.label })),
          ]}
          defaultValue={value("locationId", current?.locationId)}
          errors={errors.locationId}
        />
        <div>
          <p className="mb-1.5 text-sm font-medium text-slate-800" id={`${eggsId}-label`}>
            Eggs{" "}
            <span className="font-normal text-slate-500">
              {isBox ? "(customers choose one for each server)" : "(with several, the customer picks one)"}
            </span>
          </p>
          <div
            className="grid gap-2 sm:grid-cols-2"
            role="group"
            aria-labelledby={`${eggsId}-label`}
            aria-describedby={errors.eggs ? `${eggsId}-error` : undefined}
          >
            {catalog.nests.map((nest) =>
              nest.eggs.map((egg) => (
                <CheckboxField
                  key={egg.ref}
                  name="eggs"
                  value={egg.ref}
                  label={egg.name}
                  hint={nest.name}
                  checked={eggRefs.includes(egg.ref)}
                  onChange={(event) =>
                    setEggRefs(
                      event.target.checked ? [...eggRefs, egg.ref] : eggRefs.filter((ref) => ref !== egg.ref),
                    )
                  }
                />
              )),
            )}
          </div>
          <FieldError id={`${eggsId}-error`} error={errors.eggs?.[0]} />
        </div>
      </FormSection>

      {isBox ? (
        <BoxResourceFields value={value} errors={errors} current={current} panelKind={connection.kind} />
      ) : (
        <ServerResourceFields
          value={value}
          errors={errors}
          current={current}
          panelKind={connection.kind}
          dedicatedIp={flags.dedicatedIp}
          onDedicatedIpChange={(dedicatedIp) => setFlags({ ...flags, dedicatedIp })}
        />
      )}

      <FormSection title="Ports">
        <FormField
          name="portRange"
          label={isBox ? "Port range per server" : "Ports to assign"}
          placeholder="30120, 30100-30200"
          hint={`Optional${isBox ? ": each server's ports come from it" : ""}. Ports 1025–65535; a range at most 1000 ports wide.`}
          defaultValue={value("portRange", current?.portRange)}
          errors={errors.portRange}
        />
        {!isBox && (
          <PortVariablesField
            candidates={portCandidates}
            selected={portVariables}
            onChange={setPortVariables}
            error={errors.portVariables?.[0]}
          />
        )}
      </FormSection>

      <FormSection
        title="Server name and description"
        description={
          isBox
            ? "Default name and description of each server created in the box: templates filled in at order time."
            : "Templates filled in at order time."
        }
      >
        <TemplateField
          name="serverNameTemplate"
          label="Server name"
          value={nameTemplate}
          onChange={setNameTemplate}
          error={errors.serverNameTemplate?.[0]}
        />
        <TemplateField
          name="serverDescriptionTemplate"
          label="Server description"
          value={descriptionTemplate}
          onChange={setDescriptionTemplate}
          error={errors.serverDescriptionTemplate?.[0]}
        />
        <CheckboxField
          label="Start the server once installed"
          checked={flags.startOnCompletion}
          onChange={(event) => setFlags({ ...flags, startOnCompletion: event.target.checked })}
        />
      </FormSection>

      <FormSection
        title="Options"
        description="Priced extras customers choose when ordering (and can change later)."
      >
        <OptionsEditor
          options={options}
          onChange={setOptions}
          catalog={catalog}
          panelKind={connection.kind}
          offerKind={kind}
          variables={sharedVariables}
          error={errors.options?.[0]}
        />
      </FormSection>

      <SubmitButton pendingLabel="Saving…">
        {`${current ? "Save" : "Create"} ${isBox ? "PteroBox" : "offer"}`}
      </SubmitButton>
    </form>
  );
};

"use client";

import { useActionState, useMemo, useState } from "react";
import { FormSection } from "@/components/admin/offers/form-section";
import { OptionsEditor } from "@/components/admin/offers/options-editor";
import { TemplateField } from "@/components/admin/offers/template-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import type { ActionResult } from "@/lib/actions/action-result";
import { BILLING_PERIODS } from "@/lib/offers/billing";
import type { EditableOption, OfferFormCatalog, OfferFormCurrent } from "@/lib/offers/form-types";

type Action = (state: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;

const PERIODS = Object.entries(BILLING_PERIODS).map(([value, { adjective }]) => ({
  value,
  label: adjective,
}));

/** Create and edit Pterodactyl/Wisp offers: every field of the module, each validated with a message beside it. */
export const OfferForm = ({
  action,
  connection,
  catalog,
  current,
}: {
  action: Action;
  connection: { id: string; name: string; kind: string };
  catalog: OfferFormCatalog;
  current?: OfferFormCurrent;
}) => {
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
  const [options, setOptions] = useState<EditableOption[]>(current?.options ?? []);
  const [flags, setFlags] = useState({
    isActive: current?.isActive ?? true,
    dedicatedIp: current?.dedicatedIp ?? false,
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
          <p className="mb-1.5 text-sm font-medium text-slate-800" id="eggs-label">
            Eggs <span className="font-normal text-slate-500">(with several, the customer picks one)</span>
          </p>
          <div className="grid gap-2 sm:grid-cols-2" role="group" aria-labelledby="eggs-label">
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
          {errors.eggs && <p className="mt-1 text-xs font-medium text-red-600">{errors.eggs[0]}</p>}
        </div>
      </FormSection>

      <FormSection title="Resources" description="Per server, in the panel's units.">
        <div className="grid gap-4 sm:grid-cols-4">
          <FormField
            name="memoryMb"
            label="Memory (MB)"
            type="number"
            defaultValue={value("memoryMb", current?.memoryMb ?? 2048)}
            errors={errors.memoryMb}
          />
          <FormField
            name="diskMb"
            label="Disk (MB)"
            type="number"
            defaultValue={value("diskMb", current?.diskMb ?? 10240)}
            errors={errors.diskMb}
          />
          <FormField
            name="cpuPercent"
            label="CPU (%)"
            type="number"
            hint="100 = one core, 0 = unlimited"
            defaultValue={value("cpuPercent", current?.cpuPercent ?? 100)}
            errors={errors.cpuPercent}
          />
          <FormField
            name="swapMb"
            label="Swap (MB)"
            type="number"
            hint="−1 = unlimited"
            defaultValue={value("swapMb", current?.swapMb ?? 0)}
            errors={errors.swapMb}
          />
          <FormField
            name="io"
            label="Block IO weight"
            type="number"
            hint="10–1000"
            defaultValue={value("io", current?.io ?? 500)}
            errors={errors.io}
          />
          <FormField
            name="databases"
            label="Databases"
            type="number"
            defaultValue={value("databases", current?.databases ?? 0)}
            errors={errors.databases}
          />
          <FormField
            name="backups"
            label="Backups"
            type="number"
            defaultValue={value("backups", current?.backups ?? 0)}
            errors={errors.backups}
          />
          <FormField
            name="allocations"
            label="Allocations"
            type="number"
            defaultValue={value("allocations", current?.allocations ?? 1)}
            errors={errors.allocations}
          />
          {connection.kind === "wisp" && (
            <FormField
              name="backupSizeMb"
              label="Backup size (MB)"
              type="number"
              hint="Blank = the disk size"
              defaultValue={value("backupSizeMb", current?.backupSizeMb)}
              errors={errors.backupSizeMb}
            />
          )}
        </div>
        <CheckboxField
          label="Dedicated IP"
          hint="The server's IP hosts no other server."
          checked={flags.dedicatedIp}
          onChange={(event) => setFlags({ ...flags, dedicatedIp: event.target.checked })}
        />
      </FormSection>

      <FormSection title="Ports">
        <FormField
          name="portRange"
          label="Ports to assign"
          placeholder="30120, 30100-30200"
          hint="Optional. Ports 1025–65535; a range at most 1000 ports wide."
          defaultValue={value("portRange", current?.portRange)}
          errors={errors.portRange}
        />
        <div>
          <p className="mb-1.5 text-sm font-medium text-slate-800" id="port-variables-label">
            Extra ports for egg variables
          </p>
          {portCandidates.length === 0 ? (
            <p className="text-sm text-slate-600">
              Choose eggs first: variables they share that hold numbers appear here (RCON_PORT, QUERY_PORT…).
            </p>
          ) : (
            <div className="grid gap-2 sm:grid-cols-3" role="group" aria-labelledby="port-variables-label">
              {portCandidates.map((variable) => (
                <CheckboxField
                  key={variable.envVariable}
                  name="portVariables"
                  value={variable.envVariable}
                  label={variable.envVariable}
                  hint={variable.name}
                  checked={portVariables.includes(variable.envVariable)}
                  onChange={(event) =>
                    setPortVariables(
                      event.target.checked
                        ? [...portVariables, variable.envVariable]
                        : portVariables.filter((v) => v !== variable.envVariable),
                    )
                  }
                />
              ))}
            </div>
          )}
          <p className="mt-1 text-xs text-slate-500">
            Each gets a port of its own on the server&apos;s node, written into the variable.
          </p>
          {errors.portVariables && (
            <p className="mt-1 text-xs font-medium text-red-600">{errors.portVariables[0]}</p>
          )}
        </div>
      </FormSection>

      <FormSection title="Server name and description" description="Templates filled in at order time.">
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
          variables={sharedVariables}
          error={errors.options?.[0]}
        />
      </FormSection>

      <SubmitButton pendingLabel="Saving…">{current ? "Save offer" : "Create offer"}</SubmitButton>
    </form>
  );
};

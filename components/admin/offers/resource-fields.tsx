"use client";

import { FormSection } from "@/components/admin/offers/form-section";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormField } from "@/components/forms/form-field";
import type { OfferFormCurrent } from "@/lib/offers/form-types";

type Props = {
  /** The echoed value after a failed save, else the fallback, as the input's default. */
  value: (name: string, fallback: string | number | null | undefined) => string | undefined;
  errors: Record<string, string[] | undefined>;
  current?: OfferFormCurrent;
  panelKind: string;
};

/** A whole-number field, defaulting to the offer's current value. */
const countField = (
  { value, errors, current }: Props,
  name: keyof OfferFormCurrent,
  label: string,
  fallback: number | null,
  hint?: string,
) => (
  <FormField
    name={name}
    label={label}
    type="number"
    hint={hint}
    defaultValue={value(name, current ? (current[name] as number | null) : fallback)}
    errors={errors[name]}
  />
);

/** A server offer's limits, per server, in the panel's units. */
export const ServerResourceFields = ({
  dedicatedIp,
  onDedicatedIpChange,
  ...props
}: Props & { dedicatedIp: boolean; onDedicatedIpChange: (on: boolean) => void }) => {
  const field = (name: keyof OfferFormCurrent, label: string, fallback: number, hint?: string) =>
    countField(props, name, label, fallback, hint);

  return (
    <FormSection title="Resources" description="Per server, in the panel's units.">
      <div className="grid gap-4 sm:grid-cols-4">
        {field("memoryMb", "Memory (MB)", 2048)}
        {field("diskMb", "Disk (MB)", 10240)}
        {field("cpuPercent", "CPU (%)", 100, "100 = one core, 0 = unlimited")}
        {field("swapMb", "Swap (MB)", 0, "−1 = unlimited")}
        {field("io", "Block IO weight", 500, "10–1000")}
        {field("databases", "Databases", 0)}
        {field("backups", "Backups", 0)}
        {field("allocations", "Allocations", 1)}
        {props.panelKind === "wisp" &&
          countField(props, "backupSizeMb", "Backup size (MB)", null, "Blank = the disk size")}
      </div>
      <CheckboxField
        label="Dedicated IP"
        hint="The server's IP hosts no other server."
        checked={dedicatedIp}
        onChange={(event) => onDedicatedIpChange(event.target.checked)}
      />
    </FormSection>
  );
};

/** "1.5" from 1536 MB; exact, so saving the form again changes nothing. */
const inUnits = (amount: number | undefined, per: number) =>
  amount === undefined ? undefined : String(amount / per);

/** A PteroBox's totals (in GB and cores, none unlimited) and what each of its servers gets. */
export const BoxResourceFields = (props: Props) => {
  const { value, errors, current, panelKind } = props;
  const decimal = (name: string, label: string, fallback: string | undefined, hint?: string) => (
    <FormField
      name={name}
      label={label}
      type="number"
      step="any"
      min="0"
      inputMode="decimal"
      hint={hint}
      defaultValue={value(name, fallback)}
      errors={errors[name]}
    />
  );
  const count = (name: keyof OfferFormCurrent, label: string, fallback: number, hint?: string) =>
    countField(props, name, label, fallback, hint);

  return (
    <>
      <FormSection
        title="Box totals"
        description="Shared by all the servers the customer creates in the box. Options can raise each total."
      >
        <div className="grid gap-4 sm:grid-cols-4">
          {decimal("memoryGb", "Memory (GB, total)", inUnits(current?.memoryMb, 1024) ?? "8")}
          {decimal("diskGb", "Disk (GB, total)", inUnits(current?.diskMb, 1024) ?? "50")}
          {decimal(
            "cpuCores",
            "CPU (cores, total)",
            inUnits(current?.cpuPercent, 100) ?? "4",
            "1 = one core (100 %)",
          )}
          {count("maxServers", "Servers allowed", 5, "At least 1")}
          {count("databases", "Databases (total)", 5)}
          {count("allocations", "Allocations (total)", 10, "At least one per server")}
          {count("backups", "Backups (total)", 5)}
        </div>
      </FormSection>
      <FormSection title="Per server" description="Applied to each server created in the box.">
        <div className="grid gap-4 sm:grid-cols-4">
          {count("io", "IO weight (per server)", 500, "10–1000")}
          {count("swapMb", "Swap (MB, per server)", 0, "−1 = unlimited")}
          {panelKind === "wisp" &&
            countField(
              props,
              "backupSizeMb",
              "Backup size (MB, per server)",
              null,
              "Blank = the server's disk size",
            )}
        </div>
      </FormSection>
    </>
  );
};

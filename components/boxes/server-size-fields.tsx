"use client";

import { FormField } from "@/components/forms/form-field";
import { type BoxAmounts, SERVER_MINIMUMS, type ServerSize, sizeErrors } from "@/lib/boxes/quota";
import { formatMegabytes } from "@/lib/utils";

/** The size fields as typed (a field may be empty or half-typed while the customer edits it). */
export type SizeText = Record<keyof ServerSize, string>;

const FIELDS: Array<{ name: keyof ServerSize; noun: string; label: string; step: number; left: (n: number) => string }> = [
  { name: "memoryMb", noun: "Memory", label: "Memory (MB)", step: 128, left: (n) => `${formatMegabytes(n)} left` },
  { name: "diskMb", noun: "Disk", label: "Disk (MB)", step: 256, left: (n) => `${formatMegabytes(n)} left` },
  { name: "cpuPercent", noun: "CPU", label: "CPU (%)", step: 10, left: (n) => `${n}% left (100 = one core)` },
  { name: "databases", noun: "Databases", label: "Databases", step: 1, left: (n) => `${n} left` },
  { name: "backups", noun: "Backups", label: "Backups", step: 1, left: (n) => `${n} left` },
  { name: "allocations", noun: "Allocations", label: "Allocations", step: 1, left: (n) => `${n} left (at least one)` },
];

export const sizeText = (size: ServerSize) =>
  Object.fromEntries(FIELDS.map(({ name }) => [name, String(size[name])])) as SizeText;

/**
 * What the server would answer about a size, before sending it: each field a whole number at least its
 * minimum (the schema's words), then the box's quota (the ledger's words).
 */
export const checkSize = (text: SizeText, totals: BoxAmounts, usedByOthers: BoxAmounts) => {
  const errors: Record<string, string[]> = {};
  for (const { name, noun } of FIELDS) {
    const value = Number(text[name]);
    if (text[name].trim() === "" || !Number.isInteger(value)) errors[name] = [`${noun} must be a whole number.`];
    else if (value < SERVER_MINIMUMS[name]) errors[name] = [`${noun} must be at least ${SERVER_MINIMUMS[name]}.`];
  }
  if (Object.keys(errors).length > 0) return errors;
  const size = Object.fromEntries(FIELDS.map(({ name }) => [name, Number(text[name])])) as ServerSize;

  return sizeErrors(totals, usedByOthers, size);
};

/** A server's share of the box; each field says what is left. */
export const ServerSizeFields = ({
  values,
  left,
  onChange,
  errors = {},
  idPrefix,
}: {
  values: SizeText;
  left: ServerSize;
  onChange: (values: SizeText) => void;
  errors?: Record<string, string[] | undefined>;
  idPrefix: string;
}) => (
  <div className="grid gap-4 sm:grid-cols-3">
    {FIELDS.map(({ name, label, step, left: leftText }) => (
      <FormField
        key={name}
        id={`${idPrefix}-${name}`}
        name={name}
        label={label}
        type="number"
        inputMode="numeric"
        min={SERVER_MINIMUMS[name]}
        max={left[name]}
        step={step}
        value={values[name]}
        onChange={(event) => onChange({ ...values, [name]: event.target.value })}
        hint={leftText(left[name])}
        errors={errors[name]}
      />
    ))}
  </div>
);

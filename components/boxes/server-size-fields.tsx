"use client";

import { FormField } from "@/components/forms/form-field";
import type { ServerSize as Size } from "@/lib/boxes/quota";
import { formatMegabytes } from "@/lib/utils";

const FIELDS: Array<{ name: keyof Size; label: string; step: number; min: number; left: (n: number) => string }> = [
  { name: "memoryMb", label: "Memory (MB)", step: 128, min: 128, left: (n) => `${formatMegabytes(n)} left` },
  { name: "diskMb", label: "Disk (MB)", step: 256, min: 256, left: (n) => `${formatMegabytes(n)} left` },
  { name: "cpuPercent", label: "CPU (%)", step: 10, min: 10, left: (n) => `${n}% left (100 = one core)` },
  { name: "databases", label: "Databases", step: 1, min: 0, left: (n) => `${n} left` },
  { name: "backups", label: "Backups", step: 1, min: 0, left: (n) => `${n} left` },
  { name: "allocations", label: "Allocations", step: 1, min: 1, left: (n) => `${n} left (at least one)` },
];

/** A server's share of the box; each field says what is left and cannot go beyond it. */
export const ServerSizeFields = ({ values, left, onChange, errors = {}, idPrefix }: { values: Size; left: Size; onChange: (values: Size) => void; errors?: Record<string, string[] | undefined>; idPrefix: string }) => (
  <div className="grid gap-4 sm:grid-cols-3">
    {FIELDS.map(({ name, label, step, min, left: leftText }) => (
      <FormField
        key={name}
        id={`${idPrefix}-${name}`}
        name={name}
        label={label}
        type="number"
        inputMode="numeric"
        min={min}
        max={left[name]}
        step={step}
        value={values[name]}
        onChange={(event) => onChange({ ...values, [name]: Number(event.target.value) })}
        hint={leftText(left[name])}
        errors={errors[name]}
      />
    ))}
  </div>
);

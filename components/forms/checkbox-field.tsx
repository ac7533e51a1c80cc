import type { ComponentProps, ReactNode } from "react";
import { keepCheckedOnReset } from "@/components/forms/keep-on-reset";

/** A labelled checkbox with an optional hint line. */
export const CheckboxField = ({
  label,
  hint,
  ...input
}: Omit<ComponentProps<"input">, "type"> & { label: ReactNode; hint?: string }) => (
  <label className="flex items-start gap-3 text-sm">
    <input
      type="checkbox"
      className="text-brand-600 focus:ring-brand-500 mt-0.5 size-4 rounded border-slate-300"
      ref={input.checked === undefined ? undefined : keepCheckedOnReset(Boolean(input.checked))}
      {...input}
    />
    <span>
      <span className="font-medium text-slate-800">{label}</span>
      {hint && <span className="block text-xs text-slate-500">{hint}</span>}
    </span>
  </label>
);

import type { ComponentProps, ReactNode } from "react";
import { FieldError } from "@/components/forms/field-error";
import { cn } from "@/lib/utils";

type Props = Omit<ComponentProps<"input">, "name"> & {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
};

export const inputClasses = (invalid: boolean) =>
  cn(
    "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset",
    "placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:outline-none",
    invalid ? "ring-red-400 focus:ring-red-500" : "ring-slate-300 focus:ring-brand-500",
  );

/** A labelled input with its hint and its first error, wired for screen readers. */
export const FormField = ({ name, label, hint, errors, id, className, ...input }: Props) => {
  const inputId = id ?? `field-${name}`;
  const error = errors?.[0];
  const describedBy = [hint && `${inputId}-hint`, error && `${inputId}-error`].filter(Boolean).join(" ");

  return (
    <div className={className}>
      <label htmlFor={inputId} className="mb-1.5 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={inputClasses(Boolean(error))}
        {...input}
      />
      {hint && !error && (
        <p id={`${inputId}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${inputId}-error`} error={error} />
    </div>
  );
};

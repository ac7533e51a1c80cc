import type { ComponentProps } from "react";
import { FieldError } from "@/components/forms/field-error";
import { inputClasses } from "@/components/forms/form-field";

type Props = Omit<ComponentProps<"textarea">, "name"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export const TextareaField = ({ name, label, hint, errors, id, className, ...textarea }: Props) => {
  const fieldId = id ?? `field-${name}`;
  const error = errors?.[0];

  return (
    <div className={className}>
      <label htmlFor={fieldId} className="mb-1.5 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={fieldId}
        name={name}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined}
        className={inputClasses(Boolean(error))}
        {...textarea}
      />
      {hint && !error && (
        <p id={`${fieldId}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${fieldId}-error`} error={error} />
    </div>
  );
};

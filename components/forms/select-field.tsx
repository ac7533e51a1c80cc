import type { ComponentProps } from "react";
import { FieldError } from "@/components/forms/field-error";
import { inputClasses } from "@/components/forms/form-field";
import { keepSelectedOnReset } from "@/components/forms/keep-on-reset";

type Props = Omit<ComponentProps<"select">, "name"> & {
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  hint?: string;
  errors?: string[];
};

export const SelectField = ({ name, label, options, hint, errors, id, className, ...select }: Props) => {
  const selectId = id ?? `field-${name}`;
  const error = errors?.[0];

  return (
    <div className={className}>
      <label htmlFor={selectId} className="mb-1.5 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={selectId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${selectId}-error` : hint ? `${selectId}-hint` : undefined}
        className={inputClasses(Boolean(error))}
        ref={keepSelectedOnReset(select.value ?? select.defaultValue)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && !error && (
        <p id={`${selectId}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${selectId}-error`} error={error} />
    </div>
  );
};

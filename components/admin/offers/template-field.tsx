"use client";

import { useRef } from "react";
import { FieldError } from "@/components/forms/field-error";
import { inputClasses } from "@/components/forms/form-field";
import { PREVIEW_VALUES, TEMPLATE_VARIABLES, renderTemplate } from "@/lib/offers/templates";

/** A template input with clickable variables and a live preview rendered with sample values. */
export const TemplateField = ({
  name,
  label,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) => {
  const input = useRef<HTMLInputElement>(null);
  const insert = (variable: string) => {
    const element = input.current;
    const at = element?.selectionStart ?? value.length;
    const next = `${value.slice(0, at)}%${variable}%${value.slice(element?.selectionEnd ?? at)}`;
    onChange(next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(at + variable.length + 2, at + variable.length + 2);
    });
  };
  const preview = renderTemplate(value, PREVIEW_VALUES);
  const errorId = `field-${name}-error`;

  return (
    <div>
      <label htmlFor={`field-${name}`} className="mb-1.5 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        ref={input}
        id={`field-${name}`}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${name}-preview` : `${name}-preview`}
        className={inputClasses(Boolean(error))}
      />
      <FieldError id={errorId} error={error} />
      <p id={`${name}-preview`} className="mt-1.5 text-xs text-slate-600" data-testid={`${name}-preview`}>
        Preview: <span className="font-medium text-slate-900">{preview || "—"}</span>
      </p>
      <div className="mt-2 flex flex-wrap gap-1.5" aria-label={`Variables for ${label.toLowerCase()}`}>
        {Object.entries(TEMPLATE_VARIABLES).map(([variable, meaning]) => (
          <button
            key={variable}
            type="button"
            title={meaning}
            onClick={() => insert(variable)}
            className="hover:bg-brand-50 hover:text-brand-700 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[11px] text-slate-700"
          >
            %{variable}%
          </button>
        ))}
      </div>
    </div>
  );
};

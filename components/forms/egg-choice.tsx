"use client";

import { useId } from "react";
import { FieldError } from "@/components/forms/field-error";
import { keepCheckedOnReset } from "@/components/forms/keep-on-reset";

/** The game to install, as cards with radio buttons; a single game is sent without asking. */
export const EggChoice = ({
  eggs,
  value,
  onChange,
  error,
  legend = "Game",
}: {
  eggs: Array<{ eggId: string; name: string }>;
  value: string;
  onChange: (eggId: string) => void;
  error?: string;
  legend?: string;
}) => {
  const errorId = `${useId()}-error`;

  return eggs.length > 1 ? (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-sm font-semibold text-slate-900">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {eggs.map((candidate) => (
          <label
            key={candidate.eggId}
            className="has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-500 flex cursor-pointer items-center gap-3 rounded-md p-3 text-sm ring-1 ring-slate-200"
          >
            <input
              type="radio"
              name="eggId"
              value={candidate.eggId}
              checked={value === candidate.eggId}
              ref={keepCheckedOnReset(value === candidate.eggId)}
              onChange={() => onChange(candidate.eggId)}
            />
            <span className="font-medium text-slate-900">{candidate.name}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  ) : (
    <>
      <input type="hidden" name="eggId" value={value} />
      {error && <p className="text-sm font-medium text-red-600">{error}</p>}
    </>
  );
};

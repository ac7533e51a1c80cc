"use client";

import { useState } from "react";
import { inputClasses } from "@/components/forms/form-field";

/** A money amount typed as "1.50", held as cents. */
export const PriceInput = ({
  cents,
  onChange,
  label,
  id,
}: {
  cents: number;
  onChange: (cents: number) => void;
  label: string;
  id: string;
}) => {
  const [text, setText] = useState((cents / 100).toFixed(2));

  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const value = Number(event.target.value.replace(",", "."));
          if (Number.isFinite(value) && value >= 0) onChange(Math.round(value * 100));
        }}
        className={inputClasses(false)}
      />
    </div>
  );
};

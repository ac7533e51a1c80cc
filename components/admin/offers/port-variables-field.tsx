"use client";

import { useId } from "react";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FieldError } from "@/components/forms/field-error";

type Variable = { envVariable: string; name: string };

/** Egg variables that each get a port of their own; only variables every chosen egg has are offered. */
export const PortVariablesField = ({
  candidates,
  selected,
  onChange,
  error,
}: {
  candidates: Variable[];
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
}) => {
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div>
      <p className="mb-1.5 text-sm font-medium text-slate-800" id={labelId}>
        Extra ports for egg variables
      </p>
      {candidates.length === 0 ? (
        <p className="text-sm text-slate-600">
          Choose eggs first: variables they share that hold numbers appear here (RCON_PORT, QUERY_PORT…).
        </p>
      ) : (
        <div
          className="grid gap-2 sm:grid-cols-3"
          role="group"
          aria-labelledby={labelId}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        >
          {candidates.map((variable) => (
            <CheckboxField
              key={variable.envVariable}
              name="portVariables"
              value={variable.envVariable}
              label={variable.envVariable}
              hint={variable.name}
              checked={selected.includes(variable.envVariable)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, variable.envVariable]
                    : selected.filter((v) => v !== variable.envVariable),
                )
              }
            />
          ))}
        </div>
      )}
      <p id={hintId} className="mt-1 text-xs text-slate-500">
        Each gets a port of its own on the server&apos;s node, written into the variable.
      </p>
      <FieldError id={errorId} error={error} />
    </div>
  );
};

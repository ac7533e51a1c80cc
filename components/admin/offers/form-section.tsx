import type { ReactNode } from "react";

/** A titled group of fields inside a long form; sections after the first are set off by a rule. */
export const FormSection = ({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) => (
  <fieldset className="space-y-4 [&:not(:first-of-type)]:border-t [&:not(:first-of-type)]:border-slate-200 [&:not(:first-of-type)]:pt-6">
    <legend className="contents">
      <span className="block text-base font-semibold text-slate-900">{title}</span>
      {description && <span className="mb-3 block text-sm text-slate-600">{description}</span>}
    </legend>
    {children}
  </fieldset>
);

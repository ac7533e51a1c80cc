"use client";

import { LoaderCircle } from "lucide-react";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** The form's submit button: disabled with a spinner and `pendingLabel` while the action runs. */
export const SubmitButton = ({
  children,
  pendingLabel,
  variant,
  className,
  disabled = false,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  /** Also disabled when the form knows it would be refused. */
  disabled?: boolean;
}) => {
  const { pending } = useFormStatus();

  return (
    <Button type="submit" variant={variant} disabled={pending || disabled} aria-disabled={pending || disabled} className={className}>
      {pending && <LoaderCircle aria-hidden className="size-4 animate-spin" />}
      {pending ? pendingLabel : children}
    </Button>
  );
};

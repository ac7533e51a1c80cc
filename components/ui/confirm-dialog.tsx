"use client";

import { type ReactNode, useActionState, useEffect, useId, useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions/action-result";

/**
 * A button that opens a modal asking for confirmation before running `action` (destructive changes).
 * The dialog stays open to show a refusal ("still used by 3 offers").
 */
export const ConfirmDialog = ({
  trigger,
  title,
  children,
  confirmLabel,
  pendingLabel,
  action,
  hidden,
  triggerSize,
}: {
  trigger: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  action: FormAction;
  hidden: Record<string, string>;
  triggerSize?: "sm" | "md";
}) => {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction] = useActionState(action, undefined);
  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);

  return (
    <>
      <Button variant="danger" size={triggerSize} onClick={() => dialog.current?.showModal()}>
        {trigger}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form action={formAction} className="space-y-4 p-6">
          <HiddenFields fields={hidden} />
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <div className="text-sm text-slate-600">{children}</div>
          <FormMessage state={state} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <SubmitButton variant="danger" pendingLabel={pendingLabel}>
              {confirmLabel}
            </SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
};

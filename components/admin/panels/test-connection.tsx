"use client";

import { useActionState } from "react";
import { ConnectionChecks } from "@/components/admin/panels/connection-checks";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { testPanelConnectionAction } from "@/lib/actions/admin/panels/test-panel-connection";
import type { ConnectionCheck } from "@/lib/panels/types";

/** "Test connection" with the checks of the last run (stored) until a new run replaces them. */
export const TestConnection = ({
  connectionId,
  lastChecks,
}: {
  connectionId: string;
  lastChecks: ConnectionCheck[] | null;
}) => {
  const [state, action] = useActionState(testPanelConnectionAction, undefined);
  const checks = state?.ok ? state.data : lastChecks;

  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="connectionId" value={connectionId} />
        <SubmitButton pendingLabel="Testing…">Test connection</SubmitButton>
        {state && !state.ok && <FormMessage state={state} />}
      </form>
      {checks ? (
        <ConnectionChecks checks={checks} />
      ) : (
        <p className="text-sm text-slate-600">
          Not tested yet: run the test to check the address and both keys.
        </p>
      )}
    </div>
  );
};

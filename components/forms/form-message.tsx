import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/action-result";

/** The form-level outcome of an action: its error, or its success message. */
export const FormMessage = ({ state }: { state: ActionResult<unknown> | undefined }) => {
  if (!state) return null;
  if (!state.ok) return <Alert tone="error">{state.error}</Alert>;
  if (state.message) return <Alert tone="success">{state.message}</Alert>;

  return null;
};

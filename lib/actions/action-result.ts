import type { ErrorCode, FieldErrors } from "@/lib/errors";

/** What every server action returns, ready for `useActionState`. */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; code: ErrorCode; fieldErrors?: FieldErrors; values?: Record<string, string> };

/** A server action as forms take it: `useActionState(action, undefined)`. */
export type FormAction<T = undefined> = (
  state: ActionResult<T> | undefined,
  formData: FormData,
) => Promise<ActionResult<T>>;

import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { assertAdmin, assertUser, getCurrentUser, type SessionUser } from "@/lib/auth/guards";
import { customerPanelMessage } from "@/lib/actions/panel-error-message";
import { AppError, DEFAULT_MESSAGES } from "@/lib/errors";
import { PanelError } from "@/lib/panels/errors";

type Access = "public" | "user" | "admin";
type UserFor<A extends Access> = A extends "public" ? SessionUser | null : SessionUser;

type HandlerResult<T> = { data?: T; message?: string } | void;

/** Form values echoed back after a failure so nothing typed is lost; secrets are never echoed. */
const echoValues = (formData: FormData) => {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !/password|secret|api_?key|token/i.test(key) && !key.startsWith("$")) {
      values[key] = value;
    }
  }

  return values;
};

const formDataToObject = (formData: FormData) => {
  const object: Record<string, unknown> = {};
  for (const [key, value] of formData) {
    if (key.startsWith("$")) continue; // React's own action fields
    const existing = object[key];
    if (existing === undefined) object[key] = value;
    else object[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }

  return object;
};

/**
 * Builds a `(prevState, formData)` server action that (1) checks who is calling, (2) validates the form
 * with `schema`, (3) runs `handler`, and turns an `AppError` into a result the form can show (a panel's
 * refusal in customer words unless an admin is calling). Anything else is logged and reported as a
 * generic failure. `redirect()` and `notFound()` pass through.
 */
export const createAction =
  <S extends z.ZodType, A extends Access, T = undefined>({
    access,
    schema,
    handler,
  }: {
    access: A;
    schema: S;
    handler: (args: { input: z.infer<S>; user: UserFor<A>; formData: FormData }) => Promise<HandlerResult<T>>;
  }) =>
  async (_prev: ActionResult<T> | undefined, formData: FormData): Promise<ActionResult<T>> => {
    const values = echoValues(formData);
    let caller: SessionUser | null = null;
    try {
      const user = (
        access === "admin"
          ? await assertAdmin()
          : access === "user"
            ? await assertUser()
            : await getCurrentUser()
      ) as UserFor<A>;
      caller = user;
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return {
          ok: false,
          code: "VALIDATION",
          error: DEFAULT_MESSAGES.VALIDATION,
          fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
          values,
        };
      }
      const result = await handler({ input: parsed.data, user, formData });

      return { ok: true, ...(result ?? {}) };
    } catch (err) {
      unstable_rethrow(err);
      if (err instanceof PanelError && caller?.role !== "admin") {
        console.warn("[action] panel refused a customer's request:", err.kind, err.message);

        return { ok: false, code: err.code, error: customerPanelMessage(err), values };
      }
      if (err instanceof AppError) {
        // A field error is shown beside its field; the top of the form only points there.
        const error = err.fieldErrors ? DEFAULT_MESSAGES.VALIDATION : err.message;

        return { ok: false, code: err.code, error, fieldErrors: err.fieldErrors, values };
      }
      console.error("[action] unexpected failure", err);

      return { ok: false, code: "INTERNAL", error: DEFAULT_MESSAGES.INTERNAL, values };
    }
  };

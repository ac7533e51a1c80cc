import type { Violation } from "@/lib/panels/rules/validator";
import type { Flavor } from "@/lib/panels/simulator/model";

/** An error the simulated panel answers with; `code` is the panel's exception class name. */
export class SimHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

/** A 422 carrying every failed rule. */
export class SimValidationError extends Error {
  constructor(readonly violations: Violation[]) {
    super("validation failed");
  }
}

export const notFound = () =>
  new SimHttpError(404, "NotFoundHttpException", "The requested resource could not be found on the server.");

export const unauthorizedAction = () =>
  new SimHttpError(403, "AccessDeniedHttpException", "This action is unauthorized.");

/** Business-rule failures (Pterodactyl's DisplayException family) are 400s with a readable detail. */
export const displayError = (detail: string, code = "DisplayException") =>
  new SimHttpError(400, code, detail);

export const GENERIC_500 =
  "An unexpected error was encountered while processing this request, please try again.";

// Wisp answers with rule names and dotted codes instead of exception class names.
const WISP_CODES: Record<string, string> = {
  NotFoundHttpException: "not_found",
  AuthenticationException: "unauthenticated",
  AccessDeniedHttpException: "forbidden",
  ThrottleRequestsException: "too_many_requests",
  NoViableNodeException: "deployment.no_viable_nodes",
  NoViableAllocationException: "deployment.no_viable_allocations",
  ConflictHttpException: "conflict",
  DaemonConnectionException: "daemon.connection_failed",
  BadRequestHttpException: "bad_request",
  MethodNotAllowedHttpException: "method_not_allowed",
};

type ErrorBody = { errors: Array<Record<string, unknown>> };

export const errorBody = (flavor: Flavor, error: SimHttpError | SimValidationError): ErrorBody => {
  if (error instanceof SimValidationError) {
    return {
      errors: error.violations.map((violation) =>
        flavor === "wisp"
          ? { code: violation.rule, detail: violation.message, source: { field: violation.field } }
          : {
              code: "ValidationException",
              status: "422",
              detail: violation.message,
              meta: { source_field: violation.field, rule: violation.rule },
            },
      ),
    };
  }
  const code = flavor === "wisp" ? (WISP_CODES[error.code] ?? error.code) : error.code;

  return { errors: [{ code, status: String(error.status), detail: error.detail }] };
};

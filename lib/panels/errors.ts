import { AppError, type ErrorCode } from "@/lib/errors";

export type PanelErrorKind =
  /** No answer: connection refused or reset, DNS, TLS, timeout. The request may or may not have been applied. */
  | "unreachable"
  /** 401: the key is wrong, revoked or expired. */
  | "unauthorized"
  /** 403: the key lacks a permission, or is the wrong kind of key for this API. */
  | "forbidden"
  /** 404: no such user, server, egg… on the panel. */
  | "not_found"
  /** 422 (or a 400 about the input): the panel refused a field; `fields` says which and why. */
  | "validation"
  /** No node or allocation can take the server. */
  | "no_capacity"
  /** 409: the server's state forbids this now (installing, suspended, transferring). */
  | "conflict"
  /** 429 after our retries. */
  | "rate_limited"
  /** Anything else: a 5xx, an HTML page, an answer of the wrong shape. */
  | "unexpected";

export type PanelFieldError = { field: string; rule: string | null; message: string };

const CODE_FOR_KIND: Record<PanelErrorKind, ErrorCode> = {
  unreachable: "PANEL_UNREACHABLE",
  rate_limited: "PANEL_UNREACHABLE",
  unauthorized: "PANEL_REJECTED",
  forbidden: "PANEL_REJECTED",
  not_found: "PANEL_REJECTED",
  validation: "PANEL_REJECTED",
  no_capacity: "PANEL_REJECTED",
  conflict: "PANEL_REJECTED",
  unexpected: "PANEL_REJECTED",
};

/** Every failure of a panel call. `message` is readable English, never HTML or a stack trace. */
export class PanelError extends AppError {
  readonly kind: PanelErrorKind;
  readonly status?: number;
  /** The panel's own error code (`NoViableNodeException`, `required`, …), for admins. */
  readonly panelCode?: string;
  readonly fields: PanelFieldError[];
  readonly retryAfterMs?: number;

  constructor(
    kind: PanelErrorKind,
    message: string,
    options: {
      status?: number;
      panelCode?: string;
      fields?: PanelFieldError[];
      retryAfterMs?: number;
      cause?: unknown;
    } = {},
  ) {
    super(CODE_FOR_KIND[kind], message, { cause: options.cause });
    this.name = "PanelError";
    this.kind = kind;
    this.status = options.status;
    this.panelCode = options.panelCode;
    this.fields = options.fields ?? [];
    this.retryAfterMs = options.retryAfterMs;
  }

  /** True when the request may have been applied although we got no answer (look before retrying). */
  get outcomeUnknown(): boolean {
    return this.kind === "unreachable" || (this.kind === "unexpected" && (this.status ?? 0) >= 500);
  }
}

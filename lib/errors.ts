/** Every failure the portal reports to a user falls into one of these. */
export type ErrorCode =
  /** Nobody is signed in, or the session is no longer valid. */
  | "UNAUTHORIZED"
  /** Signed in, but this account may not do this. */
  | "FORBIDDEN"
  /** The thing does not exist, or belongs to someone else (we never say which). */
  | "NOT_FOUND"
  /** The input breaks a rule; `fieldErrors` says where. */
  | "VALIDATION"
  /** The action clashes with the current state (duplicate email, setup already done…). */
  | "CONFLICT"
  /** Too many attempts in a short time. */
  | "RATE_LIMITED"
  /** A resource pool has no room left for this. */
  | "QUOTA_EXCEEDED"
  /** A game panel could not be reached or timed out. */
  | "PANEL_UNREACHABLE"
  /** A game panel answered but refused the request. */
  | "PANEL_REJECTED"
  /** A bug or an unexpected outage; details go to the log, never to the user. */
  | "INTERNAL";

export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHORIZED: "Please sign in to continue.",
  FORBIDDEN: "You do not have access to this.",
  NOT_FOUND: "We could not find what you were looking for.",
  VALIDATION: "Please correct the highlighted fields.",
  CONFLICT: "This conflicts with the current state. Refresh and try again.",
  RATE_LIMITED: "Too many attempts. Please wait a moment and try again.",
  QUOTA_EXCEEDED: "There is not enough room left for this.",
  PANEL_UNREACHABLE: "The game panel could not be reached. Please try again shortly.",
  PANEL_REJECTED: "The game panel refused this request.",
  INTERNAL: "Something went wrong on our side. Please try again.",
};

export type FieldErrors = Record<string, string[]>;

/** An expected failure with a message that is safe to show to the user. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: ErrorCode, message?: string, options?: { fieldErrors?: FieldErrors; cause?: unknown }) {
    super(message ?? DEFAULT_MESSAGES[code], { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
  }
}

/** A validation failure on one field, with the message shown next to it. */
export const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", message, { fieldErrors: { [field]: [message] } });

/** Finds a PostgreSQL SQLSTATE through drizzle's error wrapping, on both drivers. */
const hasSqlState = (err: unknown, state: string): boolean => {
  for (let current = err, depth = 0; current && depth < 5; depth++) {
    if (typeof current === "object" && "code" in current && current.code === state) return true;
    current = (current as { cause?: unknown }).cause;
  }

  return false;
};

/** unique_violation (23505). */
export const isUniqueViolation = (err: unknown) => hasSqlState(err, "23505");

/** A row is still referenced: foreign_key_violation (23503), or restrict_violation (23001) for ON DELETE RESTRICT. */
export const isForeignKeyViolation = (err: unknown) => hasSqlState(err, "23503") || hasSqlState(err, "23001");

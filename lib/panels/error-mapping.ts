import { PanelError, type PanelErrorKind, type PanelFieldError } from "@/lib/panels/errors";

type RawError = {
  code?: unknown;
  status?: unknown;
  detail?: unknown;
  meta?: { source_field?: unknown; rule?: unknown };
  source?: { field?: unknown };
};

const MAX_DETAIL = 300;

/** Panel text made safe to show: no markup, no control characters, bounded length. */
export const cleanText = (value: unknown): string => {
  const text = String(value ?? "")
    .replace(/<[^>]*>/g, " ")
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text;
};

const rawErrors = (body: unknown): RawError[] => {
  if (!body || typeof body !== "object") return [];
  const errors = (body as { errors?: unknown }).errors;

  return Array.isArray(errors) ? (errors.filter((e) => e && typeof e === "object") as RawError[]) : [];
};

/** Field errors from either shape: Pterodactyl's `meta.source_field/rule` or Wisp's `source.field` + `code`. */
const fieldErrors = (errors: RawError[]): PanelFieldError[] =>
  errors
    .map((error) => {
      const field = error.meta?.source_field ?? error.source?.field;
      if (field === undefined) return undefined;
      const rule =
        error.meta?.rule ??
        (typeof error.code === "string" && !error.code.includes("Exception") ? error.code : null);

      return {
        field: cleanText(field),
        rule: rule === null || rule === undefined ? null : cleanText(rule),
        message: cleanText(error.detail),
      };
    })
    .filter((error): error is PanelFieldError => error !== undefined);

const NO_NODE = /NoViableNode|no_viable_node|eligible/i;
const NO_ALLOCATION = /NoViableAllocation|no_viable_allocation/i;

/** Classifies a non-2xx JSON answer; `what` names the call for the message ("creating the server"). */
export const errorFromResponse = (
  status: number,
  body: unknown,
  { what, retryAfterMs }: { what: string; retryAfterMs?: number },
): PanelError => {
  const errors = rawErrors(body);
  const first = errors[0];
  const code = typeof first?.code === "string" ? first.code : undefined;
  const detail = cleanText(first?.detail) || `HTTP ${status}`;
  const base = { status, panelCode: code };
  const fields = fieldErrors(errors);
  if (status === 422 || fields.length > 0) {
    const summary = fields
      .map((f) => `${f.field}: ${f.message}${f.rule ? ` (rule: ${f.rule})` : ""}`)
      .join("; ");

    return new PanelError("validation", `The panel refused ${what}: ${summary || detail}`, {
      ...base,
      fields,
    });
  }
  if (code && NO_NODE.test(code)) {
    return new PanelError(
      "no_capacity",
      "No node in the chosen location has enough free memory and disk for this server (the panel found no viable node).",
      base,
    );
  }
  if (code && NO_ALLOCATION.test(code)) {
    return new PanelError(
      "no_capacity",
      "No free allocation (IP and port) matches this server's requirements on the eligible nodes.",
      base,
    );
  }
  const kinds: Record<number, PanelErrorKind> = {
    400: "validation",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    429: "rate_limited",
  };
  const kind = kinds[status] ?? "unexpected";
  const messages: Partial<Record<PanelErrorKind, string>> = {
    unauthorized: "The panel rejected the API key: it is wrong, expired or revoked.",
    forbidden: `The panel refused ${what}: ${detail}`,
    not_found: `The panel has no such resource (${what}).`,
    rate_limited: "The panel's rate limit was reached; try again in a minute.",
  };
  const message =
    messages[kind] ??
    (status >= 500
      ? `The panel failed while ${what} (HTTP ${status}${code === "DaemonConnectionException" ? ", its node daemon did not answer" : ""}): ${detail}`
      : `The panel refused ${what}: ${detail}`);

  return new PanelError(kind, message, { ...base, retryAfterMs });
};

/** A fetch that never got an answer: refused, reset, DNS, TLS or our own timeout. */
export const errorFromNetwork = (
  err: unknown,
  { what, baseUrl, timeoutMs }: { what: string; baseUrl: string; timeoutMs: number },
) => {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (err as { code?: string })?.code ?? "";
  const name = (err as { name?: string })?.name ?? "";
  const host = new URL(baseUrl).host;
  let reason: string;
  if (name === "TimeoutError" || name === "AbortError")
    reason = `it did not answer within ${Math.round(timeoutMs / 1000)} s`;
  else if (code === "ECONNREFUSED")
    reason = `the connection to ${host} was refused (nothing listens on that port)`;
  else if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    reason = `the host name ${host.split(":")[0]} could not be resolved`;
  else if (
    code === "ECONNRESET" ||
    code === "UND_ERR_SOCKET" ||
    /socket|other side closed/i.test(cause?.message ?? "")
  ) {
    reason = "the connection was dropped before it answered";
  } else if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code)) reason = `its TLS certificate was rejected (${code})`;
  else reason = cleanText(cause?.message ?? (err as Error)?.message ?? "unknown network error");

  return new PanelError("unreachable", `Could not reach the panel while ${what}: ${reason}.`, {
    panelCode: code || name || undefined,
    cause: err,
  });
};

import type { IncomingMessage } from "node:http";
import { SimHttpError } from "@/lib/panels/simulator/http/errors";

const TRIM_EXCEPT = new Set(["password", "password_confirmation", "current_password"]);

/**
 * Laravel's TrimStrings + ConvertEmptyStringsToNull middleware, applied to the whole input:
 * strings trimmed (passwords excepted) and "" turned into null, at every depth.
 */
const normaliseInput = (value: unknown, key = ""): unknown => {
  if (typeof value === "string") {
    const trimmed = TRIM_EXCEPT.has(key) ? value : value.trim();

    return trimmed === "" ? null : trimmed;
  }
  if (Array.isArray(value)) return value.map((item) => normaliseInput(item));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseInput(v, k)]));
  }

  return value;
};

export const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });

/** The JSON body; a body without a JSON content type counts as empty, as Laravel does not parse it. */
export const parseBody = (raw: string, contentType: string | undefined): Record<string, unknown> => {
  if (!raw.trim() || !contentType?.toLowerCase().includes("json")) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new SimHttpError(
      400,
      "BadRequestHttpException",
      "The JSON data passed in the request appears to be malformed: Syntax error",
    );
  }
  const normalised = normaliseInput(parsed);

  return normalised && typeof normalised === "object" && !Array.isArray(normalised)
    ? (normalised as Record<string, unknown>)
    : {};
};

/** `filter[email]=x` → `{ email: "x" }`; other params stay flat. */
export const parseQuery = (url: URL) => {
  const filters: Record<string, string> = {};
  const params: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    const match = /^filter\[(.+)\]$/.exec(key);
    if (match?.[1]) filters[match[1]] = value;
    else params[key] = value;
  }

  return { filters, params };
};

import type { ServerResponse } from "node:http";
import type { SimResponse } from "@/lib/panels/simulator/context";
import { GENERIC_500, SimHttpError, SimValidationError, errorBody } from "@/lib/panels/simulator/http/errors";
import type { Flavor } from "@/lib/panels/simulator/model";

export const sendJson = (res: ServerResponse, { status, body, headers = {} }: SimResponse) => {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers);
    res.end();

    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
};

export const htmlPage = (status: number, title: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><h1>${status}</h1><p>${title}</p></body></html>`;

/**
 * Turns a thrown error into the panel's answer. Without a JSON Accept header Laravel answers like a web
 * page: a 401 redirects to the login page, a 422 redirects back, anything else is HTML.
 */
export const errorResponse = (
  error: unknown,
  {
    flavor,
    wantsJson,
    origin,
    referer,
  }: { flavor: Flavor; wantsJson: boolean; origin: string; referer?: string },
): SimResponse & { html?: string } => {
  const known =
    error instanceof SimHttpError || error instanceof SimValidationError
      ? error
      : new SimHttpError(500, error instanceof Error ? error.constructor.name : "Exception", GENERIC_500);
  if (!(error instanceof SimHttpError || error instanceof SimValidationError))
    console.error("[panel-sim] handler crashed:", error);
  const status = known instanceof SimValidationError ? 422 : known.status;
  const headers = known instanceof SimHttpError ? known.headers : {};
  if (!wantsJson) {
    if (status === 401) return { status: 302, headers: { Location: `${origin}/auth/login` } };
    if (status === 422) return { status: 302, headers: { Location: referer ?? `${origin}/` } };

    return {
      status,
      headers: { ...headers, "Content-Type": "text/html; charset=UTF-8" },
      html: htmlPage(status, known.message),
    };
  }

  return { status, headers, body: errorBody(flavor, known) };
};

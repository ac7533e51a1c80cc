import type { PanelSimulator } from "@/lib/panels/simulator/simulator";

export type RawResponse = { status: number; headers: Headers; json: unknown; text: string };

/** Plain fetch against the simulator, with full control over headers: for testing the fake itself. */
export const rawCall =
  (sim: PanelSimulator) =>
  async (
    method: string,
    path: string,
    {
      body,
      key = sim.keys.application,
      accept = "application/json",
      contentType = "application/json",
      raw,
    }: {
      body?: unknown;
      key?: string | null;
      accept?: string | null;
      contentType?: string | null;
      raw?: string;
    } = {},
  ): Promise<RawResponse> => {
    const headers: Record<string, string> = {};
    if (key) headers.Authorization = `Bearer ${key}`;
    if (accept) headers.Accept = accept;
    if (contentType && (body !== undefined || raw !== undefined)) headers["Content-Type"] = contentType;
    const response = await fetch(`${sim.url}${path}`, {
      method,
      headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
      redirect: "manual",
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }

    return { status: response.status, headers: response.headers, json, text };
  };

/** The first error object of an error envelope. */
export const firstError = (response: RawResponse) =>
  (response.json as { errors: Array<Record<string, unknown>> }).errors[0];
export const errorFields = (response: RawResponse) =>
  (response.json as { errors: Array<{ meta?: { source_field: string; rule: string } }> }).errors.map(
    (error) => `${error.meta?.source_field}:${error.meta?.rule}`,
  );

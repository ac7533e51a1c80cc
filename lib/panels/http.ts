import type { z } from "zod";
import { PanelError } from "@/lib/panels/errors";
import { cleanText, errorFromNetwork, errorFromResponse } from "@/lib/panels/error-mapping";

/** Reads are quick; writes wait on the panel's database; creation waits on the node daemon too. */
export type CallKind = "read" | "write" | "create";
const DEFAULT_TIMEOUTS: Record<CallKind, number> = { read: 10_000, write: 20_000, create: 60_000 };

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

export type PanelHttpOptions = {
  baseUrl: string;
  apiKey: string;
  accept: string;
  timeouts?: Partial<Record<CallKind, number>>;
  /** Retries of a GET after the first attempt. */
  maxRetries?: number;
  /** Upper bound for one wait, whatever Retry-After says. */
  maxRetryDelayMs?: number;
  /** Items per page when reading whole lists (the panels' default is 50; fewer pages is fewer calls). */
  pageSize?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
};

export type RequestOptions<S extends z.ZodType> = {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  kind?: CallKind;
  schema?: S;
  /** For messages: "creating the server". */
  what: string;
};

const parseRetryAfter = (value: string | null): number | undefined => {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);

  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
};

type Page = { data: unknown[]; meta?: { pagination?: { current_page: number; total_pages: number } } };

/**
 * The one HTTP client for both panels: JSON in and out, a timeout per call kind, GETs retried on
 * 429/502/503/504 and dropped connections with backoff that honours Retry-After. Mutations are never
 * retried blindly: only a 429, which the panel returns before doing anything, is retried.
 */
export class PanelHttp {
  private readonly options: Required<Omit<PanelHttpOptions, "timeouts">> & {
    timeouts: Record<CallKind, number>;
  };

  constructor(options: PanelHttpOptions) {
    this.options = {
      maxRetries: 3,
      maxRetryDelayMs: 10_000,
      pageSize: 100,
      fetchImpl: globalThis.fetch,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ""),
      timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
    };
  }

  get baseUrl() {
    return this.options.baseUrl;
  }

  async request<S extends z.ZodType>(request: RequestOptions<S>): Promise<z.infer<S>> {
    const { method, kind = method === "GET" ? "read" : "write" } = request;
    const maxAttempts = 1 + this.options.maxRetries;
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.once(request, kind)) as z.infer<S>;
      } catch (err) {
        if (!(err instanceof PanelError) || attempt >= maxAttempts) throw err;
        const retryable =
          err.kind === "rate_limited" ||
          (method === "GET" && (err.kind === "unreachable" || RETRYABLE_STATUS.has(err.status ?? 0)));
        if (!retryable) throw err;
        const backoff = 250 * 2 ** (attempt - 1) * (1 + Math.random() / 2);
        await this.options.sleep(Math.min(err.retryAfterMs ?? backoff, this.options.maxRetryDelayMs));
      }
    }
  }

  /** Every item of a paginated list, page after page, whatever the panel's default page size. */
  async getAll<S extends z.ZodType>(
    path: string,
    itemSchema: S,
    what: string,
    query: Record<string, string | number> = {},
  ) {
    const items: z.infer<S>[] = [];
    for (let page = 1; page <= 10_000; page++) {
      const result = (await this.request({
        method: "GET",
        path,
        query: { ...query, per_page: this.options.pageSize, page },
        what,
      })) as Page;
      if (!result || !Array.isArray(result.data)) throw this.shapeError(what, "the answer is not a list");
      for (const entry of result.data) items.push(this.parse(itemSchema, entry, what));
      const pagination = result.meta?.pagination;
      if (!pagination || result.data.length === 0 || pagination.current_page >= pagination.total_pages) break;
    }

    return items;
  }

  parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw this.shapeError(what, `${issue?.path.join(".") || "answer"}: ${issue?.message ?? "invalid"}`);
    }

    return parsed.data;
  }

  private shapeError(what: string, detail: string) {
    return new PanelError(
      "unexpected",
      `The panel's answer while ${what} had an unexpected shape (${cleanText(detail)}).`,
    );
  }

  private async once<S extends z.ZodType>(
    { method, path, query, body, schema, what }: RequestOptions<S>,
    kind: CallKind,
  ) {
    const url = new URL(`${this.options.baseUrl}${path}`);
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value));
    const timeoutMs = this.options.timeouts[kind];
    let response: Response;
    try {
      response = await this.options.fetchImpl(url, {
        method,
        headers: {
          Authorization: `Bearer ${this.options.apiKey}`,
          Accept: this.options.accept,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw errorFromNetwork(err, { what, baseUrl: this.options.baseUrl, timeoutMs });
    }
    const text = await response.text().catch(() => "");
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get("location") ?? "elsewhere";
      throw new PanelError(
        "unexpected",
        `The panel redirected ${what} to ${cleanText(location)}: check the address (http or https, path).`,
        {
          status: response.status,
        },
      );
    }
    const isJson = /json/i.test(response.headers.get("content-type") ?? "");
    let json: unknown;
    if (text && isJson) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    if (text && json === undefined) {
      const looksHtml = /^\s*</.test(text);
      throw new PanelError(
        "unexpected",
        `The address answered ${what} with ${looksHtml ? "an HTML page" : "something that is not JSON"} (HTTP ${response.status}), not the panel's API: check the address.`,
        { status: response.status },
      );
    }
    if (!response.ok) {
      throw errorFromResponse(response.status, json, {
        what,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
      });
    }

    return schema ? this.parse(schema, json, what) : json;
  }
}

import type { IncomingMessage } from "node:http";
import type { SimContext, SimResponse, SimSettings } from "@/lib/panels/simulator/context";
import { SimHttpError, notFound, unauthorizedAction } from "@/lib/panels/simulator/http/errors";
import { parseBody, parseQuery } from "@/lib/panels/simulator/http/request";
import type { MinuteLimiter } from "@/lib/panels/simulator/rate-limit";
import type { Router } from "@/lib/panels/simulator/router";
import type { SimStore } from "@/lib/panels/simulator/store";

export type PipelineDeps = { store: SimStore; settings: SimSettings; router: Router; limiter: MinuteLimiter };

const idVersionOf = (store: SimStore, accept: string): 1 | 2 =>
  store.flavor === "wisp" && /vnd\.wisp\.v2/i.test(accept) ? 2 : 1;

/**
 * Runs one API request through the panel's checks, in the panel's order: route (404/405), token (401),
 * rate limit (429), key kind, route-model bindings (404), root admin (403), key ACL (403), then the
 * handler (422 validation, 400/409 business rules). Throws SimHttpError / SimValidationError.
 */
export const runPipeline = async (
  deps: PipelineDeps,
  request: IncomingMessage,
  url: URL,
  rawBody: string,
  options: { wingsFailure?: boolean } = {},
): Promise<SimResponse> => {
  const { store, settings, router, limiter } = deps;
  const method = (request.method ?? "GET").toUpperCase();
  const matched = router.match(method, url.pathname);
  if (!matched) throw notFound();
  if (matched === "method_not_allowed") {
    throw new SimHttpError(
      405,
      "MethodNotAllowedHttpException",
      `The ${method} method is not supported for route ${url.pathname.slice(1)}.`,
    );
  }
  const { route, params } = matched;

  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
  const key = token ? store.keys.get(token) : undefined;
  const user = key && store.users.find((candidate) => candidate.id === key.userId);
  if (!key || !user || (key.expiresAt && key.expiresAt.getTime() < Date.now())) {
    throw new SimHttpError(401, "AuthenticationException", "Unauthenticated.");
  }
  const remoteIp = request.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "";
  if (key.allowedIps.length > 0 && !key.allowedIps.includes(remoteIp)) {
    throw new SimHttpError(
      403,
      "AccessDeniedHttpException",
      `This IP address (${remoteIp}) does not have permission to access the API using these credentials.`,
    );
  }

  // The router only matches a route under its own API's prefix.
  const { api } = route;
  const limit = api === "application" ? settings.applicationRateLimit : settings.clientRateLimit;
  const rate = limiter.hit(`${user.uuid}:${api}`, limit);
  const rateHeaders = {
    "X-RateLimit-Limit": String(rate.limit),
    "X-RateLimit-Remaining": String(rate.remaining),
  };
  if (!rate.allowed) {
    throw new SimHttpError(429, "ThrottleRequestsException", "Too Many Attempts.", {
      ...rateHeaders,
      "Retry-After": String(rate.retryAfterSeconds),
      "X-RateLimit-Reset": String(rate.resetAtSeconds),
    });
  }
  if (api === "client" && key.kind === "application") {
    throw new SimHttpError(
      403,
      "AccessDeniedHttpException",
      "You are attempting to use an application API key on an endpoint that requires a client API key.",
    );
  }

  const { filters, params: query } = parseQuery(url);
  const body = ["POST", "PATCH", "PUT", "DELETE"].includes(method)
    ? parseBody(rawBody, request.headers["content-type"])
    : {};
  const idVersion = idVersionOf(store, request.headers.accept ?? "");
  const ctx: SimContext = {
    store,
    flavor: store.flavor,
    settings,
    url,
    params,
    filters,
    query,
    body,
    key,
    user,
    idVersion,
    bound: {},
    wingsFailure: options.wingsFailure ?? false,
    id: (row) => (idVersion === 2 ? row.ulid : row.id),
    // A root admin's client key passes every ACL check.
    can: (resource, action) =>
      key.kind === "client" || (key.acl[resource] & (action === "read" ? 1 : 2)) !== 0,
  };

  route.bind?.(ctx);
  if (api === "application") {
    if (!user.rootAdmin) {
      throw new SimHttpError(
        403,
        "AccessDeniedHttpException",
        "This account does not have permission to access the API.",
      );
    }
    if (route.acl && !ctx.can(route.acl, method === "GET" ? "read" : "write")) throw unauthorizedAction();
  }
  const response = await route.handle(ctx);

  return { ...response, headers: { ...rateHeaders, ...response.headers } };
};

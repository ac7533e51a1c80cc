import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { CallLog } from "@/lib/panels/simulator/calls";
import type { SimResponse, SimSettings } from "@/lib/panels/simulator/context";
import { handleControl } from "@/lib/panels/simulator/control";
import { FaultInjector, type FaultAction } from "@/lib/panels/simulator/faults";
import { SimHttpError } from "@/lib/panels/simulator/http/errors";
import { readBody } from "@/lib/panels/simulator/http/request";
import type { Flavor } from "@/lib/panels/simulator/model";
import { runPipeline } from "@/lib/panels/simulator/pipeline";
import { MinuteLimiter } from "@/lib/panels/simulator/rate-limit";
import { errorResponse, htmlPage, sendJson } from "@/lib/panels/simulator/render";
import { Router } from "@/lib/panels/simulator/router";
import { clientRoutes } from "@/lib/panels/simulator/routes/client";
import { eggRoutes } from "@/lib/panels/simulator/routes/eggs";
import { infrastructureRoutes } from "@/lib/panels/simulator/routes/infrastructure";
import { serverCreateRoute } from "@/lib/panels/simulator/routes/server-create";
import { serverUpdateRoutes } from "@/lib/panels/simulator/routes/server-update";
import { serverRoutes } from "@/lib/panels/simulator/routes/servers";
import { userRoutes } from "@/lib/panels/simulator/routes/users";
import { wispRoutes } from "@/lib/panels/simulator/routes/wisp";
import { type SeedKeys, seedStore } from "@/lib/panels/simulator/seed";
import { SimStore } from "@/lib/panels/simulator/store";

export type SimulatorOptions = { flavor: Flavor; seed?: number; settings?: Partial<SimSettings> };

export const DEFAULT_SETTINGS: SimSettings = {
  installDelayMs: 3_000,
  powerDelayMs: 1_500,
  applicationRateLimit: 240,
  clientRateLimit: 720,
};

/**
 * A Pterodactyl or Wisp panel over real HTTP, strict about what the real one rejects, with faults that
 * tests inject per request. State lives in memory; `reset()` returns to the seed.
 */
export class PanelSimulator {
  readonly flavor: Flavor;
  readonly settings: SimSettings;
  readonly faults = new FaultInjector();
  readonly calls = new CallLog();
  store!: SimStore;
  keys!: SeedKeys;
  url = "";
  private readonly seed: number;
  private readonly limiter = new MinuteLimiter();
  private readonly router: Router;
  private server?: http.Server;
  private readonly sockets = new Set<Socket>();

  constructor({ flavor, seed = 42, settings = {} }: SimulatorOptions) {
    this.flavor = flavor;
    this.seed = seed;
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    const routes = [
      ...userRoutes,
      ...serverRoutes,
      serverCreateRoute,
      ...serverUpdateRoutes,
      ...infrastructureRoutes,
      ...eggRoutes,
      ...clientRoutes,
    ];
    this.router = new Router(flavor === "wisp" ? [...wispRoutes, ...routes] : routes);
    this.reset();
  }

  /** Back to the seeded panel: data, faults, call log and rate-limit buckets. The API keys stay the same. */
  reset() {
    this.store = new SimStore(this.flavor);
    this.keys = seedStore(this.store, this.seed, this.keys);
    this.faults.clear();
    this.calls.clear();
    this.limiter.reset();
  }

  async listen(port = 0, host = "127.0.0.1"): Promise<string> {
    const server = http.createServer((req, res) => void this.handle(req, res));
    server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(port, host, resolve));
    const address = server.address();
    this.server = server;
    this.url = `http://${host}:${typeof address === "object" && address ? address.port : port}`;

    return this.url;
  }

  async close() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const started = Date.now();
    const url = new URL(req.url ?? "/", this.url || `http://${req.headers.host}`);
    const raw = await readBody(req).catch(() => "");
    if (url.pathname.startsWith("/__control")) {
      sendJson(res, handleControl(this, req.method ?? "GET", url, raw));

      return;
    }
    const record = this.calls.start({
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.search,
      body: parseLogged(raw),
    });
    const fault = this.faults.take(record.method, url.pathname);
    if (fault) record.fault = fault.type;
    const before = await this.applyFaultBefore(fault, req, res);
    if (before === "stop") {
      record.status = res.headersSent ? res.statusCode : null;

      return;
    }
    const wantsJson = /[/+]json/i.test(req.headers.accept ?? "");
    let response: SimResponse & { html?: string };
    try {
      response = await runPipeline(
        { store: this.store, settings: this.settings, router: this.router, limiter: this.limiter },
        req,
        url,
        raw,
        { wingsFailure: fault?.type === "wings_failure" },
      );
    } catch (error) {
      response = errorResponse(error, {
        flavor: this.flavor,
        wantsJson,
        origin: url.origin,
        referer: req.headers.referer,
      });
    }
    record.status = response.status;
    record.durationMs = Date.now() - started;
    if (fault?.type === "lose_response") {
      record.status = null;
      req.socket.destroy();

      return;
    }
    if (fault?.type === "slow_response") await sleep(fault.ms);
    if (response.html !== undefined) {
      res.writeHead(response.status, response.headers);
      res.end(response.html);
    } else sendJson(res, response);
  }

  /** Faults that act before the panel processes anything. "stop" means the request is finished. */
  private async applyFaultBefore(fault: FaultAction | undefined, req: IncomingMessage, res: ServerResponse) {
    if (!fault) return "continue";
    switch (fault.type) {
      case "latency":
        await sleep(fault.ms);

        return "continue";
      case "reset":
        req.socket.destroy();

        return "stop";
      case "hang":
        return "stop";
      case "rate_limit": {
        const error = new SimHttpError(429, "ThrottleRequestsException", "Too Many Attempts.", {
          "Retry-After": String(fault.retryAfterSeconds ?? 1),
          "X-RateLimit-Remaining": "0",
        });
        sendJson(res, errorResponse(error, { flavor: this.flavor, wantsJson: true, origin: "" }));

        return "stop";
      }
      case "status": {
        const error = new SimHttpError(
          fault.status,
          fault.code ?? "HttpException",
          fault.detail ?? "Service Unavailable",
        );
        sendJson(res, errorResponse(error, { flavor: this.flavor, wantsJson: true, origin: "" }));

        return "stop";
      }
      case "html":
        res.writeHead(fault.status, { "Content-Type": "text/html" });
        res.end(htmlPage(fault.status, "Bad Gateway"));

        return "stop";
      case "json":
        sendJson(res, { status: fault.status ?? 200, body: fault.body });

        return "stop";
      default:
        return "continue";
    }
  }
}

const parseLogged = (raw: string) => {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
};

/** Starts a simulator on `port` (0 = any free port) and resolves once it listens. */
export const startPanelSimulator = async (options: SimulatorOptions & { port?: number; host?: string }) => {
  const simulator = new PanelSimulator(options);
  await simulator.listen(options.port ?? 0, options.host);

  return simulator;
};

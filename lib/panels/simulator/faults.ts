/** What a test can make the simulated panel do to matching requests. */
export type FaultAction =
  /** Wait, then handle the request normally. */
  | { type: "latency"; ms: number }
  /** Answer with this error without processing the request. */
  | { type: "status"; status: number; code?: string; detail?: string }
  /** Answer 429 with Retry-After without processing the request. */
  | { type: "rate_limit"; retryAfterSeconds?: number }
  /** An HTML error page, as a proxy or a panel in maintenance would serve. */
  | { type: "html"; status: number }
  /** This JSON body (200 unless told), without processing the request: an answer of an unexpected shape. */
  | { type: "json"; status?: number; body: unknown }
  /** Drop the connection without processing the request. */
  | { type: "reset" }
  /** Never answer and never process (the client times out). */
  | { type: "hang" }
  /** Process the request fully, then drop the connection: the change happened, the answer is lost. */
  | { type: "lose_response" }
  /** Process the request fully, then answer only after `ms` (the client may time out first). */
  | { type: "slow_response"; ms: number }
  /** Server create only: Wings fails, the panel force-deletes the new server and answers 502. */
  | { type: "wings_failure" };

export type FaultRule = {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Substring of the path, or a regular expression source when it starts with `^`. */
  path?: string;
  /** How many matching requests it applies to (default 1; 0 = until cleared). */
  times?: number;
  /** Let this many matching requests through first. */
  skip?: number;
  action: FaultAction;
};

type ActiveRule = FaultRule & { remaining: number; skipped: number };

export class FaultInjector {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule) {
    this.rules.push({ ...rule, remaining: rule.times ?? 1, skipped: 0 });
  }

  clear() {
    this.rules = [];
  }

  /** The fault for this request, if any, consuming one use of its rule. */
  take(method: string, path: string): FaultAction | undefined {
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (
        rule.path &&
        !(rule.path.startsWith("^") ? new RegExp(rule.path).test(path) : path.includes(rule.path))
      )
        continue;
      if (rule.skipped < (rule.skip ?? 0)) {
        rule.skipped += 1;
        continue;
      }
      if (rule.times !== 0) {
        rule.remaining -= 1;
        if (rule.remaining <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
      }

      return rule.action;
    }

    return undefined;
  }

  get pending() {
    return this.rules.length;
  }
}

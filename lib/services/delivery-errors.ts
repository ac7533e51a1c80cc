import { AppError } from "@/lib/errors";
import { PanelError } from "@/lib/panels/errors";

/** A job failure: `retry` false means trying again cannot help until someone changes something. */
export class JobError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
    this.name = "JobError";
  }
}

const PERMANENT_KINDS = new Set(["validation", "no_capacity", "unauthorized", "forbidden", "not_found"]);

/** Panel refusals that need a person (bad key, no capacity, invalid data) are permanent; outages are not. */
export const isPermanent = (err: unknown) =>
  err instanceof PanelError
    ? PERMANENT_KINDS.has(err.kind)
    : err instanceof AppError && err.code !== "INTERNAL";

export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

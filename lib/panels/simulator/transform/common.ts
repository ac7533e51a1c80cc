import type { SimContext } from "@/lib/panels/simulator/context";
import type { PageMeta } from "@/lib/panels/simulator/http/listing";

/** `2024-10-24T12:04:30+00:00`, the panel's timestamp format. */
export const timestamp = (date: Date) => `${date.toISOString().slice(0, 19)}+00:00`;
/** Egg variables use Carbon's default: `2024-10-24T12:04:30.000000Z`. */
export const microTimestamp = (date: Date) => `${date.toISOString().slice(0, 19)}.000000Z`;

export const item = (object: string, attributes: Record<string, unknown>, meta?: Record<string, unknown>) =>
  meta ? { object, attributes, meta } : { object, attributes };

export const list = (data: unknown[], pagination?: PageMeta) =>
  pagination ? { object: "list", data, meta: { pagination } } : { object: "list", data };

export const NULL_RESOURCE = { object: "null_resource", attributes: null };

/** Requested `?include=` names. */
export const includes = (ctx: SimContext) =>
  new Set(
    (ctx.query.include ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
  );

export const ref = (ctx: SimContext, row: { id: number; ulid: string } | undefined) =>
  row ? ctx.id(row) : null;

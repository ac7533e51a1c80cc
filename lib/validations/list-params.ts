import { z } from "zod";

/** `?page=&q=` from a list page's URL; junk falls back to page 1 and no search instead of failing. */
export const listParamsSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
});

export const parseListParams = (params: Record<string, string | string[] | undefined>) =>
  listParamsSchema.parse({
    page: Array.isArray(params.page) ? params.page[0] : params.page,
    q: Array.isArray(params.q) ? params.q[0] : params.q,
  });

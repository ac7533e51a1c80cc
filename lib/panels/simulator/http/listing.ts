import type { SimContext, SimResponse } from "@/lib/panels/simulator/context";
import { GENERIC_500, SimHttpError } from "@/lib/panels/simulator/http/errors";
import { list } from "@/lib/panels/simulator/transform/common";

type Field<T> = (row: T) => string | number | null | undefined;

/**
 * spatie/laravel-query-builder filters as the panel configures them: partial and case-insensitive
 * (`LIKE %v%`), a comma meaning OR; `exact` fields compare whole values. Unknown filters are a 400.
 */
export const applyFilters = <T>(
  rows: T[],
  filters: Record<string, string>,
  allowed: Record<string, Field<T>>,
  exact: string[] = [],
): T[] => {
  const unknown = Object.keys(filters).filter((name) => !(name in allowed));
  if (unknown.length > 0) {
    throw new SimHttpError(
      400,
      "InvalidFilterQuery",
      `Requested filter(s) \`${unknown.join(", ")}\` are not allowed. Allowed filter(s) are \`${Object.keys(allowed).join(", ")}\`.`,
    );
  }

  return Object.entries(filters).reduce((remaining, [name, raw]) => {
    const field = allowed[name]!;
    const wanted = raw.split(",").map((value) => value.toLowerCase());

    return remaining.filter((row) => {
      const actual = String(field(row) ?? "").toLowerCase();

      return wanted.some((value) => (exact.includes(name) ? actual === value : actual.includes(value)));
    });
  }, rows);
};

export const applySort = <T>(rows: T[], sort: string | undefined, allowed: Record<string, Field<T>>): T[] => {
  if (!sort) return rows;
  const fields = sort.split(",");
  const unknown = fields.filter((field) => !(field.replace(/^-/, "") in allowed));
  if (unknown.length > 0) {
    throw new SimHttpError(
      400,
      "InvalidSortQuery",
      `Requested sort(s) \`${unknown.join(", ")}\` is not allowed. Allowed sort(s) are \`${Object.keys(allowed).join(", ")}\`.`,
    );
  }

  return [...rows].sort((a, b) => {
    for (const field of fields) {
      const direction = field.startsWith("-") ? -1 : 1;
      const get = allowed[field.replace(/^-/, "")]!;
      const [x, y] = [get(a) ?? "", get(b) ?? ""];
      if (x < y) return -direction;
      if (x > y) return direction;
    }

    return 0;
  });
};

export type PageMeta = {
  total: number;
  count: number;
  per_page: number;
  current_page: number;
  total_pages: number;
  links: { previous?: string; next?: string };
};

type PageOptions = { defaultPerPage?: number; maxPerPage?: number; keepQuery?: boolean };

/**
 * Fractal's paginator. `per_page` defaults to 50; a non-numeric one crashes the panel (500), as the real
 * one does. The application API's links keep only `page`; the client API's keep the whole query.
 */
export const paginate = <T>(
  rows: T[],
  url: URL,
  { defaultPerPage = 50, maxPerPage, keepQuery = false }: PageOptions = {},
): { items: T[]; meta: PageMeta } => {
  const rawPerPage = url.searchParams.get("per_page");
  if (rawPerPage !== null && !/^\d+$/.test(rawPerPage.trim()))
    throw new SimHttpError(500, "TypeError", GENERIC_500);
  // Laravel treats a falsy per_page (0) as the model's default of 15.
  let perPage = rawPerPage === null ? defaultPerPage : Number(rawPerPage) || 15;
  if (maxPerPage) perPage = Math.min(perPage, maxPerPage);
  const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
  const totalPages = Math.max(1, Math.ceil(rows.length / perPage));
  const items = rows.slice((page - 1) * perPage, page * perPage);
  const linkTo = (target: number) => {
    const link = new URL(url.origin + url.pathname);
    if (keepQuery) url.searchParams.forEach((value, key) => link.searchParams.set(key, value));
    link.searchParams.set("page", String(target));

    return link.toString();
  };
  const links: PageMeta["links"] = {};
  if (page > 1) links.previous = linkTo(page - 1);
  if (page < totalPages) links.next = linkTo(page + 1);

  return {
    items,
    meta: {
      total: rows.length,
      count: items.length,
      per_page: perPage,
      current_page: page,
      total_pages: totalPages,
      links,
    },
  };
};

/** The 200 answer listing one page of `rows`, each rendered, with the pagination meta. */
export const pagedList = <T>(
  ctx: SimContext,
  rows: T[],
  render: (row: T) => unknown,
  options?: PageOptions,
): SimResponse => {
  const { items, meta } = paginate(rows, ctx.url, options);

  return {
    status: 200,
    body: list(
      items.map((row) => render(row)),
      meta,
    ),
  };
};

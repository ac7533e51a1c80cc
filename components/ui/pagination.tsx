import Link from "next/link";
import { cn } from "@/lib/utils";

/** Previous/next links that keep the other query parameters. */
export const Pagination = ({
  page,
  perPage,
  total,
  basePath,
  params,
}: {
  page: number;
  perPage: number;
  total: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) => {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set("page", String(target));
    const text = query.toString();

    return text ? `${basePath}?${text}` : basePath;
  };
  const linkClass = (disabled: boolean) =>
    cn(
      "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-300",
      disabled ? "pointer-events-none text-slate-400" : "bg-white text-slate-700 hover:bg-slate-50",
    );

  return (
    <nav
      aria-label="Pagination"
      className="flex items-center justify-between gap-4 px-5 py-3 text-sm text-slate-600"
    >
      <p>
        Page {Math.min(page, pages)} of {pages} · {total} in total
      </p>
      <div className="flex gap-2">
        <Link href={hrefFor(page - 1)} aria-disabled={page <= 1} className={linkClass(page <= 1)}>
          Previous
        </Link>
        <Link href={hrefFor(page + 1)} aria-disabled={page >= pages} className={linkClass(page >= pages)}>
          Next
        </Link>
      </div>
    </nav>
  );
};

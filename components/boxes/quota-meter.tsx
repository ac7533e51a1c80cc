import { BOX_RESOURCES, type BoxAmounts, RESOURCE_TEXT } from "@/lib/boxes/quota";
import { cn, formatCores, formatMegabytes } from "@/lib/utils";

const show = (resource: keyof BoxAmounts, value: number) =>
  resource === "memoryMb" || resource === "diskMb" ? formatMegabytes(value) : resource === "cpuPercent" ? formatCores(value) : String(value);

/**
 * Used / total for each resource of a box, with a bar and a clear "full" state; a resource the box does not
 * include says so instead.
 */
export const QuotaMeters = ({ totals, used }: { totals: BoxAmounts; used: BoxAmounts }) => (
  <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-7" aria-label="Box usage">
    {BOX_RESOURCES.map((resource) => {
      const total = totals[resource];
      const { label } = RESOURCE_TEXT[resource];
      const share = total > 0 ? Math.min(1, used[resource] / total) : 0;
      const full = total > 0 && used[resource] >= total;

      return (
        <div key={resource} data-resource={resource} data-full={full}>
          <dt className="flex items-center justify-between text-xs font-medium tracking-wide text-slate-500 uppercase">
            {label}
            {full && <span className="rounded bg-red-50 px-1 text-[10px] font-semibold text-red-700 normal-case">Full</span>}
          </dt>
          <dd className="mt-1 text-sm font-semibold text-slate-900">
            {total === 0 && used[resource] === 0 ? (
              <span className="font-normal text-slate-500" data-testid={`quota-${resource}`}>Not included</span>
            ) : (
              <>
                <span data-testid={`quota-${resource}`}>
                  {show(resource, used[resource])} / {show(resource, total)}
                </span>
                <span
                  className="mt-1.5 block h-1.5 rounded bg-slate-100"
                  role="progressbar"
                  aria-valuemin={0}
                  aria-valuemax={total}
                  aria-valuenow={Math.min(used[resource], total)}
                  aria-label={`${label} used`}
                >
                  <span
                    className={cn("block h-full rounded", full ? "bg-red-500" : share > 0.8 ? "bg-amber-500" : "bg-brand-500")}
                    style={{ width: `${share * 100}%` }}
                  />
                </span>
              </>
            )}
          </dd>
        </div>
      );
    })}
  </dl>
);

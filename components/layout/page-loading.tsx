/** What a page shows while its data (often a panel's answer) is on its way. */
export const PageLoading = ({ label }: { label: string }) => (
  <div aria-busy="true" aria-label={label} className="space-y-6">
    <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
    <div className="h-40 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
    <div className="h-64 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
  </div>
);

import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { CatalogNest } from "@/lib/panels/catalog";
import { isRequiredWithoutDefault } from "@/lib/panels/rules/egg-variables";

/** Nests with their eggs; each egg opens onto its images and variables (rules, defaults, who may edit). */
export const EggsList = ({ nests }: { nests: CatalogNest[] }) => (
  <div className="space-y-6">
    {nests.map((nest) => (
      <section key={nest.id} aria-label={nest.name}>
        <h4 className="text-sm font-semibold text-slate-900">{nest.name}</h4>
        <div className="mt-2 space-y-2">
          {nest.eggs.length === 0 && <p className="text-sm text-slate-500">No eggs in this nest.</p>}
          {nest.eggs.map((egg) => (
            <details key={egg.id} className="rounded-md ring-1 ring-slate-200">
              <summary className="cursor-pointer px-4 py-2.5 text-sm font-medium text-slate-800">
                {egg.name}{" "}
                <span className="font-normal text-slate-500">· {egg.variables.length} variables</span>
              </summary>
              <div className="space-y-3 border-t border-slate-200 p-4">
                {egg.description && <p className="text-sm text-slate-600">{egg.description}</p>}
                <p className="text-xs text-slate-600">
                  Images:{" "}
                  {egg.dockerImages.map((image) => `${image.label} (${image.image})`).join(", ") || "none"}
                </p>
                <DataTable
                  label={`Variables of ${egg.name}`}
                  head={["Variable", "Default", "Rules", "Customer"]}
                  rows={egg.variables.map((variable) => [
                    <span key="v">
                      <span className="font-medium text-slate-900">{variable.name}</span>
                      <br />
                      <code className="text-xs">{variable.envVariable}</code>
                    </span>,
                    variable.defaultValue === "" ? (
                      <span className="text-slate-400">none</span>
                    ) : (
                      <code className="text-xs">{variable.defaultValue}</code>
                    ),
                    <code key="r" className="text-xs break-all">
                      {variable.rules}
                    </code>,
                    <span key="c" className="flex flex-wrap gap-1">
                      {isRequiredWithoutDefault(variable) && <Badge tone="warning">Must be filled in</Badge>}
                      {variable.userEditable ? (
                        <Badge tone="brand">Editable</Badge>
                      ) : variable.userViewable ? (
                        <Badge>Read-only</Badge>
                      ) : (
                        <Badge>Hidden</Badge>
                      )}
                    </span>,
                  ])}
                />
              </div>
            </details>
          ))}
        </div>
      </section>
    ))}
  </div>
);

import type { ReactNode } from "react";

/** A plain responsive data table: header cells and rows of cells. */
export const DataTable = ({ head, rows, label }: { head: string[]; rows: ReactNode[][]; label: string }) => (
  <div className="overflow-x-auto">
    <table aria-label={label} className="min-w-full divide-y divide-slate-200 text-sm">
      <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col" className="px-4 py-2.5 whitespace-nowrap">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, cellIndex) => (
              <td key={cellIndex} className="px-4 py-2.5 align-top text-slate-700">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

// A table in its own scroll region (a wide table scrolls there instead of widening the page): the
// overview's metrics, reasons, staff, searches, decisions, the chart's numbers and a declaration's history.
import type { ReactNode } from "react";

export type FigureColumn = { label: string; numeric?: boolean; nowrap?: boolean };
/** `head`: the row's header cell (a name, a day); `cells`: the rest, in column order. */
export type FigureRow = { key: string; head?: ReactNode; cells: ReactNode[] };

export function FigureTable({ label, caption, columns, rows }: { label: string; caption?: string; columns: FigureColumn[]; rows: FigureRow[] }) {
  const cellColumns = rows.some((r) => r.head !== undefined) ? columns.slice(1) : columns;
  const cls = (c: FigureColumn | undefined) => [c?.numeric ? "bo-number" : "", c?.nowrap ? "bo-nowrap" : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="bo-table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table className="bo-table">
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.label} className={c.numeric ? "bo-number" : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.head !== undefined ? <th scope="row">{row.head}</th> : null}
              {row.cells.map((cell, i) => (
                <td key={i} className={cls(cellColumns[i])}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

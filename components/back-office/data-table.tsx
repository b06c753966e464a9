// A titled back-office table: its heading, an empty message when there are no rows, else the table in a
// focusable scroll region (a wide table scrolls inside it instead of widening a phone's page). Props in.
import type { ReactNode } from "react";

export type Column<Row> = { header: ReactNode; cell: (row: Row) => ReactNode; nowrap?: boolean; className?: string };

export function DataTable<Row>({
  id,
  heading,
  empty,
  rows,
  rowKey,
  columns,
}: {
  id: string;
  heading: string;
  empty: string;
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  columns: readonly Column<Row>[];
}) {
  return (
    <>
      <h2 id={id}>{heading}</h2>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className="bo-table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
          <table className="bo-table" aria-labelledby={id}>
            <thead>
              <tr>
                {columns.map((c, i) => (
                  <th scope="col" key={i}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={rowKey(row, index)}>
                  {columns.map((c, i) => (
                    <td key={i} className={[c.nowrap ? "bo-nowrap" : "", c.className ?? ""].filter(Boolean).join(" ") || undefined}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

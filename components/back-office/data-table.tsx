// Back-office tables: ScrollTable puts a table in a focusable scroll region (a wide table scrolls inside it
// instead of widening a phone's page); DataTable adds the section's heading and an empty message. Props in.
import type { ReactNode } from "react";

export type Column<Row> = { header: ReactNode; cell: (row: Row) => ReactNode; nowrap?: boolean; className?: string };

type TableProps<Row> = { rows: readonly Row[]; rowKey: (row: Row, index: number) => string; columns: readonly Column<Row>[] };

const classOf = (c: Column<unknown>) => [c.nowrap ? "bo-nowrap" : "", c.className ?? ""].filter(Boolean).join(" ") || undefined;

export function ScrollTable<Row>({ label, labelledBy, rows, rowKey, columns }: TableProps<Row> & { label?: string; labelledBy?: string }) {
  return (
    <div className="bo-table-wrap" role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      <table className="bo-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={i} className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {columns.map((c, i) => (
                <td key={i} className={classOf(c as Column<unknown>)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DataTable<Row>({ id, heading, empty, ...table }: TableProps<Row> & { id: string; heading: string; empty: string }) {
  return (
    <>
      <h2 id={id}>{heading}</h2>
      {table.rows.length === 0 ? <p>{empty}</p> : <ScrollTable labelledBy={id} {...table} />}
    </>
  );
}

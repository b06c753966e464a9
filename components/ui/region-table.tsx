// A table in a focusable scroll region, so a wide table scrolls inside it instead of widening a phone's
// page. The region is named by `label`, else by the (visually hidden) caption. `columns` are the header
// cells (a null or false one is left out); `children` are the body's rows.
import type { ReactNode } from "react";

export function TableHead({ columns }: { columns: readonly (ReactNode | null | false)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) =>
          column === null || column === false ? null : (
            <th scope="col" key={i}>
              {column}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

export function RegionTable({
  wrapClassName,
  className,
  label,
  caption,
  captionId,
  columns,
  children,
}: {
  /** The region's class: .bo-table-wrap, .account-table-wrap, .records-table-wrap. */
  wrapClassName: string;
  className?: string;
  label?: string;
  caption?: ReactNode;
  captionId?: string;
  columns?: readonly (ReactNode | null | false)[];
  children: ReactNode;
}) {
  return (
    <div className={wrapClassName} role="region" aria-label={label} aria-labelledby={label ? undefined : captionId} tabIndex={0}>
      <table className={className}>
        {caption ? (
          <caption id={captionId} className="visually-hidden">
            {caption}
          </caption>
        ) : null}
        {columns ? <TableHead columns={columns} /> : null}
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

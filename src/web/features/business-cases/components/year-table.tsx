import type { ReactNode } from "react";

export interface YearColumn<T> {
  key: string;
  label: string;
  render: (row: T) => ReactNode;
}

/**
 * A cash-flow table, one row per year: DKFDS table in a scrollable region the keyboard can
 * reach, the year as the row header and the net present value in the footer.
 */
export function YearTable<T extends { year: number }>({
  id,
  heading,
  caption,
  columns,
  rows,
  yearLabel,
  footer,
}: {
  id: string;
  heading: string;
  caption: string;
  columns: readonly YearColumn<T>[];
  rows: readonly T[];
  yearLabel: string;
  footer?: { label: string; column: string; value: ReactNode };
}) {
  const footerIndex = footer ? columns.findIndex((column) => column.key === footer.column) : -1;
  return (
    <section className="bc-year-table">
      <h3 id={`${id}-heading`} className="h4">
        {heading}
      </h3>
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-heading`}>
        <table className="table table--compact table--zebra bc-number-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{yearLabel}</th>
              {columns.map((column) => (
                <th scope="col" key={column.key} className="bc-num">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                {columns.map((column) => (
                  <td key={column.key} className="bc-num">
                    {column.render(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {footer && footerIndex >= 0 ? (
            <tfoot>
              <tr>
                <th scope="row" colSpan={footerIndex + 1}>
                  {footer.label}
                </th>
                <td className="bc-num">
                  <strong>{footer.value}</strong>
                </td>
                {columns.slice(footerIndex + 1).map((column) => (
                  <td key={column.key} />
                ))}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </section>
  );
}

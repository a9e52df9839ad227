import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  /** Sets the column's width and alignment in styles.css. */
  className?: string;
}

interface DataTableProps<Row> {
  /** Read by screen readers; not shown, the page's heading shows it. */
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  rowAttributes?: (row: Row) => { id?: string; 'data-testid'?: string };
  empty?: ReactNode;
  /** Added to the table's own class, e.g. for fixed column widths. */
  className?: string;
}

export function DataTable<Row>({ caption, columns, rows, rowKey, rowAttributes, empty, className }: DataTableProps<Row>) {
  if (rows.length === 0 && empty) return <p className="empty">{empty}</p>;
  return (
    // A wide table scrolls sideways on a phone: the region takes focus so keyboard users can scroll it too.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowAttributes?.(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.className}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

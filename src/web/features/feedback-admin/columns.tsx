import type { ReactNode } from 'react';
import type { Column } from '../../components/DataTable.js';

/** The last column of a setup table: the row's buttons, its header read out only by screen readers. */
export function actionsColumn<Row>(header: string, render: (row: Row) => ReactNode): Column<Row> {
  return { key: 'actions', header: <span className="visually-hidden">{header}</span>, className: 'col-actions', render };
}

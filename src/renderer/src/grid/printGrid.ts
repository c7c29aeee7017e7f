import type { GridApi } from 'ag-grid-community';
import type { PrintSheet } from '../print/printSheet';
import { cellText } from './cellText';
import { filterWords } from './filterWords';
import { isDraft } from './rowState';
import type { GridRow, LedgerRow } from './types';

/**
 * A ledger grid as a print sheet: every row the filters and the search leave, in the grid's
 * order, in the columns shown (not the tick boxes, not a column marked `context: { print: false }`
 * such as 办理). Draft rows are not saved yet and are left off.
 */
export function gridSheet<T extends LedgerRow>(
  g: GridApi<GridRow<T>>,
  opts: { title: string; measure: string; query: string; label(colId: string): string },
): PrintSheet {
  const columns = g
    .getAllDisplayedColumns()
    .filter((c) => !c.getColId().startsWith('ag-Grid-') && (c.getColDef().context as { print?: boolean } | undefined)?.print !== false);
  const rows: string[][] = [];
  g.forEachNodeAfterFilterAndSort((n) => {
    if (n.data && !isDraft(n.data)) rows.push(columns.map((c) => cellText(g, n, c)));
  });
  return {
    title: opts.title,
    measure: opts.measure,
    filter: filterWords(g.getFilterModel(), opts.label, opts.query),
    columns: columns.map((c) => c.getColDef().headerName ?? c.getColId()),
    rows,
  };
}

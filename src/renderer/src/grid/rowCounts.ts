import type { GridApi } from 'ag-grid-community';
import { formatSums, sumByUnit } from './capacitySums';
import { hasUnsaved } from './rowState';
import type { GridRow, LedgerRow } from './types';

export interface RowCounts {
  total: number;
  shown: number;
  selected: number;
  unsaved: number;
  /** Capacity per unit of the selected lines, else of the lines shown; null for other grids. */
  sums: string | null;
  sumsOf: '已选' | '筛选' | '全部';
}

type Capacity = { capacity: number | null; capacityUnit: string | null };

/** The status bar's figures; one pass over the rows (about 5 ms for 100,000). */
export function countRows<T extends LedgerRow>(g: GridApi<GridRow<T>>, withSums: boolean): RowCounts {
  let total = 0;
  let unsaved = 0;
  g.forEachNode((n) => {
    total++;
    if (n.data && hasUnsaved(n.data)) unsaved++;
  });
  const shown = g.getDisplayedRowCount();
  const selectedRows = g.getSelectedRows();
  let sums: string | null = null;
  let sumsOf: RowCounts['sumsOf'] = '全部';
  if (withSums) {
    let rows: Capacity[];
    if (selectedRows.length) {
      rows = selectedRows as unknown as Capacity[];
      sumsOf = '已选';
    } else {
      rows = [];
      g.forEachNodeAfterFilter((n) => n.data && rows.push(n.data as unknown as Capacity));
      sumsOf = shown === total ? '全部' : '筛选';
    }
    sums = formatSums(sumByUnit(rows));
  }
  return { total, shown, selected: selectedRows.length, unsaved, sums, sumsOf };
}

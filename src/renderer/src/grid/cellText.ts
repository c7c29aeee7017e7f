import type { Column, GridApi, IRowNode } from 'ag-grid-community';

/**
 * The value a column's filter compares: its filterValueGetter's (a case's 状态 reads as its
 * label, 倒计时 as 「剩12天 黄牌」), else the cell's value.
 */
export function filterValueOf(g: GridApi, node: IRowNode, column: Column): unknown {
  const colDef = column.getColDef();
  const getter = colDef.filterValueGetter;
  if (typeof getter !== 'function') return g.getCellValue({ rowNode: node, colKey: column });
  return getter({
    api: g,
    colDef,
    column,
    context: g.getGridOption('context'),
    data: node.data,
    node,
    getValue: (f) => g.getCellValue({ rowNode: node, colKey: typeof f === 'string' ? f : column }),
  });
}

/** What a cell reads as on paper: its filter text where a renderer draws it, else its shown value. */
export function cellText(g: GridApi, node: IRowNode, column: Column): string {
  const v = typeof column.getColDef().filterValueGetter === 'function' ? filterValueOf(g, node, column) : g.getCellValue({ rowNode: node, colKey: column, useFormatter: true });
  return v === null || v === undefined ? '' : String(v);
}

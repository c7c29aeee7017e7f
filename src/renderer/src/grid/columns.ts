import type { ColDef, ColDefField, ICellEditorParams, ValueFormatterParams } from 'ag-grid-community';
import { optionLists } from './options';
import type { OptionListKey } from '../../../shared/schemas/optionLists';
import { formatDateTime } from '../common/format';
import { formatAmount } from './amounts';
import { setFilter } from './SetFilter';
import { cellError, isDraft, isUnsavedCell, setPending, shownValue } from './rowState';
import { compareCells } from './setup';
import { sortedBy } from './sortOrder';
import type { GridRow, LedgerRow } from './types';

/**
 * Column builders shared by the three grids. A ledger column reads its field (the row holds
 * what the cell shows, see rowState), records an edit as unsaved until the service answers,
 * marks a refused cell red with the reason as its tooltip, and sorts Chinese text by pinyin
 * (the grid sorts outside AG Grid, see sortOrder.ts).
 */
export type LedgerCol<T extends LedgerRow> = ColDef<GridRow<T>>;

const blank = (v: unknown) => v === null || v === undefined || v === '';
const sameShown = (a: unknown, b: unknown) => (blank(a) && blank(b)) || String(a) === String(b);

export function ledgerColumn<T extends LedgerRow>(field: string, headerName: string, width: number, extra: Partial<LedgerCol<T>> = {}): LedgerCol<T> {
  return {
    colId: field,
    field: field as ColDefField<GridRow<T>>,
    headerName,
    width,
    editable: (p) => !p.data?.deletedAt,
    cellDataType: false,
    valueSetter: (p) => {
      if (!p.data || sameShown(p.newValue, shownValue(p.data, field))) return false;
      setPending(p.data, field, p.newValue);
      return true;
    },
    cellClassRules: {
      'cell-invalid': (p) => cellError(p.data, field) !== undefined,
      'cell-unsaved': (p) => !isDraft(p.data) && cellError(p.data, field) === undefined && isUnsavedCell(p.data, field),
    },
    tooltipValueGetter: (p) => cellError(p.data as GridRow<T> | undefined, field),
    ...sortedBy(compareCells),
    filter: 'agTextColumnFilter',
    ...extra,
  };
}

export function textColumn<T extends LedgerRow>(field: string, headerName: string, width: number, extra: Partial<LedgerCol<T>> = {}) {
  return ledgerColumn<T>(field, headerName, width, extra);
}

export function longTextColumn<T extends LedgerRow>(field: string, headerName: string, width: number) {
  return ledgerColumn<T>(field, headerName, width, { cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 4000 } });
}

function withCurrent(values: readonly string[], current: unknown): string[] {
  const list = ['', ...values];
  if (typeof current === 'string' && current !== '' && !values.includes(current)) list.push(current);
  return list;
}

/** A pick list: fixed values (dimensions, statuses) or a 设置 list read when the editor opens; filtered by ticking values. */
export function choiceColumn<T extends LedgerRow>(
  field: string,
  headerName: string,
  width: number,
  values: readonly string[] | OptionListKey,
): LedgerCol<T> {
  const list = () => (typeof values === 'string' ? optionLists()[values] : values);
  return ledgerColumn<T>(field, headerName, width, {
    filter: setFilter,
    // An empty 设置 list (towns before the county has entered them) leaves the cell free text.
    cellEditorSelector: (p: ICellEditorParams<GridRow<T>>) =>
      list().length ? { component: 'agSelectCellEditor', params: { values: withCurrent(list(), p.value) } } : { component: 'agTextCellEditor' },
  });
}

function isoCompare(filterDate: Date, cell: unknown): number {
  if (typeof cell !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(cell)) return -1;
  const d = `${filterDate.getFullYear()}-${String(filterDate.getMonth() + 1).padStart(2, '0')}-${String(filterDate.getDate()).padStart(2, '0')}`;
  return cell < d ? -1 : cell > d ? 1 : 0;
}

/** Dates are stored and shown as 2022-07-01; the cell accepts 2022年7月1日, 2022.7.1, Excel serials … */
export function dateColumn<T extends LedgerRow>(field: string, headerName: string, width = 112): LedgerCol<T> {
  return ledgerColumn<T>(field, headerName, width, {
    filter: 'agDateColumnFilter',
    filterParams: { comparator: isoCompare },
  });
}

/** A number, right-aligned; typing "50万吨" in an amount column also sets its unit (see amounts.ts). */
export function numberColumn<T extends LedgerRow>(field: string, headerName: string, width: number): LedgerCol<T> {
  return ledgerColumn<T>(field, headerName, width, {
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    ...sortedBy('number'),
    valueFormatter: (p: ValueFormatterParams<GridRow<T>>) => formatAmount(p.value),
  });
}

export function readOnlyColumn<T extends LedgerRow>(field: string, headerName: string, width: number, extra: Partial<LedgerCol<T>> = {}) {
  return ledgerColumn<T>(field, headerName, width, { editable: false, ...extra });
}

export function updatedAtColumn<T extends LedgerRow>(): LedgerCol<T> {
  return readOnlyColumn<T>('updatedAt', '最后修改', 150, {
    valueFormatter: (p) => (typeof p.value === 'string' ? formatDateTime(p.value) : ''),
    filter: false,
  });
}

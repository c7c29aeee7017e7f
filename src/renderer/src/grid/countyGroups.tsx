import type { GridApi, ICellRendererParams, IRowNode, RowClassParams } from 'ag-grid-community';
import { Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { COUNTY_FIELD } from '../../../shared/entities/county';
import { readOnlyColumn, type LedgerCol } from './columns';
import { setFilter } from './SetFilter';
import type { GridRow, LedgerRow } from './types';

/**
 * 县（市、区） in a city ledger's grids (entities/county.ts): a read-only column with the set
 * filter and its counts, and a 按县分组 view. AG Grid Community has no row grouping, and group
 * rows would break what the ledger grids rely on (every row a record: editing, paste, undo,
 * copy to Excel). So the view sorts by county first and marks each county's first row as a
 * band: a rule above it and 「冠县 · 12家」 in its county cell — the count of that county's rows
 * the filters leave, its subtotal — as a clerk sorting the sheet by county in WPS would see it.
 * Sorting by other columns still applies, within each county.
 */
export const COUNTY_COLUMN = COUNTY_FIELD.key;

interface Groups {
  on: boolean;
  /** Rows per county after the filters and the search. */
  counts: Map<string, number>;
}
const groupsOf = new WeakMap<GridApi, Groups>();

function countyOf(node: IRowNode | undefined | null): string | undefined {
  return (node?.data as { county?: string } | undefined)?.county;
}

/** Whether the row opens its county's band: grouped, and the row above is of another county. */
function startsBand(api: GridApi, node: IRowNode): boolean {
  if (!groupsOf.get(api)?.on || node.rowIndex === null) return false;
  return node.rowIndex === 0 || countyOf(api.getDisplayedRowAtIndex(node.rowIndex - 1)) !== countyOf(node);
}

export const countyBandRule = {
  'county-band': (p: RowClassParams) => startsBand(p.api, p.node),
};

function CountyCell(p: ICellRendererParams) {
  const county = typeof p.value === 'string' ? p.value : '';
  const groups = groupsOf.get(p.api);
  if (!groups?.on) return county;
  if (!startsBand(p.api, p.node)) return <span className="county-repeat">{county}</span>;
  return (
    <span className="county-band-label" data-testid="county-band">
      {county || '（未标县）'} · {groups.counts.get(county) ?? 0}
      {(p.context as { measure?: string } | undefined)?.measure ?? ''}
    </span>
  );
}

export function countyColumn<T extends LedgerRow>(): LedgerCol<T> {
  return readOnlyColumn<T>(COUNTY_COLUMN, COUNTY_FIELD.label, COUNTY_FIELD.gridWidth, {
    pinned: 'left',
    filter: setFilter,
    cellRenderer: CountyCell,
  });
}

/** The columns a grid shows at this level: a county ledger has no county column. */
export function forLevel<C extends { colId?: string }>(columns: readonly C[], city: boolean): C[] {
  return city ? [...columns] : columns.filter((c) => c.colId !== COUNTY_COLUMN);
}

/** After every sort, filter or edit: the bands and their counts follow the rows shown. */
export function refreshCountyBands<T extends LedgerRow>(api: GridApi<GridRow<T>>): void {
  const groups = groupsOf.get(api);
  if (!groups?.on) return;
  groups.counts = new Map();
  api.forEachNodeAfterFilter((n) => {
    const c = countyOf(n) ?? '';
    groups.counts.set(c, (groups.counts.get(c) ?? 0) + 1);
  });
  // Only the rows on screen are drawn again (the grid virtualises the rest).
  api.redrawRows();
}

function setGrouped<T extends LedgerRow>(api: GridApi<GridRow<T>>, on: boolean): void {
  groupsOf.set(api, { on, counts: new Map() });
  const others = api
    .getColumnState()
    .filter((s) => s.sort && s.colId !== COUNTY_COLUMN)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0));
  const sorted = on ? [{ colId: COUNTY_COLUMN, sort: 'asc' as const }, ...others] : others;
  api.applyColumnState({
    state: sorted.map((s, i) => ({ colId: s.colId, sort: s.sort, sortIndex: i })),
    defaultState: { sort: null },
  });
  if (on) api.ensureColumnVisible(COUNTY_COLUMN);
  if (!on) api.redrawRows();
}

/** The 按县分组 switch of a city ledger's grid toolbar. */
export function CountyGroupToggle<T extends LedgerRow>({ api, testId }: { api: GridApi<GridRow<T>> | null; testId: string }) {
  const [on, setOn] = useState(false);
  // Sorting by a column header ends the grouping when the county is no longer sorted first.
  useEffect(() => {
    if (!api) return;
    const onSort = () => {
      const first = api.getColumnState().find((s) => s.sort && (s.sortIndex ?? 0) === 0);
      const still = first?.colId === COUNTY_COLUMN;
      if (groupsOf.get(api)?.on && !still) setGrouped(api, false);
      setOn(still && (groupsOf.get(api)?.on ?? false));
    };
    api.addEventListener('sortChanged', onSort);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('sortChanged', onSort);
    };
  }, [api]);
  return (
    <Tooltip title="按县（市、区）排列，每县首行标出县名和行数">
      <Button
        data-testid={`${testId}-county-groups`}
        type={on ? 'primary' : 'default'}
        disabled={!api}
        onClick={() => {
          if (!api) return;
          setGrouped(api, !on);
          setOn(!on);
          refreshCountyBands(api);
        }}
      >
        按县分组
      </Button>
    </Tooltip>
  );
}

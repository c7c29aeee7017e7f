import type { GridApi, ICellRendererComp, ICellRendererParams, IRowNode, RowClassParams } from 'ag-grid-community';
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

/** Whether each drawn row was given the band's rule, as AG Grid last evaluated it. */
const bandDrawn = new WeakMap<IRowNode, boolean>();

export const countyBandRule = {
  'county-band': (p: RowClassParams) => {
    const band = startsBand(p.api, p.node);
    bandDrawn.set(p.node, band);
    return band;
  },
};

/**
 * The county cell: its name, or in the grouped view 「冠县 · 12家」 on a band's first row and a
 * grey name below it. Plain DOM rather than a React component, as the name cell
 * (EnterpriseLink.ts): the pinned column is on every row a sort or a filter draws again, and
 * a React renderer there added to each of them in a 100,000-line city ledger.
 */
class CountyCell implements ICellRendererComp {
  private readonly gui = document.createElement('span');

  init(p: ICellRendererParams): void {
    this.show(p);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(p: ICellRendererParams): boolean {
    this.show(p);
    return true;
  }

  private show(p: ICellRendererParams): void {
    const county = typeof p.value === 'string' ? p.value : '';
    const groups = groupsOf.get(p.api);
    const band = !!groups?.on && startsBand(p.api, p.node);
    this.gui.className = !groups?.on ? '' : band ? 'county-band-label' : 'county-repeat';
    if (band) this.gui.dataset.testid = 'county-band';
    else delete this.gui.dataset.testid;
    const measure = (p.context as { measure?: string } | undefined)?.measure ?? '';
    this.gui.textContent = band ? `${county || '（未标县）'} · ${groups.counts.get(county) ?? 0}${measure}` : county;
  }
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

/** Rows per county among those the filters and the search leave: one flat pass over the rows shown. */
function countyCounts<T extends LedgerRow>(api: GridApi<GridRow<T>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0, n = api.getDisplayedRowCount(); i < n; i++) {
    const c = countyOf(api.getDisplayedRowAtIndex(i)) ?? '';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/**
 * The bands drawn again where they changed, without drawing the rows again (a sort or a filter
 * has just drawn them): the county cells refresh in place, and only a row whose band rule is
 * out of date — one that kept its place while the row above it changed — is drawn anew.
 */
function redrawBands<T extends LedgerRow>(api: GridApi<GridRow<T>>): void {
  api.refreshCells({ columns: [COUNTY_COLUMN], force: true });
  const stale = api.getRenderedNodes().filter((n) => (bandDrawn.get(n) ?? false) !== startsBand(api, n));
  if (stale.length) api.redrawRows({ rowNodes: stale });
}

/** After every sort, filter or edit: the bands and their counts follow the rows shown. */
export function refreshCountyBands<T extends LedgerRow>(api: GridApi<GridRow<T>>): void {
  const groups = groupsOf.get(api);
  if (!groups?.on) return;
  groups.counts = countyCounts(api);
  redrawBands(api);
}

function setGrouped<T extends LedgerRow>(api: GridApi<GridRow<T>>, on: boolean): void {
  // Counted before the sort, which draws the rows with their bands (the order changes no count).
  groupsOf.set(api, { on, counts: on ? countyCounts(api) : new Map() });
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
  // The sort has redrawn the bands if it changed the order (onModelUpdated); otherwise this does.
  redrawBands(api);
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
        }}
      >
        按县分组
      </Button>
    </Tooltip>
  );
}

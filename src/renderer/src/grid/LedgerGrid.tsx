import { AgGridReact } from 'ag-grid-react';
import type { CellValueChangedEvent, ColDef, Column, GetRowIdParams, GridApi, RowClassRules, RowSelectionOptions, SelectionColumnDef } from 'ag-grid-community';
import { App as AntApp } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { StatusBar } from '../common/StatusBar';
import { useStatus } from '../common/status';
import { setActiveGrid } from './activeGrid';
import { ColumnChooser } from './ColumnChooser';
import { addDraftRow, removeRows, restoreRows } from './gridActions';
import type { GridContext } from './gridContext';
import { GridController } from './gridController';
import { discardAll } from './gridUndo';
import { GridToolbar } from './GridToolbar';
import { hostEvents } from './hostEvents';
import { useImeStart } from './imeStart';
import { RangeSelection } from './rangeSelection';
import { GridCounts } from './GridCounts';
import { useGridMenu } from './gridMenu';
import { countRows, type RowCounts } from './rowCounts';
import { RecycleBin } from './RecycleBin';
import { RowHistory } from './RowHistory';
import { subscribe } from './rowBus';
import { isDraft, rowKey, setPending } from './rowState';
import { gridLocale, gridTheme } from './setup';
import type { GridRow, LedgerGridSpec, LedgerRow } from './types';
import { sortRows } from './sortOrder';
import { useColumnLayout } from './useColumnLayout';
import { gridSheet } from './printGrid';
import { countyBandRule, CountyGroupToggle, forLevel, refreshCountyBands } from './countyGroups';
import { useCityLedger } from '../common/ledgerLevel';

interface Props<T extends LedgerRow> {
  spec: LedgerGridSpec<T>;
  title: string;
  /** The enterprise page's smaller grids: counts in the toolbar, no status bar of their own. */
  compact?: boolean;
  openEnterprise?(id: number): void;
  extraTools?: ReactNode;
}

// Grid options that are objects are made once: AG Grid takes a new object as a new setting and
// rebuilds its columns, which interrupts a column being dragged wider (the status bar re-renders
// this component after every change).

// Rules, unlike getRowClass, are evaluated again when a draft is saved and becomes a plain row.
const rowClassRules: RowClassRules = { 'row-draft': (p) => isDraft(p.data as GridRow<LedgerRow> | undefined), ...countyBandRule };
const defaultColDef: ColDef = { resizable: true, sortable: true };
// No select-all box: AG Grid would walk all 100,000 rows twice after every sort, filter and edit
// to draw it. Rows are picked one by one or with Shift+click.
const rowSelection: RowSelectionOptions = { mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false };
const selectionColumnDef: SelectionColumnDef = { pinned: 'left', width: 44, lockPinned: true, suppressMovable: true };

// `npm run bench -- grid` loads the app once more without the range module (…&bench-ranges-off)
// to measure what it adds to the first rows (at most 5 %).
const RANGES_ON = !new URLSearchParams(location.search).has('bench-ranges-off');

/**
 * One ledger grid that edits like Excel: type to edit, Enter and Tab move, Esc cancels (or
 * forgets a refused cell), Ctrl+V pastes a block from Excel/WPS, Ctrl+C copies, Ctrl+Z/Ctrl+Y
 * undo and redo over the audit log. What is not saved shows marked until fixed or discarded.
 */
export function LedgerGrid<T extends LedgerRow>({ spec, title, compact, openEnterprise, extraTools }: Props<T>) {
  const { modal } = AntApp.useApp();
  const { setStatus } = useStatus();
  const [, setVersion] = useState(0);
  const [counts, setCounts] = useState<RowCounts | null>(null);
  const [query, setQuery] = useState('');
  const [historyOpen, setHistoryOpen] = useState(false);
  const [focusedId, setFocusedId] = useState<{ id: number; stamp: string } | null>(null);
  const [binOpen, setBinOpen] = useState(false);
  const [gridApi, setGridApi] = useState<GridApi<GridRow<T>> | null>(null);
  const layout = useColumnLayout(spec.gridKey);
  const countFrame = useRef(0);

  // The controller lives as long as the grid (a page passes a spec made once).
  const getRowId = useCallback((p: GetRowIdParams<GridRow<T>>) => rowKey(p.data), []);
  const [controller] = useState(() => new GridController<T>(spec, { status: setStatus, changed: () => setVersion((v) => v + 1) }));
  const context = useMemo<GridContext>(() => ({ openEnterprise, measure: spec.measure }), [openEnterprise, spec.measure]);
  const city = useCityLedger();

  useEffect(() => subscribe((m) => controller.onBus(m)), [controller]);

  const wrapper = useRef<HTMLDivElement>(null);
  const gridHost = useRef<HTMLDivElement>(null);
  useImeStart(gridHost, () => controller.gridApi);
  const [range] = useState(() => new RangeSelection<T>(controller));
  useEffect(() => (gridHost.current && RANGES_ON ? range.attach(gridHost.current) : undefined), [range]);
  const host = useMemo(() => hostEvents(controller, range), [controller, range]);
  // A county ledger has no county column (grid/countyGroups.tsx).
  const columnDefs = useMemo(() => forLevel(spec.columns, city), [spec, city]);
  const commands = useMemo(
    () => ({ undo: () => void controller.undo(), redo: () => void controller.redo(), visible: () => !!wrapper.current?.offsetParent }),
    [controller],
  );
  useEffect(() => () => setActiveGrid(null, commands), [commands]);

  // The counts follow every change, but once the grid has painted it and the browser is idle.
  const recount = useCallback(() => {
    cancelIdleCallback(countFrame.current);
    countFrame.current = requestIdleCallback(
      () => {
        if (controller.gridApi && !controller.gridApi.isDestroyed()) setCounts(countRows(controller.gridApi, !!spec.sumsCapacity));
      },
      { timeout: 300 },
    );
  }, [controller, spec.sumsCapacity]);

  const onCellValueChanged = useCallback(
    (e: CellValueChangedEvent<GridRow<T>>) => {
      if (!e.data) return;
      const field = e.column.getColId();
      const key = rowKey(e.data);
      const expanded = controller.expand(field, e.newValue, e.data);
      // 50万吨 typed in 产能 also fills 产能单位 at once, before the service answers.
      for (const [f, v] of Object.entries(expanded)) if (f !== field) setPending(e.data, f, v);
      if (Object.keys(expanded).length > 1) controller.refresh([e.node]);
      void controller.enqueue(() => controller.saveRow(key, Object.keys(expanded), `修改「${controller.label(field)}」`));
    },
    [controller],
  );

  function confirmDelete() {
    const g = controller.gridApi;
    if (!g) return;
    let picked = g.getSelectedRows();
    // No ticked rows: the rows of the selected cells (or of the focused cell).
    if (picked.length === 0) picked = range.rowIndexes().flatMap((i) => g.getDisplayedRowAtIndex(i)?.data ?? []);
    if (picked.length === 0) return setStatus({ kind: 'info', text: '请先勾选要删除的行' });
    const names = picked.slice(0, 3).map((r) => `「${isDraft(r) ? '草稿行' : spec.describe(r)}」`).join('、');
    const more = picked.length > 3 ? ` 等 ${picked.length} ${spec.measure}` : '';
    const tail = spec.entity === 'enterprise' ? '其设备和整改事项一并移入回收站。' : '';
    modal.confirm({
      title: `删除${spec.noun}`,
      content: `确定删除${names}${more}吗？${tail}删除后可在回收站中恢复，也可按 Ctrl+Z 撤销。`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => removeRows(controller, picked),
    });
  }

  const menu = useGridMenu({ controller, range, confirmDelete, saveLayout: () => controller.gridApi && layout.save(controller.gridApi) });

  // As in WPS, laying the columns out again leaves the rows' 排序 and 筛选 alone; the message says so.
  function resetColumns(g: GridApi<GridRow<T>>) {
    const sorted = layout.reset(g);
    const filtered = Object.keys(g.getFilterModel()).length > 0;
    const kept = sorted && filtered ? '排序和筛选条件' : sorted ? '排序' : filtered ? '筛选条件' : '';
    const how = filtered ? '，可在列标题的筛选中清除' : '';
    setStatus({ kind: 'info', text: `已恢复默认列宽、顺序和显示${kept ? `；${kept}未变${how}` : ''}` });
  }

  const loadDeleted = useCallback(() => spec.store.listDeleted(), [spec]);
  const onColumnEvent = (e: { api: GridApi<GridRow<T>>; source: string }) => layout.changed(e.api, e.source);

  const toolbar = (
    <GridToolbar
      title={title}
      compact={compact}
      counts={compact ? counts : null}
      canUndo={controller.history.canUndo}
      canRedo={controller.history.canRedo}
      unsaved={counts?.unsaved ?? 0}
      query={query}
      testId={spec.gridKey}
      onAdd={() => addDraftRow(controller)}
      onDelete={confirmDelete}
      onRecycleBin={() => setBinOpen(true)}
      printSheet={() => gridSheet(controller.gridApi!, { title, measure: spec.measure, query, label: (id) => controller.label(id) })}
      onUndo={commands.undo}
      onRedo={commands.redo}
      onDiscard={() => discardAll(controller)}
      onQuery={(q) => {
        setQuery(q);
        void controller.search.setQuery(q);
      }}
      historyOpen={historyOpen}
      onToggleHistory={() => setHistoryOpen((v) => !v)}
      columns={<ColumnChooser gridApi={gridApi} size={compact ? 'small' : 'middle'} onChanged={() => gridApi && layout.save(gridApi)} onReset={() => gridApi && resetColumns(gridApi)} />}
      extra={
        <>
          {city && <CountyGroupToggle api={gridApi} testId={spec.gridKey} />}
          {extraTools}
        </>
      }
    />
  );

  return (
    <div className={compact ? 'ledger-grid compact' : 'ledger-grid'} ref={wrapper} onPointerDown={() => setActiveGrid(commands)}>
      {toolbar}
      <div className="ledger-grid-body">
        <div
          ref={gridHost}
          className="page-grid"
          data-testid={`${spec.gridKey}-grid`}
          data-search-ready={controller.search.ready || undefined}
          data-sort-ready={controller.sortReady || undefined}
          onKeyDown={host.onKeyDown}
          onPaste={host.onPaste}
          onCopy={host.onCopy}
          onContextMenu={menu.onContextMenu}
          onFocus={() => setActiveGrid(commands)}
        >
          <AgGridReact<GridRow<T>>
            theme={gridTheme}
            localeText={gridLocale}
            columnDefs={columnDefs}
            defaultColDef={defaultColDef}
            getRowId={getRowId}
            rowClassRules={rowClassRules}
            rowSelection={rowSelection}
            selectionColumnDef={selectionColumnDef}
            context={context}
            // Filters pass rows from the model they are given (the set filter needs it, see SetFilter).
            enableFilterHandlers
            stopEditingWhenCellsLoseFocus
            enterNavigatesVertically
            enterNavigatesVerticallyAfterEdit
            tooltipShowDelay={200}
            tooltipInteraction={false}
            suppressColumnMoveAnimation
            animateRows={false}
            // Five rows drawn beyond each edge of the screen, not AG Grid's ten: a wheel step (about
            // three rows) still lands on drawn rows, and every sort, filter or reload draws 27 rows
            // instead of 32 (a sort of 100,000 rows is mostly drawing them; bench/sortProfile.ts).
            rowBuffer={5}
            // The order is ours (sortOrder.ts): AG Grid's comparators keep the order, this sorts.
            // An edit or a paste re-sorts with it, so an edited row moves to its place.
            postSortRows={sortRows}
            isExternalFilterPresent={controller.search.isSearching}
            doesExternalFilterPass={controller.search.passes}
            onDisplayedColumnsChanged={() => range.columnsChanged()}
            onSortChanged={() => range.set(null)}
            onViewportChanged={() => range.viewportChanged()}
            onFilterChanged={(e) => {
              range.set(null);
              layout.filtersChanged(e.api);
            }}
            onGridReady={(e) => {
              setGridApi(e.api);
              void layout.restore(e.api);
              void controller.attach(e.api);
            }}
            onCellValueChanged={onCellValueChanged}
            onModelUpdated={(e) => {
              recount();
              refreshCountyBands(e.api);
            }}
            onSelectionChanged={recount}
            onCellFocused={(e) => {
              range.focusChanged(e.rowIndex ?? null, typeof e.column === 'object' ? (e.column as Column | null) : null);
              const node = e.rowIndex === null || e.rowIndex === undefined ? undefined : e.api.getDisplayedRowAtIndex(e.rowIndex);
              const d = node?.data;
              setFocusedId(d && !isDraft(d) ? { id: d.id, stamp: d.updatedAt } : null);
            }}
            onColumnResized={(e) => e.finished && onColumnEvent(e)}
            onColumnMoved={(e) => e.finished && onColumnEvent(e)}
            onColumnVisible={onColumnEvent}
            onColumnPinned={onColumnEvent}
            overlayNoRowsTemplate={`还没有${spec.noun}。点击「新增行」填写，或从 Excel 复制后在新行中粘贴`}
            overlayLoadingTemplate="正在读取…"
          />
        </div>
        {historyOpen && (
          <aside className="history-panel" data-testid="row-history">
            <h3>行历史</h3>
            <RowHistory entity={spec.entity} entityId={focusedId?.id ?? null} labels={spec.labels} version={focusedId?.stamp ?? ''} />
          </aside>
        )}
      </div>
      {!compact && (
        <StatusBar>
          <GridCounts counts={counts} spec={spec} />
        </StatusBar>
      )}
      {menu.menu}
      <RecycleBin<T>
        open={binOpen}
        noun={spec.noun}
        load={loadDeleted}
        describe={spec.describe}
        onRestore={(rows) => restoreRows(controller, rows)}
        onClose={() => setBinOpen(false)}
      />
    </div>
  );
}

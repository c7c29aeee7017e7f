import { App as AntApp, Button } from 'antd';
import { CloudDownloadOutlined, DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { AgGridReact } from 'ag-grid-react';
import type { CellValueChangedEvent, GetRowIdParams, GridApi, RowDragEndEvent } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TaskRow } from '../../../shared/contract/tasks';
import { api, errorMessage } from '../api';
import { StatusBar } from '../common/StatusBar';
import { useStatus } from '../common/status';
import { YearPicker } from '../common/YearPicker';
import { useImeStart } from '../grid/imeStart';
import { gridLocale, gridTheme } from '../grid/setup';
import { AddTaskDialog } from './AddTaskDialog';
import { AdoptPlanDialog } from './AdoptPlanDialog';
import { taskColumns } from './taskColumns';
import { useCityLedger } from '../common/ledgerLevel';
import './tasks.css';

const getRowId = (p: GetRowIdParams<TaskRow>) => String(p.data.id);

/**
 * 重点工作: the year's work plan, in annex order (drag 序号 to reorder). Every edit is saved at
 * once; a rejected value is put back and the reason shown. 完成时间 is kept as written and the
 * date it means is derived (全年 → 12月31日), with a countdown to it.
 */
export function TasksPage({ initialYear }: { initialYear: number }) {
  const { modal } = AntApp.useApp();
  const { setStatus } = useStatus();
  const gridRef = useRef<GridApi<TaskRow> | null>(null);
  const gridHost = useRef<HTMLDivElement>(null);
  useImeStart(gridHost, () => gridRef.current);
  const [year, setYear] = useState(initialYear);
  const [rows, setRows] = useState<TaskRow[] | null>(null);
  const [departments, setDepartments] = useState<string[]>([]);
  const [selected, setSelected] = useState(0);
  const [adding, setAdding] = useState(false);
  const [adopting, setAdopting] = useState(false);

  const load = useCallback(async () => {
    try {
      setRows(await api.call('tasks:list', { year }));
    } catch (err) {
      setStatus({ kind: 'error', text: `读取重点工作失败：${errorMessage(err)}` });
    }
  }, [year, setStatus]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    // The county's departments as 设置 lists them.
    api.call('settings:lists', {}).then((lists) => setDepartments(lists.departments), () => setDepartments([]));
  }, []);

  const city = useCityLedger();
  const columns = useMemo(() => taskColumns(departments, city), [departments, city]);
  const sections = useMemo(() => [...new Set((rows ?? []).map((r) => r.section))], [rows]);

  const onCellValueChanged = useCallback(
    async (e: CellValueChangedEvent<TaskRow>) => {
      const field = e.colDef.field;
      if (!field || !e.data || e.source === 'api' || JSON.stringify(e.oldValue) === JSON.stringify(e.newValue)) return;
      const rowNumber = (e.node.rowIndex ?? 0) + 1;
      try {
        const { row } = await api.call('tasks:update', { id: e.data.id, patch: { [field]: e.newValue ?? null } });
        e.node.setData(row);
        gridRef.current?.refreshCells({ rowNodes: [e.node], force: true });
        setStatus({ kind: 'saved', text: '已保存' });
      } catch (err) {
        e.node.setData({ ...e.data, [field]: e.oldValue });
        setStatus({ kind: 'error', text: `第 ${rowNumber} 项未保存：${errorMessage(err)}` });
      }
    },
    [setStatus],
  );

  const onRowDragEnd = useCallback(
    async (e: RowDragEndEvent<TaskRow>) => {
      const ids: number[] = [];
      e.api.forEachNode((n) => n.data && ids.push(n.data.id));
      try {
        await api.call('tasks:reorder', { year, ids });
        e.api.refreshCells({ columns: ['index'], force: true });
        setStatus({ kind: 'saved', text: '已调整顺序' });
      } catch (err) {
        setStatus({ kind: 'error', text: `顺序未保存：${errorMessage(err)}` });
        void load();
      }
    },
    [year, load, setStatus],
  );

  function confirmDelete() {
    const picked = gridRef.current?.getSelectedRows() ?? [];
    if (picked.length === 0) return;
    modal.confirm({
      title: '删除重点工作',
      content: `确定删除选中的 ${picked.length} 项重点工作吗？删除后可在回收站中恢复。`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.call('tasks:delete', { ids: picked.map((r) => r.id) });
          gridRef.current?.applyTransaction({ remove: picked });
          setStatus({ kind: 'saved', text: `已删除 ${picked.length} 项（可在回收站恢复）` });
        } catch (err) {
          setStatus({ kind: 'error', text: `删除失败：${errorMessage(err)}` });
        }
      },
    });
  }

  return (
    <div className="page">
      <div className="page-toolbar">
        <h2>重点工作</h2>
        <YearPicker value={year} onChange={setYear} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          新增
        </Button>
        <Button icon={<CloudDownloadOutlined />} onClick={() => setAdopting(true)}>
          采用上级方案…
        </Button>
        <Button icon={<DeleteOutlined />} danger disabled={selected === 0} onClick={confirmDelete}>
          删除
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>
      </div>
      <div className="page-grid tasks-grid" data-testid="task-grid" ref={gridHost}>
        <AgGridReact<TaskRow>
          theme={gridTheme}
          localeText={gridLocale}
          rowData={rows}
          columnDefs={columns}
          defaultColDef={{ resizable: true, sortable: false }}
          enableFilterHandlers
          getRowId={getRowId}
          rowDragManaged
          rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }}
          selectionColumnDef={{ pinned: 'left', width: 44 }}
          stopEditingWhenCellsLoseFocus
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          onGridReady={(e) => (gridRef.current = e.api)}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows().length)}
          onCellValueChanged={(e) => void onCellValueChanged(e)}
          onRowDragEnd={(e) => void onRowDragEnd(e)}
          overlayNoRowsTemplate="本年度还没有重点工作：点击「新增」逐项添加，或「采用上级方案」"
        />
      </div>
      <StatusBar>
        <span>{year}年 共 {rows?.length ?? 0} 项</span>
        {selected > 0 && <span>已选 {selected} 项</span>}
        <span>拖动“序号”可调整在附件中的顺序</span>
      </StatusBar>
      <AddTaskDialog
        open={adding}
        year={year}
        departments={departments}
        sections={sections}
        onClose={() => setAdding(false)}
        onCreated={(row) => {
          setAdding(false);
          gridRef.current?.applyTransaction({ add: [row] });
          setStatus({ kind: 'saved', text: `已新增：${row.content.slice(0, 20)}` });
        }}
      />
      <AdoptPlanDialog
        open={adopting}
        year={year}
        departments={departments}
        hasTasks={(rows?.length ?? 0) > 0}
        onClose={() => setAdopting(false)}
        onAdopted={(count) => {
          setAdopting(false);
          setStatus({ kind: 'saved', text: `已采用上级方案：${count} 项重点工作` });
          void load();
        }}
      />
    </div>
  );
}

import { App as AntApp, Button } from 'antd';
import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { AgGridReact } from 'ag-grid-react';
import type { CellValueChangedEvent, GetRowIdParams, GridApi, GridReadyEvent } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ENTERPRISE_LABELS, type Enterprise } from '../../../shared/schemas/enterprise';
import { api, errorMessage } from '../api';
import { StatusBar } from '../common/StatusBar';
import { useStatus } from '../common/status';
import { gridLocale, gridTheme } from '../grid/setup';
import { enterpriseColumns } from './columns';
import { AddEnterpriseDialog } from './AddEnterpriseDialog';

const getRowId = (p: GetRowIdParams<Enterprise>) => String(p.data.id);

/**
 * 企业名录: every edit is saved at once; a rejected value is put back and the reason shown.
 * After the first load the grid holds the rows; changes reach it as transactions.
 */
export function EnterprisesPage() {
  const { modal } = AntApp.useApp();
  const { setStatus } = useStatus();
  const gridRef = useRef<GridApi<Enterprise> | null>(null);
  const [rows, setRows] = useState<Enterprise[] | null>(null);
  const [selected, setSelected] = useState(0);
  const [count, setCount] = useState(0);
  const [adding, setAdding] = useState(false);

  const load = useCallback(async () => {
    try {
      setRows(await api.call('enterprises:list', {}));
    } catch (err) {
      setStatus({ kind: 'error', text: `读取企业名录失败：${errorMessage(err)}` });
    }
  }, [setStatus]);

  useEffect(() => {
    void load();
  }, [load]);

  const onCellValueChanged = useCallback(
    async (e: CellValueChangedEvent<Enterprise>) => {
      const field = e.colDef.field as keyof typeof ENTERPRISE_LABELS | undefined;
      if (!field || e.oldValue === e.newValue || !e.data || e.source === 'api') return;
      const rowNumber = (e.node.rowIndex ?? 0) + 1;
      try {
        const { row, warnings } = await api.call('enterprises:update', { id: e.data.id, patch: { [field]: e.newValue ?? null } });
        e.node.setData(row);
        setStatus(warnings.length ? { kind: 'warning', text: `已保存。第 ${rowNumber} 行：${warnings.join('；')}` } : { kind: 'saved', text: '已保存' });
      } catch (err) {
        // setData, unlike setDataValue, raises no cellValueChanged: the revert is not an edit.
        e.node.setData({ ...e.data, [field]: e.oldValue });
        setStatus({ kind: 'error', text: `第 ${rowNumber} 行未保存：${errorMessage(err)}` });
      }
    },
    [setStatus],
  );

  function confirmDelete() {
    const picked = gridRef.current?.getSelectedRows() ?? [];
    if (picked.length === 0) return;
    const names = picked.slice(0, 3).map((r) => `「${r.name}」`).join('、') + (picked.length > 3 ? ` 等 ${picked.length} 家` : '');
    modal.confirm({
      title: '删除企业',
      content: `确定删除${names}吗？删除后可在回收站中恢复。`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const { count } = await api.call('enterprises:delete', { ids: picked.map((r) => r.id) });
          gridRef.current?.applyTransaction({ remove: picked });
          setStatus({ kind: 'saved', text: `已删除 ${count} 家企业（可在回收站恢复）` });
        } catch (err) {
          setStatus({ kind: 'error', text: `删除失败：${errorMessage(err)}` });
        }
      },
    });
  }

  return (
    <div className="page">
      <div className="page-toolbar">
        <h2>企业名录</h2>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          新增企业
        </Button>
        <Button icon={<DeleteOutlined />} danger disabled={selected === 0} onClick={confirmDelete}>
          删除
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>
      </div>
      <div className="page-grid" data-testid="enterprise-grid">
        <AgGridReact<Enterprise>
          theme={gridTheme}
          localeText={gridLocale}
          rowData={rows}
          columnDefs={enterpriseColumns}
          defaultColDef={{ sortable: true, filter: true, resizable: true }}
          getRowId={getRowId}
          rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }}
          selectionColumnDef={{ pinned: 'left', width: 44 }}
          stopEditingWhenCellsLoseFocus
          enterNavigatesVerticallyAfterEdit
          onGridReady={(e: GridReadyEvent<Enterprise>) => (gridRef.current = e.api)}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows().length)}
          onModelUpdated={(e) => setCount(e.api.getDisplayedRowCount())}
          onCellValueChanged={onCellValueChanged}
          overlayNoRowsTemplate="还没有企业，点击「新增企业」添加"
        />
      </div>
      <StatusBar>
        <span>共 {count} 家企业</span>
        {selected > 0 && <span>已选 {selected} 家</span>}
      </StatusBar>
      <AddEnterpriseDialog
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(row, warnings) => {
          setAdding(false);
          gridRef.current?.applyTransaction({ add: [row] });
          setStatus(warnings.length ? { kind: 'warning', text: `已保存。${warnings.join('；')}` } : { kind: 'saved', text: `已保存：新增企业「${row.name}」` });
        }}
      />
    </div>
  );
}

import { App as AntApp, Button, Table, Tag } from 'antd';
import { ReloadOutlined, UndoOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import type { ImportRunSummary } from '../../../shared/contract/imports';
import { UndoResult } from '../../../shared/contract/imports';
import { api, errorMessage } from '../api';
import { formatDateTime } from '../common/format';
import { useStatus } from '../common/status';
import { useJob } from '../common/useJob';
import { publish } from '../grid/rowBus';

/** 导入记录: every committed import, newest first; a whole import can be undone (撤销本次导入). */
export function ImportHistory({ active }: { active: boolean }) {
  const { modal } = AntApp.useApp();
  const { setStatus } = useStatus();
  const { run, modal: progress } = useJob();
  const [rows, setRows] = useState<ImportRunSummary[]>([]);

  const load = useCallback(async () => {
    try {
      setRows(await api.call('import:history', {}));
    } catch (err) {
      setStatus({ kind: 'error', text: `读取导入记录失败：${errorMessage(err)}` });
    }
  }, [setStatus]);
  useEffect(() => {
    if (active) void load();
  }, [active, load]);

  function undo(r: ImportRunSummary) {
    modal.confirm({
      title: '撤销本次导入',
      width: 520,
      okText: '撤销导入',
      okButtonProps: { danger: true },
      cancelText: '取消',
      content: `将撤销 ${formatDateTime(r.finishedAt)} 导入的「${r.fileName}」：删除这次新建的记录（可在回收站找回），并把这次更新过的字段改回导入前的值。导入之后又被修改过的记录不会被覆盖，届时会提示。`,
      onOk: async () => {
        const status = await run('正在撤销导入', () => api.call('import:undo', { importId: r.id }));
        if (status.state === 'done') {
          const u = UndoResult.safeParse(status.result);
          // The grids stay mounted between screens: tell them their rows changed underneath.
          publish({ kind: 'reload', entities: ['enterprise', 'capacityLine', 'case'], source: 'import' });
          setStatus({ kind: 'saved', text: u.success ? `已撤销导入「${r.fileName}」：移除 ${u.data.rowsRemoved} 条记录，恢复 ${u.data.fieldsRestored} 个字段` : '已撤销导入' });
        } else {
          setStatus({ kind: 'error', text: status.error?.message ?? '撤销未完成，台账未改动' });
        }
        await load();
      },
    });
  }

  return (
    <div className="import-history">
      <div className="preview-toolbar">
        <Button size="small" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>
      </div>
      <Table<ImportRunSummary>
        rowKey="id"
        size="middle"
        dataSource={rows}
        pagination={false}
        scroll={{ y: 'calc(100vh - 260px)' }}
        locale={{ emptyText: '还没有导入记录' }}
        columns={[
          { title: '导入时间', dataIndex: 'finishedAt', width: 150, render: formatDateTime },
          { title: '文件', dataIndex: 'fileName', ellipsis: true },
          { title: '工作表', dataIndex: 'sheetName', width: 120, ellipsis: true },
          { title: '操作人', dataIndex: 'operator', width: 100 },
          { title: '新增', dataIndex: 'rowsNew', width: 64, align: 'right' },
          { title: '更新', dataIndex: 'rowsUpdated', width: 64, align: 'right' },
          { title: '无变化', dataIndex: 'rowsUnchanged', width: 72, align: 'right' },
          { title: '错误', dataIndex: 'rowsError', width: 64, align: 'right' },
          {
            title: '状态',
            key: 'state',
            width: 170,
            render: (_: unknown, r) => (r.undoneAt ? <Tag>已于 {formatDateTime(r.undoneAt)} 撤销</Tag> : <Tag color="green">有效</Tag>),
          },
          {
            title: '',
            key: 'op',
            width: 140,
            render: (_: unknown, r) =>
              r.undoneAt ? null : (
                <Button size="small" danger icon={<UndoOutlined />} onClick={() => undo(r)}>
                  撤销本次导入
                </Button>
              ),
          },
        ]}
      />
      {progress}
    </div>
  );
}

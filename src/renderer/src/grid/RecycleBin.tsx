import { Button, Modal, Table } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../api';
import { formatDateTime } from '../common/format';
import type { LedgerRow } from './types';

interface Props<T extends LedgerRow> {
  open: boolean;
  noun: string;
  load(): Promise<T[]>;
  describe(row: T): string;
  onRestore(rows: T[]): Promise<void>;
  onClose(): void;
}

/** 回收站: deleted rows keep every value and come back with 恢复 (one undoable step). */
export function RecycleBin<T extends LedgerRow>({ open, noun, load, describe, onRestore, onClose }: Props<T>) {
  const [rows, setRows] = useState<T[] | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setRows(null);
    setPicked([]);
    load().then(
      (r) => setRows([...r].sort((a, b) => String(b.deletedAt).localeCompare(String(a.deletedAt)))),
      (err) => setError(errorMessage(err)),
    );
  }, [open, load]);

  async function restore() {
    const chosen = (rows ?? []).filter((r) => picked.includes(r.id));
    setBusy(true);
    await onRestore(chosen);
    setBusy(false);
    onClose();
  }

  return (
    <Modal
      title={`回收站 · ${noun}`}
      open={open}
      onCancel={onClose}
      width={720}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose}>
          关闭
        </Button>,
        <Button key="restore" type="primary" disabled={picked.length === 0} loading={busy} onClick={() => void restore()}>
          恢复{picked.length ? `（${picked.length}）` : ''}
        </Button>,
      ]}
    >
      {error && <div className="status-error">读取回收站失败：{error}</div>}
      <Table<T>
        size="small"
        rowKey="id"
        loading={rows === null && !error}
        dataSource={rows ?? []}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        rowSelection={{ selectedRowKeys: picked, onChange: (keys) => setPicked(keys as number[]) }}
        locale={{ emptyText: '回收站是空的' }}
        columns={[
          { title: noun, key: 'name', render: (_v, r) => describe(r) },
          { title: '删除时间', key: 'deletedAt', width: 160, render: (_v, r) => formatDateTime(r.deletedAt) },
        ]}
      />
    </Modal>
  );
}

import { App as AntApp, Button, Descriptions, Table } from 'antd';
import { CloudDownloadOutlined, FolderOpenOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary, RestorePreview } from '../../../shared/contract/backups';
import { api, errorMessage } from '../api';
import { StatusBar } from '../common/StatusBar';
import { leaveNotice } from '../common/notice';
import { useStatus } from '../common/status';
import { useJob } from '../common/useJob';
import { formatDateTime } from '../common/format';

const size = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** 备份与恢复: the automatic and manual backups, and restoring one after a preview. */
export function BackupPage() {
  const { modal } = AntApp.useApp();
  const { setStatus } = useStatus();
  const { run, modal: progress } = useJob();
  const [rows, setRows] = useState<BackupSummary[]>([]);

  const load = useCallback(async () => {
    try {
      setRows(await api.call('backups:list', {}));
    } catch (err) {
      setStatus({ kind: 'error', text: `读取备份列表失败：${errorMessage(err)}` });
    }
  }, [setStatus]);

  useEffect(() => {
    void load();
  }, [load]);

  async function backup(toFile: boolean) {
    try {
      const status = await run('正在备份', () => api.call('backups:create', { toFile }));
      if (status.state === 'done') setStatus({ kind: 'saved', text: `备份完成：${String(status.result)}` });
      else setStatus({ kind: status.state === 'cancelled' ? 'info' : 'error', text: status.error?.message ?? '备份未完成' });
      await load();
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  function confirmRestore(p: RestorePreview) {
    if (p.refusal) {
      modal.error({ title: '无法恢复', content: p.refusal });
      return;
    }
    modal.confirm({
      title: '从备份恢复',
      width: 520,
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      content: (
        <>
          <p>恢复将用备份中的数据替换当前全部数据。恢复前会自动备份当前数据，可随时再恢复回来。</p>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="备份">{p.label}</Descriptions.Item>
            <Descriptions.Item label="企业">{p.counts.enterprises} 家</Descriptions.Item>
            <Descriptions.Item label="落后设备（生产线）">{p.counts.capacityLines} 条</Descriptions.Item>
            <Descriptions.Item label="整改事项">{p.counts.cases} 件</Descriptions.Item>
          </Descriptions>
        </>
      ),
      onOk: async () => {
        const status = await run('正在恢复', () => api.call('backups:restore', { source: p.source }));
        if (status.state === 'done') {
          // Every screen reloads from the restored data; the result is shown again after the reload.
          leaveNotice({ kind: 'saved', text: `已从备份恢复（${p.label}），恢复前的数据已另行备份` });
          location.reload();
        } else {
          setStatus({ kind: 'error', text: status.error?.message ?? '恢复未完成，数据未改变' });
        }
      },
    });
  }

  async function preview(name: string) {
    try {
      confirmRestore(await api.call('backups:preview', { name }));
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  async function pickFile() {
    try {
      const p = await api.call('backups:pickFile', {});
      if (p) confirmRestore(p);
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  return (
    <div className="page">
      <div className="page-toolbar">
        <h2>备份与恢复</h2>
        <Button type="primary" icon={<SaveOutlined />} onClick={() => void backup(false)}>
          立即备份
        </Button>
        <Button icon={<CloudDownloadOutlined />} onClick={() => void backup(true)}>
          备份到…（U盘）
        </Button>
        <Button icon={<FolderOpenOutlined />} onClick={() => void pickFile()}>
          从文件恢复…
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>
      </div>
      <div className="page-grid" style={{ padding: 12, overflow: 'auto' }}>
        <Table<BackupSummary>
          rowKey="name"
          size="middle"
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: '还没有备份。软件每天首次启动和退出时会自动备份。' }}
          columns={[
            { title: '备份时间', dataIndex: 'takenAt', render: formatDateTime, width: 180 },
            { title: '类型', dataIndex: 'reasonLabel', width: 100 },
            { title: '企业', dataIndex: ['counts', 'enterprises'], width: 80, align: 'right' },
            { title: '设备（生产线）', dataIndex: ['counts', 'capacityLines'], width: 120, align: 'right' },
            { title: '整改事项', dataIndex: ['counts', 'cases'], width: 100, align: 'right' },
            { title: '大小', dataIndex: 'bytes', render: size, width: 100, align: 'right' },
            { title: '文件', dataIndex: 'name' },
            { title: '', key: 'op', width: 90, render: (_: unknown, r) => <Button size="small" onClick={() => void preview(r.name)}>恢复…</Button> },
          ]}
        />
      </div>
      <StatusBar>
        <span>共 {rows.length} 个备份；自动保留最近 7 天、4 周、12 个月</span>
      </StatusBar>
      {progress}
    </div>
  );
}

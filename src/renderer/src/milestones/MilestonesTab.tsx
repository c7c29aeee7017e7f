import { App as AntApp, Button, InputNumber, Select, Space, Table, Tag } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import type { MilestonePresetInfo, MilestoneRow } from '../../../shared/contract/milestones';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { CountdownTag } from '../cases/badges';
import { MilestoneEditDialog, MilestoneImportDialog } from './MilestoneDialogs';

interface Props {
  initialYear: number;
  version: number;
  onOpen(m: MilestoneRow): void;
  onChanged(): void;
}

/** 时间节点: the year's milestones; apply a work plan's preset (docs/domain.md), import a superior's list. */
export function MilestonesTab({ initialYear, version, onOpen, onChanged }: Props) {
  const { modal } = AntApp.useApp();
  const { setStatus } = useStatus();
  const [year, setYear] = useState(initialYear);
  const [rows, setRows] = useState<MilestoneRow[]>([]);
  const [presets, setPresets] = useState<MilestonePresetInfo[]>([]);
  const [preset, setPreset] = useState<string | undefined>();
  const [editing, setEditing] = useState<MilestoneRow | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  useEffect(() => setYear(initialYear), [initialYear]);

  const load = useCallback(async () => {
    try {
      setRows(await api.call('milestones:list', { year }));
    } catch (err) {
      setStatus({ kind: 'error', text: `读取时间节点失败：${errorMessage(err)}` });
    }
  }, [year, setStatus]);

  useEffect(() => {
    void load();
  }, [load, version]);
  useEffect(() => {
    api.call('milestones:presets', {}).then(setPresets, () => {});
  }, []);

  function changed(message?: string) {
    if (message) setStatus({ kind: 'saved', text: message });
    void load();
    onChanged();
  }

  async function applyPreset() {
    if (!preset) return;
    try {
      const r = await api.call('milestones:applyPreset', { preset, year });
      changed(`已套用预设：新增 ${r.added} 个时间节点${r.skipped ? `，${r.skipped} 个已存在` : ''}`);
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  function confirmRemove(m: MilestoneRow) {
    modal.confirm({
      title: `删除时间节点“${m.name}”？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        await api.call('milestones:remove', { ids: [m.id] });
        changed('已删除时间节点');
      },
    });
  }

  return (
    <div className="tab-page">
      <Space wrap style={{ marginBottom: 8 }}>
        <span>年度</span>
        <InputNumber aria-label="年度" min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} style={{ width: 90 }} />
        <Select
          aria-label="时间节点预设"
          placeholder="选择上级文件的时间节点预设"
          style={{ width: 360 }}
          value={preset}
          onChange={setPreset}
          options={presets.map((p) => ({ value: p.key, label: `${p.name}（${p.documentNumber ?? '无文号'}，${p.count}项）` }))}
        />
        <Button onClick={() => void applyPreset()} disabled={!preset}>
          套用到{year}年
        </Button>
        <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
          导入上级清单…
        </Button>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增时间节点
        </Button>
      </Space>
      <Table<MilestoneRow>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={false}
        onRow={(m) => ({ onDoubleClick: () => onOpen(m) })}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '时间节点', dataIndex: 'name', render: (n: string, m) => <a onClick={() => onOpen(m)}>{n}</a> },
          { title: '时间要求', dataIndex: 'dueText', width: 120 },
          { title: '类别', dataIndex: 'kind', width: 110 },
          { title: '责任单位', dataIndex: 'owner', ellipsis: true },
          { title: '文号', dataIndex: 'documentNumber', width: 190 },
          {
            title: '倒计时',
            key: 'countdown',
            width: 120,
            render: (_: unknown, m) => (m.doneDate ? <Tag color="green">已完成 {m.doneDate}</Tag> : <CountdownTag band={m.countdown?.band ?? null} text={m.countdown?.text ?? null} />),
          },
          {
            title: '',
            key: 'op',
            width: 110,
            render: (_: unknown, m) => (
              <Space size={0}>
                <Button size="small" type="link" onClick={() => setEditing(m)}>
                  编辑
                </Button>
                <Button size="small" type="link" danger onClick={() => confirmRemove(m)}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <MilestoneEditDialog
        open={editing !== null}
        year={year}
        editing={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          changed('已保存时间节点');
        }}
      />
      <MilestoneImportDialog
        open={importing}
        year={year}
        onClose={() => setImporting(false)}
        onImported={(message) => {
          setImporting(false);
          changed(message);
        }}
      />
    </div>
  );
}

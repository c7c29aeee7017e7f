import { Alert, Button, Input, Modal, Space, Table, Tag } from 'antd';
import { EditOutlined, FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import type { Board, BoardRow } from '../../../shared/contract/packages';
import { api, errorMessage } from '../api';
import { normaliseDate } from '../../../shared/normalise/date';
import { formatDateTime } from '../common/format';
import { StatusBar } from '../common/StatusBar';
import { useStatus } from '../common/status';
import { SavedFile } from '../reports/SavedFile';
import './board.css';

const STATE_COLORS: Record<BoardRow['state'], string> = { 已报送: 'green', 未报送: 'red', 已过期: 'orange' };
const KIND_LABELS = { package: '报送包', template: '填报模板' } as const;

const COLUMNS = [
  { key: 'no', title: '序号', width: 56, render: (_: unknown, __: BoardRow, i: number) => i + 1 },
  { key: 'county', title: '县（市、区）', dataIndex: 'county', width: 130 },
  { key: 'state', title: '报送情况', dataIndex: 'state', width: 96, render: (s: BoardRow['state']) => <Tag color={STATE_COLORS[s]}>{s}</Tag> },
  { key: 'kind', title: '来源', dataIndex: 'kind', width: 90, render: (k: BoardRow['kind']) => (k ? KIND_LABELS[k] : '') },
  { key: 'exportedAt', title: '导出时间', dataIndex: 'exportedAt', width: 140, render: formatDateTime },
  { key: 'receivedAt', title: '收到时间', dataIndex: 'receivedAt', width: 140, render: formatDateTime },
  { key: 'rows', title: '行数', dataIndex: 'rows', width: 70, align: 'right' as const },
  { key: 'fileName', title: '文件', dataIndex: 'fileName', onCell: () => ({ style: { wordBreak: 'break-all' as const } }) },
];

/**
 * 报送情况 (a city ledger's): every county of the city for the current round — received (when,
 * how many rows), missing, or out of date (last year's, or sent before the round opened, which by
 * default is the day after the last 上报上级 date of 时间节点) — and
 * its export for the 领导小组. The city's county list is edited here; a county whose data the
 * city holds shows even when the list leaves it out.
 */
export function BoardPage({ cityLedger }: { cityLedger: boolean }) {
  const { setStatus } = useStatus();
  const [since, setSince] = useState('');
  const [sinceText, setSinceText] = useState<string | null>(null);
  const [board, setBoard] = useState<Board | null>(null);
  const [loading, setLoading] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!cityLedger) return;
    setLoading(true);
    try {
      setBoard(await api.call('packages:board', since ? { since } : {}));
    } catch (err) {
      setStatus({ kind: 'error', text: `读取报送情况失败：${errorMessage(err)}` });
    } finally {
      setLoading(false);
    }
  }, [cityLedger, since, setStatus]);
  useEffect(() => void load(), [load]);

  /** The date is read when typed out (Enter or leaving the field), as people write it: 2026年3月1日, 2026.3.1. */
  function commitSince() {
    if (sinceText === null) return;
    const text = sinceText.trim();
    const iso = text ? normaliseDate(text) : '';
    if (iso === null) return setStatus({ kind: 'error', text: `本轮起始日期“${text}”无效，请写作 2026-03-01 或 2026年3月1日` });
    setSinceText(null);
    setSince(iso);
  }

  async function exportBoard() {
    try {
      const { file } = await api.call('packages:exportBoard', since ? { since } : {});
      setSaved(file);
      setStatus({ kind: 'saved', text: `已导出报送情况：${file}` });
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }

  async function saveCounties() {
    if (editing === null) return;
    try {
      await api.call('packages:setCounties', { counties: editing.split(/[\n,，、]/) });
      setEditing(null);
      setStatus({ kind: 'saved', text: '已保存本市县（市、区）名单' });
      await load();
    } catch (err) {
      setStatus({ kind: 'error', text: `县名单未保存：${errorMessage(err)}` });
    }
  }

  if (!cityLedger) {
    return (
      <div className="page">
        <div className="page-toolbar">
          <h2>报送情况</h2>
        </div>
        <div className="board-body">
          <Alert type="info" showIcon title="报送情况用于市级台账" description="本台账的本级为「县」。市级台账请在「设置」中把本级设为「市」，各县报送包汇总后在这里查看谁已报送、谁未报送。" />
        </div>
        <StatusBar />
      </div>
    );
  }

  const rows = board?.counties ?? [];
  const count = (s: BoardRow['state']) => rows.filter((r) => r.state === s).length;
  return (
    <div className="page">
      <div className="page-toolbar">
        <h2>报送情况</h2>
        <Space>
          <span>本轮起始日期</span>
          <Input
            aria-label="本轮起始日期"
            placeholder="如 2026-03-01"
            value={sinceText ?? (since || board?.since || '')}
            onChange={(e) => setSinceText(e.target.value)}
            onPressEnter={commitSince}
            onBlur={commitSince}
            style={{ width: 150 }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void load()}>
            刷新
          </Button>
          <Button icon={<EditOutlined />} onClick={() => setEditing((board?.cityCounties ?? []).join('\n'))}>
            本市县名单
          </Button>
          <Button type="primary" icon={<FileExcelOutlined />} onClick={() => void exportBoard()}>
            导出
          </Button>
        </Space>
      </div>
      <div className="board-body">
        <div className="muted">
          {board ? `${board.year}年度：共 ${rows.length} 个县（市、区），已报送 ${count('已报送')}，未报送 ${count('未报送')}，已过期 ${count('已过期')}。` : ''}
          {board?.due ? `本轮截止：${board.due.date}（${board.due.name}）。` : ''}
          早于本轮起始日期导出的、或不是本年度的报送包算「已过期」；起始日期默认取「时间节点」中上一个「上报上级」日期的次日。
        </div>
        {saved && <SavedFile file={saved} rows={null} onClose={() => setSaved(null)} />}
        <Table<BoardRow>
          size="small"
          bordered
          loading={loading}
          pagination={false}
          rowKey="county"
          dataSource={rows}
          columns={COLUMNS}
          locale={{ emptyText: '还没有县名单，也没有汇总过报送包：点击「本市县名单」填写本市的县（市、区）' }}
          data-testid="board-table"
        />
      </div>
      <Modal open={editing !== null} title="本市县（市、区）名单" okText="保存" cancelText="取消" onOk={() => void saveCounties()} onCancel={() => setEditing(null)}>
        <Input.TextArea aria-label="本市县名单" value={editing ?? ''} autoSize={{ minRows: 8, maxRows: 16 }} placeholder={'每行一个，如：\n东昌府区\n阳谷县\n莘县'} onChange={(e) => setEditing(e.target.value)} />
      </Modal>
      <StatusBar />
    </div>
  );
}

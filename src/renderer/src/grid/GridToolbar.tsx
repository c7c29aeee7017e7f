import { Button, Input, Tooltip } from 'antd';
import { ClearOutlined, DeleteOutlined, HistoryOutlined, PlusOutlined, RedoOutlined, RestOutlined, UndoOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RowCounts } from './rowCounts';
import { PrintButton } from '../print/PrintButton';
import type { PrintSheet } from '../print/printSheet';

interface Props {
  title: string;
  compact?: boolean;
  counts: RowCounts | null;
  canUndo: boolean;
  canRedo: boolean;
  unsaved: number;
  query: string;
  testId: string;
  historyOpen: boolean;
  columns: ReactNode;
  extra?: ReactNode;
  onAdd(): void;
  onDelete(): void;
  onRecycleBin(): void;
  /** The rows shown as a print sheet (see printGrid.ts). */
  printSheet(): PrintSheet;
  onUndo(): void;
  onRedo(): void;
  onDiscard(): void;
  onQuery(q: string): void;
  onToggleHistory(): void;
}

/** The row of commands above a ledger grid. */
export function GridToolbar(p: Props) {
  const size = p.compact ? 'small' : 'middle';
  return (
    <div className={p.compact ? 'page-toolbar compact' : 'page-toolbar'}>
      {p.compact ? <h3>{p.title}</h3> : <h2>{p.title}</h2>}
      {p.compact && p.counts && (
        <span className="toolbar-counts" data-testid="grid-counts">
          {p.counts.total} 条{p.counts.sums ? ` · 产能 ${p.counts.sums || '—'}` : ''}
        </span>
      )}
      <Button size={size} type="primary" icon={<PlusOutlined />} onClick={p.onAdd}>
        新增行
      </Button>
      <Button size={size} icon={<DeleteOutlined />} danger onClick={p.onDelete}>
        删除
      </Button>
      <Tooltip title="撤销（Ctrl+Z）">
        <Button size={size} icon={<UndoOutlined />} disabled={!p.canUndo} onClick={p.onUndo} aria-label="撤销" />
      </Tooltip>
      <Tooltip title="重做（Ctrl+Y）">
        <Button size={size} icon={<RedoOutlined />} disabled={!p.canRedo} onClick={p.onRedo} aria-label="重做" />
      </Tooltip>
      {p.unsaved > 0 && (
        <Tooltip title="放弃所有未保存的草稿行和标红的单元格，恢复为已保存的值">
          <Button size={size} icon={<ClearOutlined />} onClick={p.onDiscard}>
            放弃未保存（{p.unsaved}）
          </Button>
        </Tooltip>
      )}
      <Input.Search
        size={size}
        allowClear
        className="grid-search"
        data-testid={`${p.testId}-search`}
        placeholder="名称、信用代码或拼音首字母"
        value={p.query}
        onChange={(e) => p.onQuery(e.target.value)}
        style={{ width: p.compact ? 200 : 260 }}
      />
      <span className="toolbar-spacer" />
      {p.extra}
      <PrintButton size={size} sheet={p.printSheet} />
      <Button size={size} icon={<RestOutlined />} onClick={p.onRecycleBin}>
        回收站
      </Button>
      {p.columns}
      <Button size={size} icon={<HistoryOutlined />} type={p.historyOpen ? 'primary' : 'default'} ghost={p.historyOpen} onClick={p.onToggleHistory}>
        行历史
      </Button>
    </div>
  );
}

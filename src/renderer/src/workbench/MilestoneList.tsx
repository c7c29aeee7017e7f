import { Empty } from 'antd';
import type { MilestoneRow } from '../../../shared/contract/milestones';
import { CountdownTag } from '../cases/badges';
import type { PrintSheet } from '../print/printSheet';

/** 12月31日, or 2027年1月31日 for a date outside the list's year. */
function shortDate(date: string, year: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y === year ? '' : `${y}年`}${m}月${d}日`;
}

/** 打印 of the year's milestones not yet done, as the list shows them. */
export function milestoneSheet(rows: readonly MilestoneRow[]): PrintSheet {
  return {
    title: '时间节点',
    filter: '未完成的时间节点',
    measure: '项',
    columns: ['序号', '日期', '倒计时', '时间节点', '完成时间', '责任单位', '文号'],
    rows: rows.map((m, i) => [String(i + 1), shortDate(m.date, m.year), m.countdown?.text ?? '', m.name, m.dueText, m.owner ?? '', m.documentNumber ?? '']),
  };
}

/** The year's milestones not yet done, by date, each with its countdown. */
export function MilestoneList({ rows, onOpen }: { rows: readonly MilestoneRow[]; onOpen(m: MilestoneRow): void }) {
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度没有待办的时间节点。可在“时间节点”中套用预设或导入上级清单" />;
  return (
    <div className="milestone-list" data-testid="workbench-milestones">
      {rows.map((m) => (
        <button key={m.id} type="button" className="milestone-item" onClick={() => onOpen(m)}>
          <span className="milestone-date">
            <span>{shortDate(m.date, m.year)}</span>
            <CountdownTag band={m.countdown?.band ?? null} text={m.countdown?.text ?? null} />
          </span>
          <span className="milestone-body">
            <span className="milestone-name">{m.name}</span>
            <span className="milestone-sub" title={[m.dueText, m.owner, m.documentNumber].filter(Boolean).join(' · ')}>
              {m.dueText}
              {m.owner ? ` · ${m.owner}` : ''}
              {m.documentNumber ? ` · ${m.documentNumber}` : ''}
            </span>
          </span>
        </button>
      ))}
    </div>
  );
}

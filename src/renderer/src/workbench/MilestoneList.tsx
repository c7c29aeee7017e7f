import { Empty } from 'antd';
import type { MilestoneRow } from '../../../shared/contract/milestones';
import { CountdownTag } from '../cases/badges';
import { useCityLedger } from '../common/ledgerLevel';
import { shortDate } from './workbenchSheets';

/** The year's milestones not yet done, by date, each with its countdown. */
export function MilestoneList({ rows, onOpen }: { rows: readonly MilestoneRow[]; onOpen(m: MilestoneRow): void }) {
  // A city holds its counties' milestones beside its own: each says whose it is.
  const city = useCityLedger();
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
            <span className="milestone-name">
              {city && <span className="milestone-county">{m.county || '本级'}</span>}
              {m.name}
            </span>
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

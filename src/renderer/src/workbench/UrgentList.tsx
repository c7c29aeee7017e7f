import { Empty } from 'antd';
import type { DeadlineRow } from '../../../shared/contract/workflow';
import { CardBadge, CountdownTag, DimensionTag } from '../cases/badges';
import { useCityLedger } from '../common/ledgerLevel';
import { isOverdue } from './workbenchSheets';

/** 待办: overdue cases first, then those due soon; a click opens the case. */
export function UrgentList({ rows, near, onOpen }: { rows: readonly DeadlineRow[]; near: number; onOpen(id: number): void }) {
  const city = useCityLedger();
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`没有逾期或${near}天内到期的整改事项`} />;
  const overdue = rows.filter(isOverdue);
  const due = rows.filter((r) => !isOverdue(r));
  const group = (title: string, list: DeadlineRow[], testId: string) =>
    list.length > 0 && (
      <div data-testid={testId}>
        <div className="urgent-group">
          {title}（{list.length}）
        </div>
        {list.map((r) => (
          <button key={r.id} type="button" className={`urgent-item urgent-${r.band ?? 'later'}`} onClick={() => onOpen(r.id)} data-case-id={r.id}>
            <span className="urgent-countdown">
              <CountdownTag band={r.band} text={r.text} />
            </span>
            {city && <span className="urgent-county">{r.county}</span>}
            <span className="urgent-name">{r.enterpriseName}</span>
            <DimensionTag dimension={r.dimension} />
            <span className="urgent-status">{r.statusLabel}</span>
            <span className="urgent-town">{r.town ?? ''}</span>
            <span className="urgent-date" title="期限届满日">
              <span className="urgent-date-label">届满</span>
              {r.deadline}
            </span>
            <span className="urgent-card">
              <CardBadge card={r.card} />
            </span>
          </button>
        ))}
      </div>
    );
  return (
    <div className="urgent-list">
      {group('已逾期', overdue, 'urgent-overdue')}
      {group(`${near}天内到期`, due, 'urgent-due')}
    </div>
  );
}

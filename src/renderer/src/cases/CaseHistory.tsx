import { Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../../../shared/contract/workflow';

const COLORS: Record<string, string> = { 'closed-down': 'red', failed: 'red', compliant: 'green', exited: 'green' };

/** 办理记录: every step with its date, who took it, what it ordered and the note. */
export function CaseHistory({ history }: { history: readonly HistoryEntry[] }) {
  return (
    <Timeline
      data-testid="case-history"
      items={history.map((h) => ({
        key: h.id,
        color: COLORS[h.toStatus] ?? 'blue',
        content: (
          <div>
            <div>
              <span className="history-date">{h.eventDate}</span>
              <strong>{h.label}</strong>
              <span style={{ color: '#6b7280' }}> → {h.toLabel}</span>
              <span style={{ color: '#6b7280', marginInlineStart: 8 }}>操作人：{h.operator}</span>
            </div>
            {h.detail && <div style={{ color: '#374151' }}>{h.detail}</div>}
            {h.note && <Typography.Text type="secondary">备注：{h.note}</Typography.Text>}
          </div>
        ),
      }))}
    />
  );
}

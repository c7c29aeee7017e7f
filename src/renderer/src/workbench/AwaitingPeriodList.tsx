import { Alert, Button, Empty, Form, Modal } from 'antd';
import { useState } from 'react';
import type { DeadlineRow } from '../../../shared/contract/workflow';
import { AWAITS_PERIOD } from '../../../shared/rules/caseDeadline';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { DimensionTag } from '../cases/badges';
import { PeriodInput, toPeriod, type PeriodValue } from '../cases/periodInput';

/**
 * 待定期限: cases running a measure whose period the decision or order sets, none entered yet
 * (often imported from a sheet that carried the notice but not the period). 录入期限 enters the
 * order's period in one step; the case then counts down like any other.
 */
export function AwaitingPeriodList({ rows, onOpen, onChanged }: { rows: readonly DeadlineRow[]; onOpen(id: number): void; onChanged(): void }) {
  const { setStatus } = useStatus();
  const [row, setRow] = useState<DeadlineRow | null>(null);
  const [period, setPeriod] = useState<PeriodValue>({ unit: 'months', count: null, until: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`没有${AWAITS_PERIOD}的整改事项`} />;

  function open(r: DeadlineRow) {
    setRow(r);
    setError(null);
    setPeriod({ unit: r.dimension === '技术' ? 'until' : 'months', count: null, until: '' });
  }

  async function save() {
    if (!row) return;
    const p = toPeriod(period);
    if (p === null) return setError('请填写决定/命令确定的期限');
    if (p === 'invalid') return setError('期限的日期无效，请写作 2023-10-31');
    setBusy(true);
    try {
      const view = await api.call('cases:setPeriod', { id: row.id, period: p });
      setRow(null);
      setStatus({ kind: 'saved', text: `已录入“${row.enterpriseName}”的整改期限，届满日 ${view.deadline?.effective ?? '待录入节假日后确定'}` });
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="urgent-list" data-testid="awaiting-period">
      {rows.map((r) => (
        <div key={r.id} className="awaiting-item" data-case-id={r.id}>
          <button type="button" className="awaiting-open" onClick={() => onOpen(r.id)}>
            <span className="urgent-name">{r.enterpriseName}</span>
            <DimensionTag dimension={r.dimension} />
            <span className="urgent-status">{r.statusLabel}</span>
            <span className="urgent-town">{r.town ?? ''}</span>
          </button>
          <Button size="small" type="primary" onClick={() => open(r)}>
            录入期限
          </Button>
        </div>
      ))}
      <Modal
        open={row !== null}
        title={row ? `录入期限：${row.enterpriseName}（${row.dimension}·${row.statusLabel}）` : ''}
        okText="保存"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => void save()}
        onCancel={() => setRow(null)}
        destroyOnHidden
      >
        <Form layout="vertical" onFinish={() => void save()}>
          <Form.Item label="决定/命令确定的期限（自通知日期起算）" required>
            <PeriodInput label="期限" value={period} onChange={setPeriod} allowUntil />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon title={error} role="alert" data-testid="period-error" />}
      </Modal>
    </div>
  );
}

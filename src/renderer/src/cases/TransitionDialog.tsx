import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { CaseWorkflowView, WorkflowStep } from '../../../shared/contract/workflow';
import { normaliseDate } from '../../../shared/normalise/date';
import { api, errorMessage } from '../api';
import { PeriodInput, toPeriod, type PeriodValue } from './periodInput';
import { ClosureFields, closureFrom, type ClosureValue } from './ClosureFields';

interface Props {
  view: CaseWorkflowView;
  step: WorkflowStep | null;
  onClose(): void;
  onDone(view: CaseWorkflowView, warnings: string[], label: string): void;
}

const PERIOD_LABELS: Record<string, string> = {
  'issue-notice': '整改期限',
  escalate: '整改期限',
  seal: '限时拆除期限',
  'accept-fail': '限时拆除期限（不填则原期限继续计算）',
};

function extensionDefault(view: CaseWorkflowView, step: WorkflowStep): PeriodValue {
  const source = step.id === 'approve-extension' ? view.extension?.requested : view.rule.maxExtension;
  if (source && 'days' in source) return { unit: 'days', count: source.days, until: '' };
  return { unit: 'months', count: source && 'months' in source ? source.months : 3, until: '' };
}

/**
 * The form of one workflow step: the date (today by default), a note, and only the fields the
 * step takes. A refusal from main is shown in the dialog, in the words main gave.
 */
export function TransitionDialog({ view, step, onClose, onDone }: Props) {
  const [date, setDate] = useState(view.today);
  const [note, setNote] = useState('');
  const [measure, setMeasure] = useState<string | undefined>();
  const [period, setPeriod] = useState<PeriodValue>({ unit: 'months', count: null, until: '' });
  const [extension, setExtension] = useState<PeriodValue>({ unit: 'months', count: 3, until: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [closure, setClosure] = useState<ClosureValue | null>(null);
  const [approval, setApproval] = useState({ authority: '', number: '', date: '' });
  const closing = step?.id === 'close-down';
  // 环保: 情节严重的，报经有批准权的人民政府批准，责令停业、关闭.
  const asksApproval = closing && view.dimension === '环保';

  useEffect(() => {
    if (!step) return;
    setDate(view.today);
    setNote('');
    setError(null);
    setMeasure(step.measures[0]);
    setPeriod({ unit: view.dimension === '技术' ? 'until' : 'months', count: null, until: '' });
    setExtension(extensionDefault(view, step));
    setClosure(step.id === 'close-down' && view.closure ? closureFrom(view.closure) : null);
    setApproval({ authority: '', number: '', date: '' });
  }, [step, view]);

  /** A line's exit date follows the step's date until the user edits it. */
  function changeDate(next: string) {
    const iso = normaliseDate(next);
    if (closure && iso) setClosure({ ...closure, lines: closure.lines.map((l) => (l.exitDate === (normaliseDate(date) ?? date) ? { ...l, exitDate: iso } : l)) });
    setDate(next);
  }

  async function submit() {
    if (!step) return;
    const iso = normaliseDate(date);
    if (!iso) return setError(`日期“${date}”无效，请写作 2023-04-01 或 2023年4月1日`);
    const p = step.period === 'none' ? null : toPeriod(period);
    const x = step.extension === 'none' ? null : toPeriod(extension);
    if (p === 'invalid') return setError('期限的日期无效，请写作 2021-10-31');
    if (step.period === 'required' && p === null) return setError('请填写期限');
    if (step.extension === 'required' && x === null) return setError('请填写延期期限');
    let lines = closure?.lines ?? [];
    for (const [i, l] of lines.entries()) {
      const d = normaliseDate(l.exitDate);
      if (!d) return setError(`第${i + 1}条设备的退出日期“${l.exitDate}”无效，请写作 2023-04-01`);
      lines = lines.map((x) => (x.lineId === l.lineId ? { ...x, exitDate: d } : x));
    }
    const approvalDate = approval.date.trim() ? normaliseDate(approval.date) : null;
    if (approval.date.trim() && !approvalDate) return setError(`批准日期“${approval.date}”无效，请写作 2023-04-01`);
    const approved = asksApproval && approval.authority.trim() && approval.number.trim() && approvalDate;
    setBusy(true);
    try {
      const result = await api.call('cases:transition', {
        id: view.id,
        transition: step.id,
        date: iso,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(measure && step.measures.length ? { measure } : {}),
        ...(p ? { period: p } : {}),
        ...(x && x !== 'invalid' && !('until' in x) ? { extension: x } : {}),
        ...(closing && closure ? { closure: { ...closure, lines } } : {}),
        ...(approved ? { approval: { authority: approval.authority.trim(), number: approval.number.trim(), date: approvalDate } } : {}),
      });
      const { warnings, ...next } = result;
      onDone(next, warnings, step.label);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={step !== null}
      title={step ? `${step.label}：${view.enterpriseName}` : ''}
      okText="确定"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={closing ? 720 : 520}
    >
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label="日期" required>
          <Input aria-label="日期" value={date} onChange={(e) => changeDate(e.target.value)} placeholder="如 2023-04-01" style={{ width: 200 }} />
        </Form.Item>
        {step && step.measures.length > 0 && (
          <Form.Item label="措施">
            <Select aria-label="措施" value={measure} onChange={setMeasure} options={step.measures.map((m) => ({ value: m, label: m }))} style={{ width: 320 }} />
          </Form.Item>
        )}
        {step && step.period !== 'none' && (
          <Form.Item label={PERIOD_LABELS[step.id] ?? '期限'} required={step.period === 'required'}>
            <PeriodInput label="期限" value={period} onChange={setPeriod} allowUntil />
          </Form.Item>
        )}
        {step && step.extension !== 'none' && (
          <Form.Item label={step.id === 'approve-extension' ? '批准延期（不长于申请）' : `申请延期（${view.rule.maxExtensionText}）`} required={step.extension === 'required'}>
            <PeriodInput label="延期" value={extension} onChange={setExtension} allowUntil={false} />
          </Form.Item>
        )}
        {closing && closure && view.closure && <ClosureFields proposal={view.closure} value={closure} onChange={setClosure} />}
        {asksApproval && (
          <Form.Item label="人民政府批准（情节严重、期限内关闭时必填）">
            <Input aria-label="批准机关" value={approval.authority} onChange={(e) => setApproval({ ...approval, authority: e.target.value })} placeholder="批准机关，如 某某县人民政府" style={{ width: 200, marginRight: 8 }} />
            <Input aria-label="批准文号" value={approval.number} onChange={(e) => setApproval({ ...approval, number: e.target.value })} placeholder="文号" style={{ width: 160, marginRight: 8 }} />
            <Input aria-label="批准日期" value={approval.date} onChange={(e) => setApproval({ ...approval, date: e.target.value })} placeholder="日期" style={{ width: 110 }} />
          </Form.Item>
        )}
        <Form.Item label="备注">
          <Input.TextArea aria-label="备注" rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} placeholder="文书编号、复查情况等" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} data-testid="transition-error" role="alert" />}
    </Modal>
  );
}

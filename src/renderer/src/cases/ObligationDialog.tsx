import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { ObligationChecklist, ObligationItem } from '../../../shared/contract/obligations';
import { POWER_PRICES, type ObligationKind } from '../../../shared/rules/obligations';
import { normaliseDate } from '../../../shared/normalise/date';
import { api, errorMessage } from '../api';

/** What each step asks for, in the words of its form. */
interface FieldLabels {
  date: string;
  document: string;
  authority?: string;
  detail?: string;
}

const FIELDS: Record<ObligationKind, FieldLabels> = {
  pledge: { date: '承诺日期', document: '文号或网址' },
  'seal-line': { date: '封存日期', document: '文号' },
  'website-notice': { date: '公告日期', document: '公告网址' },
  'government-approval': { date: '批准日期', document: '批准文号', authority: '批准机关' },
  licence: { date: '日期', document: '文号', authority: '机关', detail: '证照' },
  'credit-push': { date: '推送日期', document: '文号或网址', authority: '信用平台' },
  'power-price': { date: '起始日期', document: '文号', detail: '电价' },
};

const PLACEHOLDERS: Partial<Record<string, string>> = {
  批准机关: '如 某某县人民政府',
  信用平台: '如 信用山东、省信用信息共享平台',
  机关: '如 某某市市场监督管理局',
  证照: '如 生产许可证',
  公告网址: 'https://…',
};

interface Props {
  caseId: number;
  item: ObligationItem | null;
  onClose(): void;
  onSaved(list: ObligationChecklist, label: string): void;
}

/** 登记 one step of the checklist: its date and document, and what the step names (机关, 平台, 电价). */
export function ObligationDialog({ caseId, item, onClose, onSaved }: Props) {
  const [form, setForm] = useState({ doneDate: '', dueDate: '', document: '', authority: '', detail: '', note: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!item) return;
    setError(null);
    setForm({
      doneDate: item.doneDate ?? '',
      dueDate: item.dueSource === '人工填写的限时拆除日期' ? (item.dueDate ?? '') : '',
      document: item.document ?? '',
      authority: item.authority ?? '',
      detail: item.detail ?? '',
      note: item.note ?? '',
    });
  }, [item]);

  if (!item) return null;
  const labels = FIELDS[item.kind];
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  async function submit() {
    if (!item) return;
    const date = (text: string, label: string): string | null | false => {
      if (!text.trim()) return null;
      const iso = normaliseDate(text);
      if (!iso) {
        setError(`${label}“${text}”无效，请写作 2023-10-08 或 2023年10月8日`);
        return false;
      }
      return iso;
    };
    const doneDate = date(form.doneDate, labels.date);
    const dueDate = item.kind === 'seal-line' ? date(form.dueDate, '限时拆除日期') : null;
    if (doneDate === false || dueDate === false) return;
    setBusy(true);
    try {
      const list = await api.call('cases:saveObligation', {
        caseId,
        kind: item.kind,
        lineId: item.lineId,
        doneDate,
        ...(item.kind === 'seal-line' ? { dueDate } : {}),
        document: form.document,
        authority: form.authority,
        detail: form.detail,
        note: form.note,
      });
      onSaved(list, item.label);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={`${item.label}${item.lineName ? `：${item.lineName}` : ''}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
    >
      <Form layout="vertical" onFinish={() => void submit()}>
        {item.kind === 'seal-line' && (
          <Form.Item label="限时拆除日期" extra={`不填则按${item.dueSource ?? '年度方案'}：${item.dueDate ?? ''}`}>
            <Input aria-label="限时拆除日期" value={form.dueDate} onChange={set('dueDate')} placeholder={item.dueDate ?? '如 2023-10-31'} style={{ width: 200 }} />
          </Form.Item>
        )}
        <Form.Item label={labels.date} extra="不填日期表示尚未办理">
          <Input aria-label={labels.date} value={form.doneDate} onChange={set('doneDate')} placeholder="如 2023-10-08" style={{ width: 200 }} />
        </Form.Item>
        {labels.authority && (
          <Form.Item label={labels.authority}>
            <Input aria-label={labels.authority} value={form.authority} onChange={set('authority')} placeholder={PLACEHOLDERS[labels.authority]} />
          </Form.Item>
        )}
        {labels.detail &&
          (item.kind === 'power-price' ? (
            <Form.Item label={labels.detail}>
              <Select aria-label={labels.detail} value={form.detail || undefined} onChange={(v: string) => setForm({ ...form, detail: v })} options={POWER_PRICES.map((p) => ({ value: p, label: p }))} style={{ width: 200 }} />
            </Form.Item>
          ) : (
            <Form.Item label={labels.detail}>
              <Input aria-label={labels.detail} value={form.detail} onChange={set('detail')} placeholder={PLACEHOLDERS[labels.detail]} />
            </Form.Item>
          ))}
        <Form.Item label={labels.document}>
          <Input aria-label={labels.document} value={form.document} onChange={set('document')} placeholder={PLACEHOLDERS[labels.document]} />
        </Form.Item>
        <Form.Item label="备注">
          <Input.TextArea aria-label="备注" rows={2} value={form.note} onChange={set('note')} maxLength={500} />
        </Form.Item>
      </Form>
      <blockquote className="legal-basis">
        {item.basis.text}
        <footer>—— {item.basis.source}</footer>
      </blockquote>
      {error && <Alert type="error" showIcon title={error} data-testid="obligation-error" role="alert" />}
    </Modal>
  );
}

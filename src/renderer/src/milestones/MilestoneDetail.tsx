import { Button, Descriptions, Input, Modal, Space } from 'antd';
import { useEffect, useState } from 'react';
import { normaliseDate } from '../../../shared/normalise/date';
import type { MilestoneRow } from '../../../shared/contract/milestones';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { CountdownTag } from '../cases/badges';

/** One milestone with the sentence of the document it comes from; 标记完成 (date, note; the operator is recorded) or undo. */
export function MilestoneDetail({ milestone, today, onClose, onChanged }: { milestone: MilestoneRow | null; today: string; onClose(): void; onChanged(): void }) {
  const { setStatus } = useStatus();
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  useEffect(() => {
    setDate(today);
    setNote('');
  }, [milestone, today]);
  async function setDone(raw: string | null) {
    if (!milestone) return;
    const doneDate = raw === null ? null : normaliseDate(raw);
    if (raw !== null && !doneDate) return setStatus({ kind: 'error', text: `完成日期“${raw}”无效，请写作 2026-10-31` });
    try {
      await api.call('milestones:setDone', { id: milestone.id, doneDate, ...(doneDate && note.trim() ? { note: note.trim() } : {}) });
      setStatus({ kind: 'saved', text: doneDate ? `已标记完成：${milestone.name}` : `已撤销完成：${milestone.name}` });
      onChanged();
      onClose();
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err) });
    }
  }
  const m = milestone;
  return (
    <Modal
      open={m !== null}
      title={m?.name}
      onCancel={onClose}
      width={640}
      footer={
        m && [
          <Button key="close" onClick={onClose}>
            关闭
          </Button>,
          m.doneDate ? (
            <Button key="undo" onClick={() => void setDone(null)}>
              撤销完成
            </Button>
          ) : (
            <Button key="done" type="primary" onClick={() => void setDone(date)}>
              标记完成
            </Button>
          ),
        ]
      }
    >
      {m && (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label="时间要求">
            {m.dueText}（{m.startDate ? `${m.startDate} 至 ` : ''}
            {m.date}） <CountdownTag band={m.countdown?.band ?? null} text={m.countdown?.text ?? null} />
          </Descriptions.Item>
          <Descriptions.Item label="类别">{m.kind}</Descriptions.Item>
          <Descriptions.Item label="责任单位">{m.owner ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="文号">{m.documentNumber ?? '—'}</Descriptions.Item>
          {m.sourceText && <Descriptions.Item label="原文">{m.sourceText}</Descriptions.Item>}
          {m.doneDate && (
            <Descriptions.Item label="完成情况">
              {m.doneDate} 完成{m.doneBy ? `（${m.doneBy}标记）` : ''}
              {m.doneNote ? `：${m.doneNote}` : ''}
            </Descriptions.Item>
          )}
          {!m.doneDate && (
            <Descriptions.Item label="标记完成">
              <Space>
                <Input aria-label="完成日期" value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 120 }} />
                <Input aria-label="完成说明" value={note} onChange={(e) => setNote(e.target.value)} placeholder="说明，如 已报市工信局（文号）" style={{ width: 320 }} maxLength={1000} />
              </Space>
            </Descriptions.Item>
          )}
          {m.note && <Descriptions.Item label="备注">{m.note}</Descriptions.Item>}
        </Descriptions>
      )}
    </Modal>
  );
}

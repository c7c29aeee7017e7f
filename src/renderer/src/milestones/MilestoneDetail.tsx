import { Button, Descriptions, Modal } from 'antd';
import type { MilestoneRow } from '../../../shared/contract/milestones';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { CountdownTag } from '../cases/badges';

/** One milestone with the sentence of the document it comes from; 标记完成 or undo. */
export function MilestoneDetail({ milestone, today, onClose, onChanged }: { milestone: MilestoneRow | null; today: string; onClose(): void; onChanged(): void }) {
  const { setStatus } = useStatus();
  async function setDone(doneDate: string | null) {
    if (!milestone) return;
    try {
      await api.call('milestones:setDone', { id: milestone.id, doneDate });
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
            <Button key="done" type="primary" onClick={() => void setDone(today)}>
              标记完成（{today}）
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
          {m.doneDate && <Descriptions.Item label="完成日期">{m.doneDate}</Descriptions.Item>}
          {m.note && <Descriptions.Item label="备注">{m.note}</Descriptions.Item>}
        </Descriptions>
      )}
    </Modal>
  );
}

import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { CaseWorkflowView } from '../../../shared/contract/workflow';
import type { ObligationChecklist as Checklist, ObligationItem } from '../../../shared/contract/obligations';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { CountdownTag } from './badges';
import { ObligationDialog } from './ObligationDialog';

/** 2023-10-10 · 某某县人民政府 · 某政字〔2023〕9号 · 差别电价 */
function recorded(item: ObligationItem): string {
  return [item.doneDate, item.authority, item.detail, item.document].filter(Boolean).join(' · ');
}

/**
 * 关停后续事项: the steps the plans require after a closure or sealing, as a checklist on the
 * case — done ones with their date and document, open ones with the 限时拆除 countdown where the
 * plan sets a date. Hidden for a case that owes none.
 */
export function ObligationChecklist({ view }: { view: CaseWorkflowView }) {
  const { setStatus } = useStatus();
  const [list, setList] = useState<Checklist | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<ObligationItem | null>(null);

  // A step taken (a closure, a sealing) changes what the case owes.
  useEffect(() => {
    let live = true;
    setError(null);
    api
      .call('cases:obligations', { id: view.id })
      .then((next) => live && setList(next))
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [view.id, view.status, view.history.length]);

  if (error) return <Alert style={{ marginTop: 12 }} type="error" showIcon title={`关停后续事项读取失败：${error}`} />;
  if (!list || list.items.length === 0) return null;

  return (
    <Card size="small" title={`关停后续事项（已办 ${list.done}/${list.items.length}）`} style={{ marginTop: 12 }} data-testid="obligation-checklist">
      <ul className="obligation-list">
        {list.items.map((item) => (
          <li key={`${item.kind}:${item.lineId}`} className={item.done ? 'obligation-done' : 'obligation-open'} data-testid="obligation-item">
            {item.done ? <CheckCircleFilled className="obligation-mark" /> : <ClockCircleOutlined className="obligation-mark" />}
            <div className="obligation-body">
              <Space size={6} wrap>
                <strong>{item.label}</strong>
                {item.lineName && <span>（{item.lineName}）</span>}
                {item.dueDate && (
                  <Typography.Text type="secondary" title={item.dueSource ?? undefined}>
                    限时拆除 {item.dueDate}
                  </Typography.Text>
                )}
                <CountdownTag band={item.countdown?.band ?? null} text={item.countdown?.text ?? null} />
              </Space>
              <div className="obligation-record">{item.done ? recorded(item) : '未办理'}</div>
            </div>
            <Button size="small" onClick={() => setEditing(item)}>
              {item.done ? '修改' : '登记'}
            </Button>
          </li>
        ))}
      </ul>
      <ObligationDialog
        caseId={view.id}
        item={editing}
        onClose={() => setEditing(null)}
        onSaved={(next, label) => {
          setEditing(null);
          setList(next);
          setStatus({ kind: 'saved', text: `已登记“${label}”` });
        }}
      />
    </Card>
  );
}

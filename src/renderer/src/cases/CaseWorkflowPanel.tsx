import { Alert, Button, Card, Descriptions, Drawer, Space, Spin, Switch, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { CaseWorkflowView, WorkflowStep } from '../../../shared/contract/workflow';
import { formatChineseDate } from '../../../shared/domain/dates';
import { OVERDUE_UNRECTIFIED, PUBLIC_LIST_LABELS } from '../../../shared/rules/cards';
import { api, errorMessage } from '../api';
import { useStatus } from '../common/status';
import { EvidenceList } from '../evidence/EvidenceList';
import { CardBadge, CountdownTag, DimensionTag } from './badges';
import { CaseHistory } from './CaseHistory';
import { TransitionDialog } from './TransitionDialog';
import { ObligationChecklist } from './ObligationChecklist';
import './workflowPanel.css';

export interface CaseWorkflowPanelProps {
  /** The case to show; null closes the panel. */
  caseId: number | null;
  onClose(): void;
  /** After every step taken, so the list behind can refresh its row. */
  onChanged?(view: CaseWorkflowView): void;
}

const DANGER = new Set(['close-down', 'reinspect-fail', 'accept-fail', 'reject-extension']);

function extensionText(view: CaseWorkflowView): string | null {
  const x = view.extension;
  if (!x) return null;
  const length = (p: { months: number } | { days: number }) => ('months' in p ? `${p.months}个月` : `${p.days}天`);
  const asked = `${x.requestedOn} 申请延期${length(x.requested)}`;
  if (x.decision === 'pending') return `${asked}，待审批`;
  if (x.decision === 'rejected') return `${asked}，${x.decidedOn ?? ''} 已驳回`;
  return `${asked}，${x.decidedOn ?? ''} 批准延期${x.approved ? length(x.approved) : ''}`;
}

/**
 * 整改事项办理: the case's state, its deadline with the explanation, the countdown and card, the
 * rule and its legal basis, the steps it may take now, its history and evidence. The case grid
 * and 工作台 open it with a case id.
 */
export function CaseWorkflowPanel({ caseId, onClose, onChanged }: CaseWorkflowPanelProps) {
  const { setStatus } = useStatus();
  const [view, setView] = useState<CaseWorkflowView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<WorkflowStep | null>(null);

  const load = useCallback(async (id: number) => {
    setError(null);
    try {
      setView(await api.call('cases:workflow', { id }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);

  useEffect(() => {
    setView(null);
    if (caseId !== null) void load(caseId);
  }, [caseId, load]);

  async function setSerious(serious: boolean) {
    if (!view) return;
    try {
      const next = await api.call('cases:setSerious', { id: view.id, serious });
      setView(next);
      onChanged?.(next);
      setStatus({ kind: 'saved', text: serious ? '已标记情节严重，列入超标排放情节严重企业名单' : '已取消情节严重' });
    } catch (err) {
      setStatus({ kind: 'error', text: `标记情节严重失败：${errorMessage(err)}` });
    }
  }

  function done(next: CaseWorkflowView, warnings: string[], label: string) {
    setStep(null);
    setView(next);
    onChanged?.(next);
    setStatus(warnings.length ? { kind: 'warning', text: `已办理“${label}”。提示：${warnings.join('；')}` } : { kind: 'saved', text: `已办理“${label}”` });
  }

  const title = view ? (
    <Space size={6} wrap>
      <span>{view.enterpriseName}</span>
      <DimensionTag dimension={view.dimension} />
      <Tag color="blue" data-testid="case-status">
        {view.statusLabel}
      </Tag>
      <CardBadge card={view.card} />
      {view.overdue && <Tag color="red">{OVERDUE_UNRECTIFIED}</Tag>}
      {view.lists
        .filter((l) => l === 'over-limit' || l === 'over-limit-serious')
        .map((l) => (
          <Tag key={l} color="volcano" data-testid="case-list">
            {PUBLIC_LIST_LABELS[l]}
          </Tag>
        ))}
    </Space>
  ) : (
    '整改事项'
  );

  return (
    <Drawer open={caseId !== null} onClose={onClose} title={title} size={760} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} />}
      {!view && !error && <Spin />}
      {view && (
        <div className="workflow-panel">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="整改通知下达日期">{view.noticeDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="措施">{view.measure ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="整改期限">{view.deadline?.periodText ?? view.periodText ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="期限届满日">
              {view.deadline ? (
                <Space size={8}>
                  <strong data-testid="case-deadline">{view.deadline.effective}</strong>
                  <CountdownTag band={view.countdown?.band ?? null} text={view.countdown?.text ?? null} />
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            {view.deadline && (
              <Descriptions.Item label="期限计算" span={2}>
                <span data-testid="case-explanation">
                  {view.deadline.explanation || `期限末日${formatChineseDate(view.deadline.nominal)}为工作日`}
                </span>
                {view.deadline.basis && (
                  <div className="period-basis" data-testid="case-period-basis">
                    {view.deadline.basis}
                  </div>
                )}
              </Descriptions.Item>
            )}
            {view.extension && (
              <Descriptions.Item label="延期" span={2}>
                {extensionText(view)}
              </Descriptions.Item>
            )}
            {view.closedDate && <Descriptions.Item label="销号/关停日期">{view.closedDate}</Descriptions.Item>}
            {view.dimension === '环保' && (
              <Descriptions.Item label="情节严重">
                <Switch aria-label="情节严重" checked={view.serious} onChange={(v) => void setSerious(v)} checkedChildren="是" unCheckedChildren="否" />
              </Descriptions.Item>
            )}
            {view.description && (
              <Descriptions.Item label="问题描述" span={2}>
                {view.description}
              </Descriptions.Item>
            )}
          </Descriptions>
          {view.deadlineProblem && <Alert style={{ marginTop: 8 }} type="warning" showIcon title={view.deadlineProblem} />}

          <Card size="small" title="办理" style={{ marginTop: 12 }}>
            {view.steps.length === 0 ? (
              <Typography.Text type="secondary">本事项已办结，没有可办理的步骤。</Typography.Text>
            ) : (
              <Space wrap>
                {view.steps.map((s, i) => (
                  <Button key={s.id} type={i === 0 && !DANGER.has(s.id) ? 'primary' : 'default'} danger={DANGER.has(s.id)} onClick={() => setStep(s)}>
                    {s.label}
                  </Button>
                ))}
              </Space>
            )}
          </Card>

          <ObligationChecklist view={view} />

          <Card size="small" title={`依据：${view.rule.ruleSetName}`} style={{ marginTop: 12 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="措施">{view.rule.measures.map((m) => m.name).join('；')}</Descriptions.Item>
              <Descriptions.Item label="整改期限">{view.rule.periodText}</Descriptions.Item>
              <Descriptions.Item label="延期">{view.rule.maxExtensionText}</Descriptions.Item>
              <Descriptions.Item label="逾期或不达标">{view.rule.onFailure}</Descriptions.Item>
            </Descriptions>
            {view.rule.legalBasis.map((b) => (
              <blockquote key={b.source} className="legal-basis">
                {b.text}
                <footer>—— {b.source}</footer>
              </blockquote>
            ))}
          </Card>

          <Card size="small" title="办理记录" style={{ marginTop: 12 }}>
            <CaseHistory history={view.history} />
          </Card>

          <Card size="small" title="佐证材料" style={{ marginTop: 12 }}>
            <EvidenceList owner="case" ownerId={view.id} />
          </Card>

          <TransitionDialog view={view} step={step} onClose={() => setStep(null)} onDone={done} />
        </div>
      )}
    </Drawer>
  );
}

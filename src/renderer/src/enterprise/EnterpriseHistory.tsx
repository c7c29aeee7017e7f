import { Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { CAPACITY_LINE_LABELS } from '../../../shared/entities/capacityLine';
import { CASE_LABELS } from '../../../shared/entities/case';
import { ENTERPRISE_LABELS } from '../../../shared/entities/enterprise';
import { TASK_FIELD_LABELS } from '../../../shared/entities/task';
import type { AuditEntry } from '../../../shared/schemas/audit';
import { api, errorMessage } from '../api';
import { AuditTimeline, describer } from '../grid/RowHistory';

const LABELS: Record<AuditEntry['entity'], Record<string, string>> = {
  enterprise: ENTERPRISE_LABELS,
  capacityLine: CAPACITY_LINE_LABELS,
  case: CASE_LABELS,
  department: {},
  settings: {},
  calendar: {},
  ruleSet: {},
  milestone: {},
  evidence: {},
  task: TASK_FIELD_LABELS,
};

/** The enterprise's whole history: its own changes and those of its lines and cases. */
export function EnterpriseHistory({ enterpriseId, version }: { enterpriseId: number; version: number }) {
  const [entries, setEntries] = useState<(AuditEntry & { subject: string })[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('audit:listForEnterprise', { enterpriseId, limit: 300 }).then(
      (rows) => live && setEntries(rows),
      (err) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [enterpriseId, version]);
  if (error) return <div className="status-error">读取历史失败：{error}</div>;
  if (!entries) return <Spin size="small" />;
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有历史记录" />;
  return <AuditTimeline entries={entries} describe={describer(entries, (e) => LABELS[e.entity])} withSource />;
}

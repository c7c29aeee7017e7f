import { Empty, Spin, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import { auditFieldLabel, auditSourceText, auditValueText, caseStatusContexts, type CaseStatusContext } from '../../../shared/rules/auditText';
import { AUDIT_ACTION_LABELS, type AuditEntity, type AuditEntry } from '../../../shared/schemas/audit';
import { api, errorMessage } from '../api';
import { formatDateTime } from '../common/format';

interface Props {
  entity: AuditEntity;
  /** The saved row to show; null for none or a draft. */
  entityId: number | null;
  labels: Record<string, string>;
  /** Changes when the row is saved again, so the list reloads. */
  version: string;
}

/**
 * One audit entry in words: 修改「乡镇（街道）」开发区 → 柳林镇; a case's status as the grid names it
 * then (限期整改中), given the dimension and measure before and after the entry's batch.
 */
export function describeEntry(e: AuditEntry, labels: Record<string, string>, status?: { before: CaseStatusContext; after: CaseStatusContext }): string {
  if (e.action !== 'update') return AUDIT_ACTION_LABELS[e.action];
  return `修改「${auditFieldLabel(e.field, labels)}」${auditValueText(e.field, e.oldValue, status?.before)} → ${auditValueText(e.field, e.newValue, status?.after)}`;
}

/** Describes every entry of a list, cases' statuses with their context. */
export function describer(entries: readonly AuditEntry[], labelsOf: (e: AuditEntry) => Record<string, string>): (e: AuditEntry) => string {
  const contexts = new Map<string, ReturnType<typeof caseStatusContexts>>();
  for (const e of entries) {
    const key = `${e.entity}:${e.entityId}`;
    if (e.entity === 'case' && !contexts.has(key)) contexts.set(key, caseStatusContexts(entries.filter((x) => x.entity === 'case' && x.entityId === e.entityId)));
  }
  return (e) => describeEntry(e, labelsOf(e), contexts.get(`${e.entity}:${e.entityId}`)?.get(e.id));
}

/** 导入：台账.xlsx（2026-03-02）, 撤销/重做 …, or null when the source is not the user's business. */
function sourceOf(e: AuditEntry): string | null {
  const run = e.importFileName ? { fileName: e.importFileName, date: formatDateTime(e.importStartedAt).slice(0, 10) } : null;
  return auditSourceText(e.source, run);
}

/** 行历史: who changed what of the selected row, when, old → new, newest first. */
export function RowHistory({ entity, entityId, labels, version }: Props) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (entityId === null) return;
    let live = true;
    setEntries(null);
    api.call('audit:list', { entity, entityId, limit: 200 }).then(
      (rows) => live && (setEntries(rows), setError(null)),
      (err) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [entity, entityId, version]);

  if (entityId === null) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="选中一行（已保存的）即可查看它的修改历史" />;
  if (error) return <div className="status-error">读取历史失败：{error}</div>;
  if (!entries) return <Spin size="small" />;
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有历史记录" />;
  return <AuditTimeline entries={entries} describe={describer(entries, () => labels)} withSource />;
}

interface TimelineProps {
  /** Newest first; an entry with a subject (明细 of an enterprise's line or case) names it first. */
  entries: readonly (AuditEntry & { subject?: string })[];
  describe(e: AuditEntry): string;
  /** Also say where a change came from (import:…, workflow:…), not only 撤销/重做. */
  withSource?: boolean;
}

/** Audit entries as a timeline: green created, red deleted, blue changed; when, who, and how. */
export function AuditTimeline({ entries, describe, withSource = false }: TimelineProps) {
  return (
    <Timeline
      className="row-history"
      items={entries.map((e) => ({
        key: e.id,
        color: e.action === 'delete' ? 'red' : e.action === 'create' ? 'green' : 'blue',
        content: (
          <div data-testid="history-entry">
            {e.subject !== undefined && <div className="history-subject">{e.subject}</div>}
            <div className="history-what">{describe(e)}</div>
            <div className="history-meta">
              {formatDateTime(e.at)} · {e.operator}
              {e.source?.startsWith('undo:') ? ' · 撤销/重做' : withSource && sourceOf(e) ? ` · ${sourceOf(e)}` : ''}
            </div>
          </div>
        ),
      }))}
    />
  );
}

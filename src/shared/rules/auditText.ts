import { isDimension, type Dimension } from '../domain/dimensions';
import { CASE_STATUS_LABELS, isCaseStatus, statusLabel } from './caseStates';

/**
 * Audit values and sources in the words the ledger uses, never the stored codes: a case's status
 * 「整改中 → 已依法关停」 (not rectifying → closed-down), a period 「6个月」 (not {"months":6}), an
 * import 「导入：台账.xlsx（2026-03-02）」 (not import:9f28…).
 */

/** What a case status needs to be named as the grid names it: 限期整改中, 已责令停业、关闭. */
export interface CaseStatusContext {
  dimension: Dimension | null;
  measure: string | null;
}

export function auditValueText(field: string | null, value: unknown, status?: CaseStatusContext): string {
  if (value === null || value === undefined || value === '') return '（空）';
  // The workflow keeps a period as JSON text in its column: {"months":6}.
  if (typeof value === 'string' && /^[{[]/.test(value)) {
    try {
      return auditValueText(field, JSON.parse(value) as unknown, status);
    } catch {
      return value;
    }
  }
  if (field === 'status' && isCaseStatus(value)) {
    return status?.dimension ? statusLabel(status.dimension, value, status.measure) : CASE_STATUS_LABELS[value];
  }
  if (Array.isArray(value)) return value.map((v) => auditValueText(null, v)).join('、') || '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.months === 'number') return `${o.months}个月`;
    if (typeof o.days === 'number') return `${o.days}天`;
    if (typeof o.until === 'string') return `至${o.until}`;
    return Object.values(o).map((v) => auditValueText(null, v)).join('，');
  }
  return String(value);
}

/**
 * Where a change came from: 撤销/重做, 导入：文件名（日期）, 导入时在预览中更正, 采用上级方案; an unknown
 * source is left unnamed. `importRun` is the import the entry's source names, its date already in
 * local time.
 */
export function auditSourceText(source: string | null, importRun?: { fileName: string; date: string } | null): string | null {
  if (!source) return null;
  if (source.startsWith('undo:')) return '撤销/重做';
  if (source.startsWith('import:')) return importRun ? `导入：${importRun.fileName}（${importRun.date}）` : '导入';
  if (source.startsWith('import-correction:')) return '导入时在预览中更正';
  if (source === 'adopt') return '采用上级方案';
  return null;
}

/** Fields the case workflow writes that no grid column shows. */
const WORKFLOW_FIELD_LABELS: Record<string, string> = { period: '整改期限', extension: '延期期限', serious: '情节严重', status: '状态' };

/** A field's Chinese name: the grid's label, else the workflow's, else (never expected) the code. */
export function auditFieldLabel(field: string | null, labels: Record<string, string>): string {
  return (field && (labels[field] ?? WORKFLOW_FIELD_LABELS[field])) ?? field ?? '';
}

/**
 * For each entry of one case's history, the dimension and measure in force before and after its
 * batch, so that a status reads as the grid shows it then (限期整改中, not 整改中). A transition
 * writes status and measure in one batch, in either order, hence per batch, not per entry.
 */
export function caseStatusContexts(
  entries: readonly { id: number; batchId: string; action: string; field: string | null; newValue: unknown }[],
): Map<number, { before: CaseStatusContext; after: CaseStatusContext }> {
  const out = new Map<number, { before: CaseStatusContext; after: CaseStatusContext }>();
  const oldestFirst = [...entries].sort((a, b) => a.id - b.id);
  let now: CaseStatusContext = { dimension: null, measure: null };
  for (let i = 0; i < oldestFirst.length; ) {
    const batch = oldestFirst[i]!.batchId;
    const before = now;
    const after = { ...now };
    let j = i;
    for (; j < oldestFirst.length && oldestFirst[j]!.batchId === batch; j++) {
      const e = oldestFirst[j]!;
      const row = e.action === 'create' && e.newValue && typeof e.newValue === 'object' ? (e.newValue as Record<string, unknown>) : null;
      const dimension = row ? row.dimension : e.field === 'dimension' ? e.newValue : undefined;
      const measure = row ? row.measure : e.field === 'measure' ? e.newValue : undefined;
      if (dimension !== undefined) after.dimension = isDimension(dimension) ? dimension : null;
      if (measure !== undefined) after.measure = typeof measure === 'string' && measure ? measure : null;
    }
    for (let k = i; k < j; k++) out.set(oldestFirst[k]!.id, { before, after });
    now = after;
    i = j;
  }
  return out;
}

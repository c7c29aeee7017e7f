import { CASE_STATUS_LABELS, type CaseStatus } from './caseStates';

/**
 * Audit values and sources in the words the ledger uses, never the stored codes: a case's status
 * 「整改中 → 已依法关停」 (not rectifying → closed-down), a period 「6个月」 (not {"months":6}), an
 * import 「导入」 (not import:9f28…).
 */
export function auditValueText(field: string | null, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  // The workflow keeps a period as JSON text in its column: {"months":6}.
  if (typeof value === 'string' && /^[{[]/.test(value)) {
    try {
      return auditValueText(field, JSON.parse(value) as unknown);
    } catch {
      return value;
    }
  }
  if (field === 'status' && typeof value === 'string' && value in CASE_STATUS_LABELS) return CASE_STATUS_LABELS[value as CaseStatus];
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

/** Where a change came from: 撤销/重做, 导入, 导入时在预览中更正, 采用上级方案; an unknown source is left unnamed. */
export function auditSourceText(source: string | null): string | null {
  if (!source) return null;
  if (source.startsWith('undo:')) return '撤销/重做';
  if (source.startsWith('import:')) return '导入';
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

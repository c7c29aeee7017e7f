import { z } from '../schemas/zod';
import { CAPACITY_LINE_LABELS, CapacityLineFields } from '../schemas/capacityLine';
import { CASE_LABELS, CaseFields } from '../schemas/case';
import { ENTERPRISE_LABELS, EnterpriseFields } from '../schemas/enterprise';
import { TASK_FIELD_LABELS } from '../schemas/task';
import { optionalLongText } from '../schemas/fields';
import { normaliseDate } from '../normalise/date';
import { resolveCompletionTime } from '../rules/completionTime';

/**
 * The fields a spreadsheet column can be mapped to, keyed `entity.field` with the field names
 * of the entity schemas, so that a mapping, a saved profile and a preview error all name a
 * field the same way the rest of the app does. Tasks and milestones (the work plan's
 * responsibility table and the year's dated obligations) are targets too, for when their
 * tables are imported.
 */
/**
 * Work-plan text as the plan writes it: an official document's full-width brackets and
 * punctuation are kept (县（市）), only the ends trimmed and runs of spaces folded.
 */
function planText(max: number) {
  return z.preprocess(
    (v) => {
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
      return typeof v === 'string' ? v.replace(/[ \t\u3000]+/g, ' ').trim() : typeof v === 'number' ? String(v) : v;
    },
    z.string().max(max, { error: `不能超过${max}个字` }).nullable(),
  );
}

export const TASK_FIELDS = z.object({
  section: planText(50),
  category: planText(100),
  content: optionalLongText(2000),
  leadDepartments: planText(200),
  cooperatingDepartments: planText(500),
  completionText: planText(100),
});

/**
 * A milestone's date as calendars write it: a date (2026-03-31, an Excel serial number) or a rule
 * of the year (3月底前, 次年1月底), which the import resolves for the ledger's year.
 */
function milestoneDue() {
  return z.preprocess(
    (v) => {
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
      if (typeof v === 'number' || typeof v === 'string') return normaliseDate(v) ?? String(v).trim();
      return v;
    },
    z
      .string({ error: '应为日期或时间要求，如 2026-03-31、3月底、次年1月底' })
      .max(40, { error: '不能超过40个字' })
      .refine((t) => resolveCompletionTime(t, 2000).ok, { error: '无法识别的时间，可写作：2026-03-31、3月底前、7月15日、次年1月底' })
      .nullable(),
  );
}

export const MILESTONE_FIELDS = z.object({
  name: planText(100),
  date: milestoneDue(),
  source: planText(100),
  owner: planText(100),
});

/** As the 重点工作 grid names them. */
export const TASK_LABELS: Record<keyof z.output<typeof TASK_FIELDS>, string> = {
  section: TASK_FIELD_LABELS.section,
  category: TASK_FIELD_LABELS.category,
  content: TASK_FIELD_LABELS.content,
  leadDepartments: TASK_FIELD_LABELS.leadDepartments,
  cooperatingDepartments: TASK_FIELD_LABELS.cooperatingDepartments,
  completionText: TASK_FIELD_LABELS.completionText,
};

export const MILESTONE_LABELS: Record<keyof z.output<typeof MILESTONE_FIELDS>, string> = {
  name: '时间节点',
  date: '截止日期',
  source: '依据文件（文号）',
  owner: '责任单位',
};

type LineField = Exclude<keyof CapacityLineFields, 'enterpriseId'>;
type CaseField = Exclude<keyof CaseFields, 'enterpriseId'>;

export type TargetKey =
  | `enterprise.${keyof EnterpriseFields}`
  | `line.${LineField}`
  | `case.${CaseField}`
  | `task.${keyof typeof TASK_LABELS}`
  | `milestone.${keyof typeof MILESTONE_LABELS}`;

export type TargetEntity = 'enterprise' | 'line' | 'case' | 'task' | 'milestone';

export const TARGET_ENTITY_LABELS: Record<TargetEntity, string> = {
  enterprise: '企业',
  line: '设备（生产线）',
  case: '整改事项',
  task: '重点工作',
  milestone: '时间节点',
};

export interface TargetInfo {
  key: TargetKey;
  entity: TargetEntity;
  field: string;
  /** What the mapping step shows: 企业 · 企业名称. */
  label: string;
  schema: z.ZodType;
}

function group(entity: TargetEntity, labels: Record<string, string>, shape: Record<string, z.ZodType>): TargetInfo[] {
  return Object.entries(labels)
    .filter(([field]) => field !== 'enterpriseId')
    .map(([field, label]) => ({ key: `${entity}.${field}` as TargetKey, entity, field, label, schema: shape[field]! }));
}

export const TARGETS: readonly TargetInfo[] = [
  ...group('enterprise', ENTERPRISE_LABELS, EnterpriseFields.shape),
  ...group('line', CAPACITY_LINE_LABELS, CapacityLineFields.shape),
  ...group('case', CASE_LABELS, CaseFields.shape),
  ...group('task', TASK_LABELS, TASK_FIELDS.shape),
  ...group('milestone', MILESTONE_LABELS, MILESTONE_FIELDS.shape),
];

const BY_KEY = new Map<string, TargetInfo>(TARGETS.map((t) => [t.key, t]));

export function isTargetKey(value: unknown): value is TargetKey {
  return typeof value === 'string' && BY_KEY.has(value);
}

export function targetInfo(key: TargetKey): TargetInfo {
  return BY_KEY.get(key)!;
}

export function targetLabel(key: TargetKey): string {
  const t = BY_KEY.get(key)!;
  return `${TARGET_ENTITY_LABELS[t.entity]} · ${t.label}`;
}

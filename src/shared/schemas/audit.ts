import { z } from './zod';

export const AUDIT_ENTITIES = ['enterprise', 'capacityLine', 'case', 'department', 'settings', 'calendar', 'ruleSet', 'milestone', 'evidence', 'task'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One field's change, or a whole row's creation, deletion or restoration. */
export const AuditEntry = z.object({
  id: z.number().int(),
  batchId: z.string(),
  at: z.string(),
  operator: z.string(),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.number().int(),
  action: z.enum(AUDIT_ACTIONS),
  field: z.string().nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  source: z.string().nullable(),
  /** The file and time of the import the source names, so that it reads 导入：文件名（日期）. */
  importFileName: z.string().nullable().optional(),
  importStartedAt: z.string().nullable().optional(),
});
export type AuditEntry = z.output<typeof AuditEntry>;

export const AUDIT_ENTITY_LABELS: Record<AuditEntity, string> = {
  enterprise: '企业',
  capacityLine: '设备（生产线）',
  case: '整改事项',
  department: '部门',
  settings: '设置',
  calendar: '节假日日历',
  ruleSet: '规则集',
  milestone: '时间节点',
  evidence: '佐证材料',
  task: '重点工作',
};

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  restore: '恢复',
};

import { TARGETS, TARGET_ENTITY_LABELS, targetLabel, type TargetEntity, type TargetKey } from '../../../shared/import/targets';

/** The mapping step's choices: 跳过, then the fields grouped 企业 / 设备 / 整改事项 / 重点工作 / 时间节点. */
export const SKIP = '';
const ENTITIES: TargetEntity[] = ['enterprise', 'line', 'case', 'task', 'milestone'];

export const TARGET_GROUPS = ENTITIES.map((e) => ({
  label: TARGET_ENTITY_LABELS[e],
  title: TARGET_ENTITY_LABELS[e],
  options: TARGETS.filter((t) => t.entity === e).map((t) => ({ value: t.key, label: t.label, search: `${TARGET_ENTITY_LABELS[e]}${t.label}` })),
}));

export const TARGET_OPTIONS = [{ value: SKIP, label: '（跳过此列）', search: '跳过' }, ...TARGET_GROUPS];

export function selectedLabel(value: unknown): string {
  return typeof value === 'string' && value !== SKIP ? targetLabel(value as TargetKey) : '（跳过此列）';
}

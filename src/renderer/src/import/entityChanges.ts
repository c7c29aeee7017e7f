import type { EntityCounts } from '../../../shared/import/planTypes';

const CHANGES: readonly (readonly [keyof EntityCounts, string, string])[] = [
  ['enterprisesCreated', '新建企业', '家'],
  ['linesCreated', '新建设备（生产线）', '条'],
  ['casesCreated', '新建整改事项', '件'],
  ['tasksCreated', '新建重点工作', '项'],
  ['milestonesCreated', '新建时间节点', '个'],
  ['enterprisesUpdated', '更新企业', '家'],
  ['linesUpdated', '更新设备（生产线）', '条'],
  ['casesUpdated', '更新整改事项', '件'],
  ['tasksUpdated', '更新重点工作', '项'],
  ['milestonesUpdated', '更新时间节点', '个'],
];

/** 新建企业 2 家、更新整改事项 1 件 — what an import writes, in the preview and the result; '' for nothing. */
export function entityChanges(c: EntityCounts): string {
  return CHANGES.filter(([key]) => c[key] > 0)
    .map(([key, what, unit]) => `${what} ${c[key]} ${unit}`)
    .join('、');
}

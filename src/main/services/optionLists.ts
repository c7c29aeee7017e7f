import { DEPARTMENT_LABELS, DepartmentDraft, DepartmentPatch } from '../../shared/schemas/department';
import { LedgerError } from '../../shared/errors';
import { DEFAULT_OPTION_LISTS, type OptionLists, type OptionListsPatch } from '../../shared/schemas/optionLists';
import { insertAuditEntry } from '../db/repositories/audit';
import { DEPARTMENT_TABLE, listDepartments } from '../db/repositories/departments';
import { readSetting, writeSetting } from '../db/repositories/settings';
import type { ServiceContext } from './context';
import { openWriteSession, deleteEntities, type EntityKind } from './entityWrites';

const SETTING_KEY = 'optionLists';
type StoredLists = Omit<OptionLists, 'departments'>;

export const departmentKind: EntityKind = {
  entity: 'department',
  noun: '部门',
  table: DEPARTMENT_TABLE,
  labels: DEPARTMENT_LABELS,
  draft: DepartmentDraft,
  patch: DepartmentPatch,
  check(ctx, values, id) {
    const clash = listDepartments(ctx.db).find((d) => d.name === values.name && d.id !== id);
    if (clash) throw new LedgerError('CONFLICT', `部门「${String(values.name)}」已存在`, 'name');
    return [];
  },
};

export function readOptionLists(ctx: ServiceContext): OptionLists {
  const stored = readSetting<Partial<StoredLists>>(ctx.db, SETTING_KEY);
  return { ...DEFAULT_OPTION_LISTS, ...stored, departments: listDepartments(ctx.db).map((d) => d.name) };
}

/**
 * Saves the lists edited in 设置 in one transaction and one audit batch: the settings value
 * (old → new list per changed list) and the departments table (added, removed, reordered).
 * Values already in the ledger are left as they are; a grid warns about values outside a list.
 */
export function updateOptionLists(ctx: ServiceContext, patch: OptionListsPatch): OptionLists {
  const session = openWriteSession(ctx);
  const a = session.stamp;
  ctx.db.transaction(() => {
    const { departments, ...lists } = patch;
    const before = readOptionLists(ctx);
    const next: StoredLists = { ...DEFAULT_OPTION_LISTS, ...readSetting<Partial<StoredLists>>(ctx.db, SETTING_KEY) };
    let changed = false;
    for (const [key, value] of Object.entries(lists) as [keyof StoredLists, string[] | undefined][]) {
      if (value === undefined || JSON.stringify(before[key]) === JSON.stringify(value)) continue;
      next[key] = value;
      changed = true;
      insertAuditEntry(ctx.db, { ...a, entity: 'settings', entityId: 0, action: 'update', field: `${SETTING_KEY}.${key}`, oldValue: before[key], newValue: value });
    }
    if (changed) writeSetting(ctx.db, SETTING_KEY, next);
    if (departments) syncDepartments(ctx, session, departments);
  })();
  return readOptionLists(ctx);
}

function syncDepartments(ctx: ServiceContext, session: ReturnType<typeof openWriteSession>, names: string[]): void {
  const existing = listDepartments(ctx.db);
  const gone = existing.filter((d) => !names.includes(d.name)).map((d) => d.id);
  if (gone.length) deleteEntities(ctx, departmentKind, gone, { batchId: session.stamp.batchId });
  names.forEach((name, sortOrder) => {
    const row = existing.find((d) => d.name === name);
    if (!row) session.create(departmentKind, { name, sortOrder });
    else if (row.sortOrder !== sortOrder) session.update(departmentKind, row.id, { sortOrder });
  });
}

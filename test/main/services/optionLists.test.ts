import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { readGridLayout, saveGridLayout } from '../../../src/main/services/gridLayouts';
import { readOptionLists, updateOptionLists } from '../../../src/main/services/optionLists';
import { DEFAULT_DEPARTMENTS, DEFAULT_OPTION_LISTS, OptionListsPatch } from '../../../src/shared/schemas/optionLists';
import { count, memoryContext } from '../../support/db';

describe('设置 lists', () => {
  it('start from the defaults, departments from the seeded table', () => {
    const lists = readOptionLists(memoryContext());
    expect(lists.industries).toEqual(DEFAULT_OPTION_LISTS.industries);
    expect(lists.departments).toEqual([...DEFAULT_DEPARTMENTS]);
    expect(lists.towns).toEqual([]);
  });

  it('save a changed list with old → new in the history, and departments added, removed and reordered in one batch', () => {
    const ctx = memoryContext();
    const patch = OptionListsPatch.parse({ towns: ['城关镇', ' 柳林镇 ', '城关镇'], departments: ['县应急局', '县工信局', '县住建局'] });
    const lists = updateOptionLists(ctx, patch);
    expect(lists.towns).toEqual(['城关镇', '柳林镇']);
    expect(lists.departments).toEqual(['县应急局', '县工信局', '县住建局']);
    const entries = listAuditEntries(ctx.db, {});
    expect(new Set(entries.map((e) => e.batchId)).size).toBe(1);
    expect(entries.find((e) => e.field === 'optionLists.towns')).toMatchObject({ oldValue: [], newValue: ['城关镇', '柳林镇'] });
    expect(entries.filter((e) => e.entity === 'department' && e.action === 'delete')).toHaveLength(DEFAULT_DEPARTMENTS.length - 2);
  });

  it('refuse an empty option in Chinese', () => {
    const r = OptionListsPatch.safeParse({ towns: ['城关镇', '  '] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('选项不能为空');
  });
});

describe('grid layouts', () => {
  it('are remembered per grid without touching the audit log', () => {
    const ctx = memoryContext();
    expect(readGridLayout(ctx, 'lines')).toBeNull();
    saveGridLayout(ctx, 'lines', [{ colId: 'name', width: 180 }, { colId: 'spec', hide: true }]);
    expect(readGridLayout(ctx, 'lines')).toEqual([{ colId: 'name', width: 180 }, { colId: 'spec', hide: true }]);
    expect(readGridLayout(ctx, 'cases')).toBeNull();
    expect(count(ctx, 'audit_entries')).toBe(0);
  });
});

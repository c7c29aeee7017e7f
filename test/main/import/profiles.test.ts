import { describe, expect, it } from 'vitest';
import { proposeMappingFor, saveImportProfile } from '../../../src/main/import/profiles';
import type { MappableColumn } from '../../../src/shared/import/mapping';
import { IMPORT_DAY, memoryContext, tickingClock } from '../../support/db';

const cols = (...names: string[]): MappableColumn[] => names.map((name, index) => ({ index, name, parts: [name] }));

describe('saved mapping profiles', () => {
  it('proposes a saved mapping again when the same header comes back', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    const header = cols('单位', '甲列', '乙列');
    expect(proposeMappingFor(ctx, header).profileName).toBeNull();
    const mapping = { fields: [{ target: 'enterprise.name' as const, column: 1 }, { target: 'line.name' as const, column: 2 }] };
    saveImportProfile(ctx, { columns: header, name: '市局季度模板', mapping });
    const again = proposeMappingFor(ctx, cols('单位', '甲 列', '乙列'));
    expect(again.profileName).toBe('市局季度模板');
    expect(again.mapping).toEqual(mapping);
    expect(proposeMappingFor(ctx, cols('乙列', '甲列', '单位')).profileName).toBeNull();
  });

  it('refuses to save a mapping that cannot be used', () => {
    const ctx = memoryContext(tickingClock(IMPORT_DAY));
    expect(() => saveImportProfile(ctx, { columns: cols('设备'), name: 'x', mapping: { fields: [{ target: 'line.name', column: 0 }] } })).toThrow(/企业名称/);
  });
});

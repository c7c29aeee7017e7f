import { describe, expect, it } from 'vitest';
import { HeaderChoice } from '../../../src/shared/contract/imports';
import { headerSignature, type MappableColumn } from '../../../src/shared/import/mapping';
import { applyProfile, defaultSheet, isDateTarget, profileFits, sampleRowNumbers, signatureColumns } from '../../../src/shared/import/wizard';

const cols = (...names: string[]): MappableColumn[] => names.map((name, index) => ({ index, name, parts: [name] }));

describe('import wizard rules', () => {
  it('offers the first visible sheet with data rows first', () => {
    const sheets = [
      { name: '说明', hidden: false, table: { dataRowCount: 0 } },
      { name: '隐藏', hidden: true, table: { dataRowCount: 9 } },
      { name: '台账', hidden: false, table: { dataRowCount: 3 } },
    ];
    expect(defaultSheet(sheets)).toBe('台账');
    expect(defaultSheet(sheets.slice(0, 2))).toBe('隐藏');
    expect(defaultSheet([{ name: '空', hidden: false, table: null }])).toBeNull();
  });

  it('reads the header names back from a profile signature, also names with | or : in them', () => {
    const signature = headerSignature(cols('企业名称', '产能|万吨', '备注:其他'));
    expect([...signatureColumns(signature)]).toEqual([[0, '企业名称'], [1, '产能|万吨'], [2, '备注:其他']]);
  });

  it('applies a profile to a header whose columns moved, keeping constants and naming the missing ones', () => {
    const saved = cols('企业名称', '统一社会信用代码', '联系电话');
    const profile = {
      signature: headerSignature(saved),
      mapping: {
        fields: [
          { target: 'enterprise.name' as const, column: 0 },
          { target: 'enterprise.phone' as const, column: 2 },
          { target: 'enterprise.uscc' as const, column: 1 },
          { target: 'enterprise.town' as const, constant: '城关镇' },
        ],
      },
    };
    const now = cols('序号', '企业名称', '联系电话', '乡镇');
    const applied = applyProfile(profile, now);
    expect(applied.mapping.fields).toEqual([
      { target: 'enterprise.name', column: 1 },
      { target: 'enterprise.phone', column: 2 },
      { target: 'enterprise.town', constant: '城关镇' },
    ]);
    expect(applied.missing).toEqual(['统一社会信用代码']);
    expect(profileFits(profile.signature, saved)).toBe(true);
    expect(profileFits(profile.signature, now)).toBe(false);
  });

  it('knows the date fields', () => {
    expect(isDateTarget('case.noticeDate')).toBe(true);
    expect(isDateTarget('milestone.date')).toBe(true);
    expect(isDateTarget('case.deadlineOverride')).toBe(true);
    expect(isDateTarget('enterprise.name')).toBe(false);
  });

  it('picks example rows below the header, skipping blank, 合计 and footnote rows', () => {
    const head = Array.from({ length: 12 }, () => ['x']);
    const layout = { firstDataRow: 5, blankRows: [6], totalRows: [8], subtotalRows: [], sectionRows: [], repeatedHeaderRows: [], footnoteRows: [] };
    expect(sampleRowNumbers(head, layout)).toEqual([5, 7, 9]);
    expect(sampleRowNumbers(head, { ...layout, firstDataRow: null })).toEqual([]);
  });

  it('accepts header rows in order and at most ten of them', () => {
    expect(HeaderChoice.safeParse({ firstRow: 3, lastRow: 4 }).success).toBe(true);
    expect(HeaderChoice.safeParse({ firstRow: 4, lastRow: 3 }).success).toBe(false);
    expect(HeaderChoice.safeParse({ firstRow: 1, lastRow: 11 }).success).toBe(false);
    expect(HeaderChoice.safeParse({ firstRow: 0, lastRow: 1 }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { auditFieldLabel, auditSourceText, auditValueText, caseStatusContexts } from '../../../src/shared/rules/auditText';

describe('audit entries in the ledger’s words', () => {
  it('names a case status as the workflow shows it: 整改中 → 已依法关停, not rectifying → closed-down', () => {
    expect(auditValueText('status', 'rectifying')).toBe('整改中');
    expect(auditValueText('status', 'closed-down')).toBe('已依法关停');
    // An enterprise's status is already Chinese.
    expect(auditValueText('status', '在产')).toBe('在产');
  });

  it('reads a period as 6个月 or 15天, a list with 、, a blank as （空）', () => {
    expect(auditValueText('period', { months: 6 })).toBe('6个月');
    expect(auditValueText('extension', { days: 15 })).toBe('15天');
    expect(auditValueText('leadDepartments', ['县工信局', '县财政局'])).toBe('县工信局、县财政局');
    expect(auditValueText('town', null)).toBe('（空）');
    // As the workflow stores it.
    expect(auditValueText('period', '{"months":6}')).toBe('6个月');
  });

  it('names the workflow’s own fields: 整改期限, not period', () => {
    expect(auditFieldLabel('period', {})).toBe('整改期限');
    expect(auditFieldLabel('town', { town: '乡镇（街道）' })).toBe('乡镇（街道）');
  });

  it('names where a change came from without internal ids', () => {
    expect(auditSourceText('import:9f28c0de', { fileName: '2026年排查台账.xlsx', date: '2026-03-02' })).toBe('导入：2026年排查台账.xlsx（2026-03-02）');
    // An import whose record is gone still reads as an import, not as its id.
    expect(auditSourceText('import:9f28c0de')).toBe('导入');
    expect(auditSourceText('import-correction:9f28c0de')).toBe('导入时在预览中更正');
    expect(auditSourceText('undo:abc')).toBe('撤销/重做');
    expect(auditSourceText('adopt')).toBe('采用上级方案');
    expect(auditSourceText('x-internal')).toBeNull();
  });

  it('names a status with the measure in force, as the grid does: 限期整改中 and 限制生产中, not 整改中', () => {
    expect(auditValueText('status', 'rectifying', { dimension: '能耗', measure: '限期整改' })).toBe('限期整改中');
    expect(auditValueText('status', 'closed-down', { dimension: '环保', measure: '停产整治' })).toBe('已责令停业、关闭');
    const entries = [
      { id: 1, batchId: 'a', action: 'create', field: null, newValue: { dimension: '环保', measure: null } },
      // A step writes status before measure; both belong to the state after the step.
      { id: 2, batchId: 'b', action: 'update', field: 'status', newValue: 'rectifying' },
      { id: 3, batchId: 'b', action: 'update', field: 'measure', newValue: '限制生产' },
      { id: 4, batchId: 'c', action: 'update', field: 'measure', newValue: '停产整治' },
      { id: 5, batchId: 'c', action: 'update', field: 'status', newValue: 'rectifying' },
    ];
    const ctx = caseStatusContexts([...entries].reverse());
    expect(auditValueText('status', 'registered', ctx.get(2)?.before)).toBe('待下达整改通知');
    expect(auditValueText('status', 'rectifying', ctx.get(2)?.after)).toBe('限制生产中');
    expect(auditValueText('status', 'rectifying', ctx.get(5)?.before)).toBe('限制生产中');
    expect(auditValueText('status', 'rectifying', ctx.get(5)?.after)).toBe('停产整治中');
  });
});

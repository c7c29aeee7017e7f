import { describe, expect, it } from 'vitest';
import { auditFieldLabel, auditSourceText, auditValueText } from '../../../src/shared/rules/auditText';

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
    expect(auditSourceText('import:9f28c0de')).toBe('导入');
    expect(auditSourceText('import-correction:9f28c0de')).toBe('导入时在预览中更正');
    expect(auditSourceText('undo:abc')).toBe('撤销/重做');
    expect(auditSourceText('adopt')).toBe('采用上级方案');
    expect(auditSourceText('x-internal')).toBeNull();
  });
});

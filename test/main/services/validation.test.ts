import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../src/main/services/validation';
import { CAPACITY_LINE_LABELS, CapacityLineDraft, CapacityLinePatch } from '../../../src/shared/entities/capacityLine';

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('parseFields messages', () => {
  it('says what is wrong with a value of the wrong kind, not that it is missing', () => {
    expect(messageOf(() => parseFields(CapacityLinePatch, { capacity: 'abc' }, CAPACITY_LINE_LABELS))).toBe('「产能」应为数字');
    expect(messageOf(() => parseFields(CapacityLinePatch, { planYear: '明年' }, CAPACITY_LINE_LABELS))).toBe('「计划退出年度」应为年份，如 2026');
  });

  it('says a required field left out cannot be empty', () => {
    expect(messageOf(() => parseFields(CapacityLineDraft, { enterpriseId: 1 }, CAPACITY_LINE_LABELS))).toBe('「设备（生产线）名称」不能为空');
  });
});

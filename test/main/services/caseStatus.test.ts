import { describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/services/cases';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { memoryContext } from '../../support/db';

describe('where a case entered from a sheet or the grid starts', () => {
  const ctx = memoryContext();
  const enterpriseId = createEnterprise(ctx, { name: '鑫达铸造有限公司' }).row.id;

  it('waits for its first order when no notice date is given', () => {
    expect(createCase(ctx, { enterpriseId, dimension: '能耗' }).row.status).toBe('registered');
  });

  it('runs its rectification period from the notice date', () => {
    expect(createCase(ctx, { enterpriseId, dimension: '能耗', noticeDate: '2026-03-01' }).row.status).toBe('rectifying');
    expect(createCase(ctx, { enterpriseId, dimension: '技术', noticeDate: '2026-03-01' }).row.status).toBe('sealed');
  });

  it('is closed when the sheet gives a closing date', () => {
    expect(createCase(ctx, { enterpriseId, dimension: '环保', noticeDate: '2025-03-01', closedDate: '2025-09-01' }).row.status).toBe('compliant');
    expect(createCase(ctx, { enterpriseId, dimension: '技术', closedDate: '2025-09-01' }).row.status).toBe('exited');
  });
});

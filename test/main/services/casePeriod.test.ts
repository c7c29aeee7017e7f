import { describe, expect, it } from 'vitest';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { setCasePeriod } from '../../../src/main/services/casePeriod';
import { workbenchOverview } from '../../../src/main/services/workbench';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { addCase } from '../../support/countyLedger';
import { memoryContext } from '../../support/db';

/** Cases as a county sheet brings them: the grid's 整改中 with a notice date and no period. */
function imported() {
  const ctx = memoryContext(new Date('2023-06-01T02:00:00Z'));
  const enterpriseId = createEnterprise(ctx, { name: '恒昌印染有限公司', town: '城关镇' }).row.id;
  const env = addCase(ctx.db, { enterpriseId, dimension: '环保', noticeDate: '2023-05-04', measure: '限制生产' });
  const safety = addCase(ctx.db, { enterpriseId, dimension: '安全', noticeDate: '2023-05-10' });
  const energy = addCase(ctx.db, { enterpriseId, dimension: '能耗', noticeDate: '2023-05-10' });
  const unnoticed = addCase(ctx.db, { enterpriseId, dimension: '技术', noticeDate: null });
  return { ctx, env, safety, energy, unnoticed };
}

describe('待定期限: imported cases whose order’s period is not entered', () => {
  it('are listed on the workbench; a 能耗 case runs the rule’s fixed 6 months and is not', () => {
    const { ctx, env, safety } = imported();
    const overview = workbenchOverview(ctx);
    expect(overview.awaitingPeriod.map((r) => r.id)).toEqual([env, safety]);
    expect(overview.counts.awaitingPeriod).toBe(2);
    expect(overview.awaitingPeriod[0]).toMatchObject({ deadline: null, awaitsPeriod: true });
  });

  it('takes the order’s period in one step: the deadline counts from the notice, the case leaves the list, one audit entry', () => {
    const { ctx, env, safety } = imported();
    const view = setCasePeriod(ctx, env, { months: 3 });
    expect(view.deadline?.effective).toBe('2023-08-04');
    expect(workbenchOverview(ctx).awaitingPeriod.map((r) => r.id)).toEqual([safety]);
    expect(listAuditEntries(ctx.db, { entity: 'case', entityId: env }).filter((e) => e.field === 'period').map((e) => e.newValue)).toEqual(['{"months":3}']);
  });

  it('refuses a case that already has a period, one not yet noticed, and a date before the notice', () => {
    const { ctx, env, energy, unnoticed, safety } = imported();
    setCasePeriod(ctx, env, { months: 3 });
    expect(() => setCasePeriod(ctx, env, { months: 2 })).toThrow(/已有整改期限.*升级措施/);
    expect(() => setCasePeriod(ctx, energy, { months: 2 })).toThrow(/已有整改期限/);
    expect(() => setCasePeriod(ctx, unnoticed, { months: 2 })).toThrow('本事项尚未下达整改通知');
    expect(() => setCasePeriod(ctx, safety, { until: '2023-05-01' })).toThrow('限期日期2023年5月1日应晚于起算日2023年5月10日');
  });
});

import { describe, expect, it } from 'vitest';
import { createEnterprise } from '../../../src/main/services/enterprises';
import { listCaseDeadlines } from '../../../src/main/services/deadlineList';
import { readThresholds, updateThresholds } from '../../../src/main/services/countdownSettings';
import { workbenchOverview } from '../../../src/main/services/workbench';
import { DIMENSIONS } from '../../../src/shared/domain/dimensions';
import { addDays } from '../../../src/shared/domain/dates';
import { memoryContext } from '../../support/db';
import type { ServiceContext } from '../../../src/main/services/context';

/** Cases straight into the table, as an import of a large county's old sheets would leave them. */
function seedCases(ctx: ServiceContext, n: number, enterprises: number[]): void {
  const insert = ctx.db.prepare(
    `INSERT INTO cases (enterprise_id, dimension, status, notice_date, period, deadline_override, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, 'x', 'x')`,
  );
  const statuses = ['rectifying', 'rectifying', 'extended', 'closed-down', 'compliant', 'sealed'];
  ctx.db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const dimension = DIMENSIONS[i % 5]!;
      const status = dimension === '技术' ? (i % 2 ? 'sealed' : 'closed-down') : statuses[i % statuses.length]!;
      const notice = addDays('2023-01-01', i % 900);
      const period = dimension === '技术' ? JSON.stringify({ until: addDays(notice, 60) }) : dimension === '环保' || dimension === '安全' ? '{"days":45}' : null;
      insert.run(enterprises[i % enterprises.length], dimension, status === 'extended' && dimension !== '能耗' ? 'rectifying' : status, notice, period);
    }
  })();
}

describe('deadline list', () => {
  it('puts each open case in its band by the thresholds in 设置', () => {
    const ctx = memoryContext(new Date('2023-09-20T02:00:00Z'));
    const e = createEnterprise(ctx, { name: '恒昌印染有限公司', town: '开发区' }).row.id;
    const add = ctx.db.prepare("INSERT INTO cases (enterprise_id, dimension, status, notice_date, created_at, updated_at) VALUES (?, '能耗', 'rectifying', ?, 'x', 'x')");
    for (const notice of ['2023-03-01', '2023-03-15', '2023-03-25', '2023-04-01', '2023-06-01']) add.run(e, notice);
    const bands = () => listCaseDeadlines(ctx, {}).rows.map((r) => `${r.deadline}:${r.band}`);
    expect(bands()).toEqual(['2023-09-01:overdue', '2023-09-15:overdue', '2023-09-25:soon', '2023-10-07:near', '2023-12-01:later']);
    updateThresholds(ctx, { soon: 3, near: 90 });
    expect(readThresholds(ctx)).toEqual({ soon: 3, near: 90 });
    expect(bands()).toEqual(['2023-09-01:overdue', '2023-09-15:overdue', '2023-09-25:near', '2023-10-07:near', '2023-12-01:near']);
    expect(() => updateThresholds(ctx, { soon: 40, near: 30 })).toThrow(/不能大于/);
  });

  // The time it takes is a benchmark's figure (npm run bench -- deadlines), never an assertion here.
  it('computes 100,000 cases for the list and the 工作台', () => {
    const ctx = memoryContext(new Date('2024-06-15T02:00:00Z'));
    const enterprises = Array.from({ length: 200 }, (_, i) => createEnterprise(ctx, { name: `测试企业${i}`, town: `镇${i % 12}` }).row.id);
    seedCases(ctx, 100_000, enterprises);
    const list = listCaseDeadlines(ctx, { scope: 'all' });
    const overview = workbenchOverview(ctx);
    expect(list.rows).toHaveLength(100_000);
    expect(overview.counts.open + overview.counts.byDimension.reduce((n, d) => n + d.closed, 0)).toBe(100_000);
    expect(overview.counts.redEnterprises).toBeGreaterThan(0);
    expect(overview.urgent.length).toBeLessThanOrEqual(500);
  });
});

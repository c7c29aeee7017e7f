import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../src/main/db/repositories/audit';
import { updateThresholds } from '../../../src/main/services/countdownSettings';
import { createTask, deleteTasks, listTaskRows, listTasks, reorderTasks, restoreTasks, updateTask } from '../../../src/main/services/tasks';
import { memoryContext } from '../../support/db';

const base = { year: 2026, section: '重点任务', content: '开展工业企业资源利用绩效评价。' };

describe('tasks service', () => {
  it.each([
    ['全年', '2026-12-31'],
    ['4月底', '2026-04-30'],
    ['10月30日前', '2026-10-30'],
    ['次年1月底', '2027-01-31'],
    ['2026年7月、12月', null],
  ])('derives the date “%s” means (%s)', (completionText, date) => {
    const ctx = memoryContext();
    expect(createTask(ctx, { ...base, completionText }).row).toMatchObject({ completionText, completionDate: date });
  });

  it('keeps a date set by hand and the text as written', () => {
    const ctx = memoryContext();
    const { row } = createTask(ctx, { ...base, category: '强化绩效评价', completionText: '年底前', completionDate: '2026年12月20日' });
    expect(row).toMatchObject({ completionText: '年底前', completionDate: '2026-12-20', category: '强化绩效评价' });
  });

  it('reads departments written with 顿号, commas or one per line, keeping full-width brackets', () => {
    const ctx = memoryContext();
    const { row } = createTask(ctx, { ...base, leadDepartments: '县工信局\n县财政局', cooperatingDepartments: '县发改局、县生态环境分局，各县（市）、区人民政府' });
    expect(row.leadDepartments).toEqual(['县工信局', '县财政局']);
    expect(row.cooperatingDepartments).toEqual(['县发改局', '县生态环境分局', '各县（市）、区人民政府']);
  });

  it('refuses a task without content, naming the column in Chinese', () => {
    const ctx = memoryContext();
    expect(() => createTask(ctx, { year: 2026, section: '重点任务', content: '  ' })).toThrow('「主要内容」不能为空');
    expect(() => createTask(ctx, { ...base, dimension: '其他' })).toThrow(/「维度」只能是/);
  });

  it('re-derives the date when the completion text changes, and audits every change', () => {
    const ctx = memoryContext();
    const { row } = createTask(ctx, { ...base, completionText: '全年' });
    const updated = updateTask(ctx, row.id, { completionText: '4月底', progress: '已完成摸底' }).row;
    expect(updated).toMatchObject({ completionText: '4月底', completionDate: '2026-04-30', progress: '已完成摸底' });
    const audit = listAuditEntries(ctx.db, { entity: 'task', entityId: row.id });
    expect(audit.map((a) => `${a.action}:${a.field ?? ''}`).sort()).toEqual(['create:', 'update:completionDate', 'update:completionText', 'update:progress']);
    expect(updateTask(ctx, row.id, { leadDepartments: ['县工信局'] }).row.leadDepartments).toEqual(['县工信局']);
    expect(updateTask(ctx, row.id, { content: '新的内容' }).row.leadDepartments).toEqual(['县工信局']);
  });

  it('keeps tasks in annex order, reorders them and restores deleted ones', () => {
    const ctx = memoryContext();
    const ids = ['一', '二', '三'].map((c) => createTask(ctx, { ...base, content: c }).row.id);
    expect(listTasks(ctx.db, 2026).map((t) => t.content)).toEqual(['一', '二', '三']);
    reorderTasks(ctx, 2026, [ids[2]!, ids[0]!, ids[1]!]);
    expect(listTasks(ctx.db, 2026).map((t) => t.content)).toEqual(['三', '一', '二']);
    deleteTasks(ctx, [ids[0]!]);
    expect(listTasks(ctx.db, 2026).map((t) => t.content)).toEqual(['三', '二']);
    expect(() => reorderTasks(ctx, 2026, ids)).toThrow('请刷新');
    restoreTasks(ctx, [ids[0]!]);
    expect(listTasks(ctx.db, 2026)).toHaveLength(3);
  });

  it('counts a task down from the ledger’s today with the user’s thresholds, as cases and milestones are', () => {
    const ctx = memoryContext(new Date('2026-03-01T08:00:00Z'));
    const april = createTask(ctx, { ...base, completionText: '4月底' }).row;
    createTask(ctx, { ...base, content: '上报摸排情况', completionText: '2026年2月20日前', completionDate: '2026-02-20' });
    createTask(ctx, { ...base, content: '完善长效机制' });
    expect(april.countdown).toEqual({ days: 60, text: '剩余 60 天', band: 'later' });
    updateThresholds(ctx, { soon: 20, near: 90 });
    expect(listTaskRows(ctx, 2026).map((t) => t.countdown)).toEqual([
      { days: 60, text: '剩余 60 天', band: 'near' },
      { days: -9, text: '逾期 9 天', band: 'overdue' },
      null,
    ]);
    expect(updateTask(ctx, april.id, { completionDate: '2026-03-15' }).row.countdown).toEqual({ days: 14, text: '剩余 14 天', band: 'soon' });
  });
});

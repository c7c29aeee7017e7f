import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { getImportRun } from '../../../src/main/db/repositories/importRuns';
import { listStoredMilestones } from '../../../src/main/db/repositories/milestones';
import { undoImport } from '../../../src/main/import/undo';
import type { ServiceContext } from '../../../src/main/services/context';
import { saveMilestone } from '../../../src/main/services/milestones';
import { updateSettings } from '../../../src/main/services/settings';
import { listTasks, updateTask } from '../../../src/main/services/tasks';
import { formatRowIssue } from '../../../src/shared/import/rowValues';
import { IMPORT_DAY, memoryContext, tickingClock } from '../../support/db';
import { importFile, previewFile } from '../../support/importPipeline';

type Aoa = (string | number | null)[][];

/** A county's 重点工作与职责分工 as SheetJS writes it: title, header, a section heading, tasks. */
function taskBook(rows: Aoa): Buffer {
  const aoa: Aoa = [['2026年全县落后产能退出重点工作与职责分工'], ['序号', '主要内容', '牵头部门', '配合部门', '完成时间'], ['一、重点任务'], ...rows];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), '重点工作');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const TASKS: Aoa = [
  [1, '开展落后产能排查摸底，建立工作台账。', '县工信局', '县发改局、县生态环境分局', '4月底前'],
  [2, '依法依规关停退出不达标产能。', '县工信局、县市场监管局', '各乡镇（街道）', '全年'],
  [3, '组织现场验收并公示。', '县工信局', null, '10月30日前'],
];

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

function ledgerAt(year: number): ServiceContext {
  const ctx = memoryContext(tickingClock(IMPORT_DAY));
  updateSettings(ctx, { year });
  return ctx;
}

describe('importing a task table', () => {
  it('writes each task for the ledger year with its departments split and its date derived', () => {
    const ctx = ledgerAt(2026);
    const { plan, result } = importFile(ctx, taskBook(TASKS), '重点工作.xlsx');
    expect(plan.notes).toEqual([]);
    expect(plan.counts).toMatchObject({ rows: 3, new: 3, error: 0, tasksCreated: 3, tasksUpdated: 0 });
    const tasks = listTasks(ctx.db, 2026);
    expect(tasks.map((t) => [t.section, t.content, t.leadDepartments, t.cooperatingDepartments, t.completionText, t.completionDate])).toEqual([
      ['重点任务', '开展落后产能排查摸底，建立工作台账。', ['县工信局'], ['县发改局', '县生态环境分局'], '4月底前', '2026-04-30'],
      ['重点任务', '依法依规关停退出不达标产能。', ['县工信局', '县市场监管局'], ['各乡镇（街道）'], '全年', '2026-12-31'],
      ['重点任务', '组织现场验收并公示。', ['县工信局'], [], '10月30日前', '2026-10-30'],
    ]);
    expect(getImportRun(ctx.db, result.importId!)).toMatchObject({ rowsNew: 3, tasksCreated: 3, milestonesCreated: 0 });
  });

  it('changes nothing when the same table is imported again', () => {
    const ctx = ledgerAt(2026);
    importFile(ctx, taskBook(TASKS), '重点工作.xlsx');
    const { plan, result } = importFile(ctx, taskBook(TASKS), '重点工作.xlsx');
    expect(plan.counts).toMatchObject({ new: 0, update: 0, unchanged: 3, tasksCreated: 0, tasksUpdated: 0 });
    expect(plan.rows.map((r) => r.task?.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(result.importId).toBeNull();
    expect(listTasks(ctx.db, 2026)).toHaveLength(3);
  });

  it('updates a task whose departments changed, and undo puts them back', () => {
    const ctx = ledgerAt(2026);
    importFile(ctx, taskBook(TASKS), '重点工作.xlsx');
    const changed = TASKS.map((r) => [...r]);
    changed[2]![3] = '县应急局';
    changed[2]![4] = '11月底';
    const { plan, result } = importFile(ctx, taskBook(changed), '重点工作（修订）.xlsx');
    expect(plan.counts).toMatchObject({ update: 1, unchanged: 2, tasksUpdated: 1 });
    expect(plan.tasks[2]).toMatchObject({ action: 'update', values: { cooperatingDepartments: '["县应急局"]', completionText: '11月底' } });
    const third = () => listTasks(ctx.db, 2026)[2]!;
    expect(third()).toMatchObject({ cooperatingDepartments: ['县应急局'], completionText: '11月底', completionDate: '2026-11-30' });
    undoImport(ctx, result.importId!);
    expect(third()).toMatchObject({ cooperatingDepartments: [], completionText: '10月30日前', completionDate: '2026-10-30' });
  });

  it('removes the tasks it created when the import is undone', () => {
    const ctx = ledgerAt(2026);
    const { result } = importFile(ctx, taskBook(TASKS), '重点工作.xlsx');
    expect(undoImport(ctx, result.importId!)).toMatchObject({ rowsRemoved: 3 });
    expect(listTasks(ctx.db, 2026)).toEqual([]);
  });

  it('refuses to undo when an imported task was edited afterwards', () => {
    const ctx = ledgerAt(2026);
    const { result } = importFile(ctx, taskBook(TASKS), '重点工作.xlsx');
    updateTask(ctx, listTasks(ctx.db, 2026)[0]!.id, { progress: '已完成摸排' });
    expect(() => undoImport(ctx, result.importId!)).toThrow(/重点工作（编号 \d+）.*被「.*」修改/);
    expect(listTasks(ctx.db, 2026)).toHaveLength(3);
  });

  it('reports a task row without content by its row and column, and imports the others', () => {
    const ctx = ledgerAt(2026);
    const rows = [...TASKS, [4, null, '县财政局', null, '全年']];
    const { plan } = importFile(ctx, taskBook(rows), '重点工作.xlsx');
    const bad = plan.rows.find((r) => r.status === 'error')!;
    expect(bad.errors.map(formatRowIssue)).toEqual(['第 7 行「主要内容」列：这一行填了重点工作的信息，但「主要内容」为空；请补上后重新导入']);
    expect(listTasks(ctx.db, 2026)).toHaveLength(3);
  });

  it('reports two rows that give the same task different departments', () => {
    const ctx = ledgerAt(2026);
    const rows = [TASKS[0]!, [2, '开展落后产能排查摸底，建立工作台账。', '县发改局', null, null]];
    const plan = previewFile(ctx, taskBook(rows), '重点工作.xlsx');
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'error']);
    expect(formatRowIssue(plan.rows[1]!.errors[0]!)).toMatch(/第 5 行「牵头部门」列：与第 4 行是同一重点工作，但「牵头部门」不同（第 4 行为「县工信局」，本行为「县发改局」）/);
  });
});

describe('importing a milestone table', () => {
  const CALENDAR = [
    '时间节点,截止日期,文号,责任单位',
    '完成排查摸底,3月底前,聊政办发〔2026〕5号,县工信局',
    '上报年度总结,次年1月底,,县工信局',
    '上年度验收收尾,2025-12-20,,县工信局',
  ];

  it('resolves each date for the ledger year, keeps an explicit other year, and changes nothing the second time', () => {
    const ctx = ledgerAt(2026);
    const { plan, result } = importFile(ctx, csv(CALENDAR), '时间节点.csv');
    expect(plan.counts).toMatchObject({ new: 3, milestonesCreated: 3 });
    expect(listStoredMilestones(ctx.db, 2026).map((m) => [m.name, m.kind, m.dueText, m.date, m.documentNumber, m.owner])).toEqual([
      ['完成排查摸底', '排查摸底', '3月底', '2026-03-31', '聊政办发〔2026〕5号', '县工信局'],
      ['上报年度总结', '年度总结', '次年1月底', '2027-01-31', null, '县工信局'],
    ]);
    expect(listStoredMilestones(ctx.db, 2025).map((m) => [m.name, m.date])).toEqual([['上年度验收收尾', '2025-12-20']]);
    expect(getImportRun(ctx.db, result.importId!)).toMatchObject({ milestonesCreated: 3 });

    const again = importFile(ctx, csv(CALENDAR), '时间节点.csv');
    expect(again.plan.counts).toMatchObject({ new: 0, update: 0, unchanged: 3 });
    expect(again.result.importId).toBeNull();
  });

  it('matches a milestone already in the year by name and date, filling what the sheet adds', () => {
    const ctx = ledgerAt(2026);
    const typed = saveMilestone(ctx, undefined, { year: 2026, name: '完成排查摸底', kind: '排查摸底', due: '3月底' });
    const { plan, result } = importFile(ctx, csv(CALENDAR.slice(0, 2)), '时间节点.csv');
    expect(plan.milestones[0]).toMatchObject({ id: typed.id, action: 'update', values: { owner: '县工信局', documentNumber: '聊政办发〔2026〕5号' } });
    expect(listStoredMilestones(ctx.db, 2026)).toHaveLength(1);
    undoImport(ctx, result.importId!);
    expect(listStoredMilestones(ctx.db, 2026)[0]).toMatchObject({ id: typed.id, owner: null, documentNumber: null });
  });

  it('removes the milestones it created when the import is undone', () => {
    const ctx = ledgerAt(2026);
    const { result } = importFile(ctx, csv(CALENDAR), '时间节点.csv');
    undoImport(ctx, result.importId!);
    expect([...listStoredMilestones(ctx.db, 2026), ...listStoredMilestones(ctx.db, 2025)]).toEqual([]);
  });

  it('reports a milestone row without a date by its row and column', () => {
    const ctx = ledgerAt(2026);
    const plan = previewFile(ctx, csv([...CALENDAR.slice(0, 2), '报送退出情况,,,县工信局']), '时间节点.csv');
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'error']);
    expect(formatRowIssue(plan.rows[1]!.errors[0]!)).toBe('第 3 行「截止日期」列：这一行填了时间节点的信息，但「截止日期」为空；请填写日期或时间要求（如 3月底）后重新导入');
  });
});

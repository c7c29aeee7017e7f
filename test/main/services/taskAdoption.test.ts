import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptTasks, listPresets, loadPreset, previewAdoption, readPlanTable } from '../../../src/main/services/taskAdoption';
import { listTasks } from '../../../src/main/services/tasks';
import { memoryContext } from '../../support/db';
import { writeFods, type FodsCell } from '../../support/fods';
import { convertWithLibreOffice, hasSoffice, newProfileDir } from '../../support/libreoffice';

describe('adopting a superior plan', () => {
  it('lists the bundled presets of the seeds', async () => {
    const presets = await listPresets();
    expect(presets.map((p) => p.id)).toEqual(expect.arrayContaining(['nantong-2017', 'shandong-2017', 'henan-2021', 'liaocheng-2022', 'xinzhou-2020']));
    expect(presets.find((p) => p.id === 'nantong-2017')).toMatchObject({ count: 23, year: 2017 });
    await expect(loadPreset('../etc')).rejects.toThrow('没有名为');
  });

  it('maps the city departments to the county, remembers the mapping and writes one batch', async () => {
    const ctx = memoryContext();
    const preset = await loadPreset('nantong-2017');
    const first = previewAdoption(ctx, preset);
    expect(first.departments.find((d) => d.source === '市经信委')).toEqual({ source: '市经信委', proposed: '县工信局', remembered: false, unmatched: false });
    const mapping = Object.fromEntries(first.departments.map((d) => [d.source, d.proposed]));
    mapping['市化解办'] = '县淘汰落后产能工作领导小组办公室';
    const r = adoptTasks(ctx, { year: 2026, tasks: preset.tasks, mapping, replace: false });
    expect(r.count).toBe(23);

    const tasks = listTasks(ctx.db, 2026);
    expect(tasks).toHaveLength(23);
    expect(tasks[0]).toMatchObject({ section: '重点任务', category: '强化绩效评价', leadDepartments: ['县工信局', '县财政局'], completionText: '全年', completionDate: '2026-12-31' });
    expect(tasks.find((t) => t.completionText === '4月底')?.completionDate).toBe('2026-04-30');
    expect(tasks.flatMap((t) => t.leadDepartments)).not.toContain('市经信委');
    expect(new Set(ctx.db.prepare("SELECT batch_id FROM audit_entries WHERE entity = 'task'").all().map((x) => (x as { batch_id: string }).batch_id)).size).toBe(1);

    const again = previewAdoption(ctx, preset);
    expect(again.departments.find((d) => d.source === '市化解办')).toEqual({ source: '市化解办', proposed: '县淘汰落后产能工作领导小组办公室', remembered: true, unmatched: false });

    adoptTasks(ctx, { year: 2026, tasks: preset.tasks.slice(0, 2), mapping, replace: true });
    expect(listTasks(ctx.db, 2026)).toHaveLength(2);
  });
});

/** Seed 001 附件3 as a city sends it: title, merged 主要内容 header, section rows, merged categories and 序号. */
function seedAnnexSheet(): { rows: FodsCell[][]; merges: [number, number, number, number][] } {
  const rows: FodsCell[][] = [
    ['附件3'],
    ['利用综合标准依法依规推动落后产能退出重点工作与职责分工'],
    ['序号', '主要内容', null, '牵头部门', '配合部门', '完成时间'],
    ['一、重点任务'],
    [1, '强化绩效评价', '开展工业企业资源利用绩效评价，严格控制D类企业低效落后产能扩张，并鼓励其主动关停退出。', '市经信委\n市财政局', null, '全年'],
    [2, '强化产业准入', '按照《产业结构调整指导目录（2011年本）（修正）》等有关产业政策规定，淘汰相关工艺技术装备。', '市经信委', null, '全年'],
    [null, null, '建立健全取缔“地条钢”长效机制。', '市发改委\n市质监局', null, '全年'],
    ['二、保障措施'],
    [3, '建立联动机制', '研究制定执法工作方案。', '市化解办', '市发改委、经信委；各县（市）、区人民政府，市经济技术开发区管委会', '4月底'],
  ];
  return { rows, merges: [[1, 0, 1, 5], [2, 1, 2, 2], [3, 0, 3, 5], [5, 0, 6, 0], [5, 1, 6, 1], [7, 0, 7, 5]] };
}

describe('adopting a plan for another year', () => {
  it("never puts one county department in both 牵头 and 配合 of a Nantong row", async () => {
    const ctx = memoryContext();
    const preview = previewAdoption(ctx, await loadPreset('nantong-2017'), 2026);
    const mapping = Object.fromEntries(preview.departments.map((d) => [d.source, d.proposed]));
    adoptTasks(ctx, { year: 2026, tasks: preview.tasks, mapping, replace: false });
    const tasks = listTasks(ctx.db, 2026);
    expect(tasks.filter((t) => t.cooperatingDepartments.some((d) => t.leadDepartments.includes(d)))).toEqual([]);
    // 第14项: 市物价局 牵头 (→ 县发改局), 市发改委、经信委 配合.
    expect(tasks[13]).toMatchObject({ leadDepartments: ['县发改局'], cooperatingDepartments: ['县工信局'] });
  });

  it('「Adopting a plan for year Y moves every date of the source year to Y (次年 → Y+1) and says so」', async () => {
    const ctx = memoryContext();
    const liaocheng = previewAdoption(ctx, await loadPreset('liaocheng-2022'), 2026);
    expect(liaocheng.yearShift).toMatchObject({ from: 2022, to: 2026 });
    expect(liaocheng.tasks.map((t) => t.completionText).filter((c) => c !== '')).toEqual(['2026年上半年', '2026年全年', '2026年7月、12月', '2027年1月']);
    const shandong = previewAdoption(ctx, await loadPreset('shandong-2017'), 2026);
    adoptTasks(ctx, { year: 2026, tasks: shandong.tasks, mapping: {}, replace: false });
    expect(listTasks(ctx.db, 2026).find((t) => t.completionText === '次年1月底前')?.completionDate).toBe('2027-01-31');
  });

  it('fills an empty 牵头部门 from the text and proposes county departments for it', async () => {
    const ctx = memoryContext();
    const xinzhou = previewAdoption(ctx, await loadPreset('xinzhou-2020'), 2026);
    expect(xinzhou.tasks[14]).toMatchObject({ leadDepartments: ['市工信局', '市能源局'], leadDerived: true });
    expect(xinzhou.tasks[0]!.leadDerived).toBe(false);
    expect(xinzhou.departments.find((d) => d.source === '市能源局')?.proposed).toBe('县发改局');
  });
});

describe.skipIf(!hasSoffice())('reading the city task table', () => {
  it('reads a LibreOffice-made .xlsx of seed 001 附件3 into tasks', async () => {
    const dir = mkdtempSync(join(tmpdir(), '上级方案-'));
    const fods = join(dir, '附件3.fods');
    writeFileSync(fods, writeFods([{ name: '附件3', ...seedAnnexSheet() }]));
    const xlsx = await convertWithLibreOffice(fods, 'xlsx', dir, newProfileDir());
    const plan = readPlanTable(memoryContext(), readFileSync(xlsx), '附件3.xlsx');
    expect(plan.title).toBe('利用综合标准依法依规推动落后产能退出重点工作与职责分工');
    expect(plan.tasks.map((t) => [t.section, t.category, t.continuesNumber])).toEqual([
      ['重点任务', '强化绩效评价', false],
      ['重点任务', '强化产业准入', false],
      ['重点任务', '强化产业准入', true],
      ['保障措施', '建立联动机制', false],
    ]);
    expect(plan.tasks[0]!.leadDepartments).toEqual(['市经信委', '市财政局']);
    expect(plan.tasks[3]).toMatchObject({
      completionText: '4月底',
      cooperatingDepartments: ['市发改委', '经信委', '各县（市）、区人民政府', '市经济技术开发区管委会'],
    });
  });
});

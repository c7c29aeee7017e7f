import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaskPreset } from '../../../src/main/export/taskPresets';
import { layoutAnnex } from '../../../src/shared/reports/annexLayout';
import { planAnnexPages } from '../../../src/shared/reports/annexPages';
import { SIZE_PT } from '../../../src/shared/reports/officialLayout';
import { Task } from '../../../src/shared/reports/tasks';

const PT = SIZE_PT.四号;
const WIDTHS = [13, 35, 92, 24, 52, 27];

describe('planAnnexPages', () => {
  it('plans 通政办发〔2017〕179号 附件3 on full pages: each under its room, none but the last under half', async () => {
    const preset = await loadTaskPreset(join(import.meta.dirname, '../../../resources/presets/tasks-nantong-2017.json'));
    const layout = layoutAnnex(preset.tasks, { title: preset.title, annexNumber: 3 });
    const space = { first: 270, later: 350 };
    const plan = planAnnexPages(layout, WIDTHS, PT, space);
    expect(plan.heights).toHaveLength(layout.rows.length);
    const starts = [0, ...plan.breaks];
    const pages = starts.map((s, i) => plan.heights.slice(s, starts[i + 1] ?? plan.heights.length).reduce((a, b) => a + b, 0));
    pages.forEach((h, i) => expect(h).toBeLessThanOrEqual(i === 0 ? space.first : space.later));
    pages.slice(0, -1).forEach((h, i) => expect(h / (i === 0 ? space.first : space.later)).toBeGreaterThanOrEqual(0.5));
    // A section heading never ends a page.
    for (const b of plan.breaks) expect(layout.rows[b - 1]!.kind).toBe('task');
  });

  it('repeats a merged cell cut by a page on the next page and gives its rows room for the text', () => {
    const partners = ['县发改局', '县财政局', '县生态环境分局', '县市场监管局', '县应急局', '县人社局', '县自然资源局', '人行县支行'];
    const tasks = Array.from({ length: 8 }, (_, i) =>
      Task.parse({ section: '重点任务', category: '建立联动机制', content: `第${i + 1}项工作。`.repeat(8), leadDepartments: ['县工信局'], cooperatingDepartments: partners, completionText: '全年' }),
    );
    const layout = layoutAnnex(tasks, { title: '题' });
    const plan = planAnnexPages(layout, WIDTHS, PT, { first: 200, later: 250 });
    expect(plan.breaks.length).toBeGreaterThan(0);
    const categoryParts = plan.merges.filter((m) => m.range[1] === 1 && m.text === '建立联动机制');
    expect(categoryParts).toHaveLength(plan.breaks.length + 1);
    for (const b of plan.breaks) expect(plan.merges.some((m) => m.range[0] === b && m.range[1] === 4 && m.text === partners.join('、'))).toBe(true);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTaskPresetFiles, loadTaskPreset } from '../../../src/main/export/taskPresets';
import { layoutAnnex } from '../../../src/shared/reports/annexLayout';

const DIR = join(import.meta.dirname, '../../../resources/presets');

describe('bundled task presets', () => {
  it('has one valid preset per seed document', async () => {
    const files = await listTaskPresetFiles(DIR);
    expect(files.map((f) => f.split('/').pop())).toEqual([
      'tasks-henan-2021.json',
      'tasks-liaocheng-2022.json',
      'tasks-nantong-2017.json',
      'tasks-shandong-2017.json',
      'tasks-xinzhou-2020.json',
    ]);
    for (const f of files) {
      const preset = await loadTaskPreset(f);
      expect(preset.tasks.length).toBeGreaterThan(10);
      for (const t of preset.tasks) expect(t.content).not.toMatch(/\n/);
    }
  });

  it('transcribes seed 001 附件3 with its 21 numbered items, sections and completion times', async () => {
    const preset = await loadTaskPreset(join(DIR, 'tasks-nantong-2017.json'));
    expect(preset.title).toBe('利用综合标准依法依规推动落后产能退出重点工作与职责分工');
    const layout = layoutAnnex(preset.tasks, { title: preset.title, annexNumber: 3 });
    const sections = layout.rows.filter((r) => r.kind === 'section').map((r) => r.kind === 'section' && r.text);
    expect(sections).toEqual(['一、重点任务', '二、保障措施']);
    const numbers = layout.rows.flatMap((r) => (r.kind === 'task' && r.cells[0]!.rowSpan > 0 ? [r.cells[0]!.text] : []));
    expect(numbers).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    const byContent = (start: string) => preset.tasks.find((t) => t.content.startsWith(start))!;
    expect(byContent('以钢铁、船舶、水泥行业为重点').completionText).toBe('4月底');
    expect(byContent('公告年度落后产能退出企业名单').completionText).toBe('12月底');
    expect(byContent('对符合条件的转产转型').cooperatingDepartments).toEqual(['市经信委', '发改委']);
    expect(byContent('开展工业企业资源利用绩效评价').leadDepartments).toEqual(['市经信委', '市财政局']);
  });

  it('marks the five dimensions in the provincial and city plans', async () => {
    for (const name of ['tasks-shandong-2017.json', 'tasks-xinzhou-2020.json', 'tasks-liaocheng-2022.json', 'tasks-henan-2021.json']) {
      const preset = await loadTaskPreset(join(DIR, name));
      const dims = new Set(preset.tasks.map((t) => t.dimension).filter(Boolean));
      expect([...dims].sort()).toEqual(['安全', '技术', '环保', '能耗', '质量'].sort());
    }
  });
});

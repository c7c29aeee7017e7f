import { describe, expect, it } from 'vitest';
import { annexMerges, layoutAnnex } from '../../../src/shared/reports/annexLayout';
import { Task, chineseNumeral, type TaskInput } from '../../../src/shared/reports/tasks';

const t = (over: Partial<TaskInput>): Task =>
  Task.parse({ section: '重点任务', category: '强化环保执法', content: '内容', leadDepartments: ['县生态环境分局'], cooperatingDepartments: [], completionText: '全年', ...over });

describe('layoutAnnex', () => {
  it('puts a city’s tasks under a row per county, each county numbering its own sections and 序号, nothing merged across counties', () => {
    const same = { category: '强化环保执法', leadDepartments: ['县生态环境分局'] };
    const layout = layoutAnnex(
      [
        { ...t({ section: '保障措施', category: '', content: '市级统筹' }), county: '' },
        { ...t({ ...same, content: '冠县甲' }), county: '冠县' },
        { ...t({ ...same, content: '莘县甲' }), county: '莘县' },
        { ...t({ ...same, content: '莘县乙' }), county: '莘县' },
      ],
      { title: '题', byCounty: true },
    );
    // A county's row is marked as one (the exports shade it), a section's is not.
    const shown = layout.rows.map((r) => (r.kind === 'section' ? (r.county ? `【${r.text}】` : r.text) : `${r.cells[0]!.text}/${r.cells[1]!.text}/${r.cells[1]!.rowSpan}/${r.cells[2]!.text}`));
    expect(shown).toEqual([
      '【市本级】',
      '一、保障措施',
      '1/市级统筹/1/',
      '【冠县】',
      '一、重点任务',
      '1/强化环保执法/1/冠县甲',
      '【莘县】',
      '一、重点任务',
      '1/强化环保执法/2/莘县甲',
      '2//0/莘县乙',
    ]);
  });

  it('gives a county’s annex no county rows', () => {
    const layout = layoutAnnex([{ ...t({}), county: '' }], { title: '题' });
    expect(layout.rows.map((r) => r.kind === 'section' && r.text)).toEqual(['一、重点任务', false]);
  });

  it('numbers sections by appearance and drops a stored numeral', () => {
    const layout = layoutAnnex([t({ section: '三、重点任务' }), t({ section: '保障措施', category: '鼓励转型升级' })], { title: '题', annexNumber: 2 });
    expect(layout.label).toBe('附件2');
    expect(layout.rows.filter((r) => r.kind === 'section').map((r) => r.kind === 'section' && r.text)).toEqual(['一、重点任务', '二、保障措施']);
  });

  it('merges a category over its tasks and shares a number only when asked', () => {
    const layout = layoutAnnex(
      [
        t({ content: 'A' }),
        t({ content: 'B', continuesNumber: true, leadDepartments: ['县工信局'] }),
        t({ content: 'C', leadDepartments: ['县工信局'] }),
        t({ category: '强化产能退出', content: 'D' }),
      ],
      { title: '题' },
    );
    const tasks = layout.rows.filter((r) => r.kind === 'task');
    expect(tasks.map((r) => r.kind === 'task' && r.cells.map((c) => `${c.text}/${c.rowSpan}`))).toEqual([
      ['1/2', '强化环保执法/3', 'A/1', '县生态环境分局/1', '/1', '全年/1'],
      ['/0', '/0', 'B/1', '县工信局/2', '/1', '全年/1'],
      ['2/1', '/0', 'C/1', '/0', '/1', '全年/1'],
      ['3/1', '强化产能退出/1', 'D/1', '县生态环境分局/1', '/1', '全年/1'],
    ]);
    // Row 0 is the section row.
    expect(annexMerges(layout)).toEqual([
      [0, 0, 0, 5],
      [1, 0, 2, 0],
      [1, 1, 3, 1],
      [2, 3, 3, 3],
    ]);
  });

  it('does not merge across sections, nor empty department cells', () => {
    const layout = layoutAnnex(
      [t({ cooperatingDepartments: [] }), t({ cooperatingDepartments: [] }), t({ section: '保障措施' })],
      { title: '题' },
    );
    const merges = annexMerges(layout);
    expect(merges.some(([, c]) => c === 4)).toBe(false);
    expect(merges).toContainEqual([1, 1, 2, 1]);
    expect(merges).not.toContainEqual([1, 1, 4, 1]);
  });

  it('lets a task without a category take both halves of 主要内容', () => {
    const layout = layoutAnnex([t({ category: '', content: '无类别的工作' })], { title: '题' });
    const row = layout.rows[1]!;
    expect(row.kind === 'task' && row.cells[1]).toEqual({ text: '无类别的工作', rowSpan: 1, colSpan: 2 });
    expect(annexMerges(layout)).toContainEqual([1, 1, 1, 2]);
  });
});

describe('chineseNumeral', () => {
  it.each([[1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [23, '二十三']])('%i → %s', (n, s) => {
    expect(chineseNumeral(n)).toBe(s);
  });
});

import { describe, expect, it } from 'vitest';
import { ANNEX_COLUMN_WIDTHS_MM, layoutAnnex } from '../../../src/shared/reports/annexLayout';
import { annexColumnWidths } from '../../../src/shared/reports/annexWidths';
import { SIZE_PT, printedColumnMm } from '../../../src/shared/reports/officialLayout';
import { Task } from '../../../src/shared/reports/tasks';

const TYPE_AREA_MM = ANNEX_COLUMN_WIDTHS_MM.reduce((a, b) => a + b, 0);
const long = '全面加强相关工业产品生产许可证获证企业证后监管，对相关企业开展专项执法检查，认真核查投诉举报等多渠道线索。';

function widthsFor(tasks: Parameters<typeof Task.parse>[0][]): number[] {
  return annexColumnWidths(layoutAnnex(tasks.map((t) => Task.parse(t)), { title: '重点工作与职责分工' }), SIZE_PT.四号, printedColumnMm);
}

describe('annexColumnWidths', () => {
  it('gives the task text the room an empty 配合部门 column does not need', () => {
    const w = widthsFor(Array.from({ length: 6 }, (_, i) => ({ section: '重点任务', category: `类别${i}`, content: long, leadDepartments: ['县工信局'], cooperatingDepartments: [], completionText: '全年' })));
    expect(w[2]).toBeGreaterThan(ANNEX_COLUMN_WIDTHS_MM[2]);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(TYPE_AREA_MM, 6);
  });

  it('keeps room for long partner lists', () => {
    const partners = ['县发改局', '县财政局', '县生态环境分局', '县市场监管局', '县应急局', '县人社局', '县自然资源局', '人行县支行'];
    const w = widthsFor(Array.from({ length: 6 }, (_, i) => ({ section: '重点任务', category: `类别${i}`, content: '督促企业落实。', leadDepartments: ['县工信局'], cooperatingDepartments: partners, completionText: '全年' })));
    expect(w[4]).toBeGreaterThan(w[2]! - 30);
    expect(w[4]).toBeGreaterThanOrEqual(ANNEX_COLUMN_WIDTHS_MM[4]);
  });

  it('keeps 序号, 类别 and 完成时间 at their widths, and the defaults for an empty plan', () => {
    expect(widthsFor([])).toEqual([...ANNEX_COLUMN_WIDTHS_MM]);
    const w = widthsFor([{ section: '重点任务', category: '强化环保执法', content: long, leadDepartments: ['县生态环境分局'], cooperatingDepartments: ['县工信局'], completionText: '全年' }]);
    expect([w[0], w[1], w[5]]).toEqual([ANNEX_COLUMN_WIDTHS_MM[0], ANNEX_COLUMN_WIDTHS_MM[1], ANNEX_COLUMN_WIDTHS_MM[5]]);
  });
});

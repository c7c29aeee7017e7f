import { describe, expect, it } from 'vitest';
import { filterWords } from '../../../src/renderer/src/grid/filterWords';

const labels: Record<string, string> = { town: '乡镇（街道）', legalRep: '法定代表人', capacity: '产能', plannedExitDate: '计划退出时间' };
const label = (id: string) => labels[id] ?? id;

describe('a grid’s filters in words, for the print header', () => {
  it('reads 「全部」 when nothing filters', () => {
    expect(filterWords({}, label)).toBe('全部');
  });

  it('names each column with its ticked values, conditions and the search words', () => {
    const models = {
      town: { filterType: 'set', values: ['城关镇', ''] },
      legalRep: { filterType: 'text', type: 'contains', filter: '赵' },
      capacity: { filterType: 'number', operator: 'OR', conditions: [{ filterType: 'number', type: 'greaterThan', filter: 10 }, { filterType: 'number', type: 'blank' }] },
      plannedExitDate: { filterType: 'date', type: 'inRange', dateFrom: '2026-01-01 00:00:00', dateTo: '2026-06-30 00:00:00' },
    };
    expect(filterWords(models, label, ' xdzz ')).toBe(
      '乡镇（街道）：城关镇、（空白）；法定代表人：包含「赵」；产能：大于「10」 或 为空；计划退出时间：介于「2026-01-01」至「2026-06-30」；搜索「xdzz」',
    );
  });
});

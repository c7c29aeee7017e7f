import { describe, expect, it } from 'vitest';
import type { ListColumn } from '../../../src/shared/reports/listTypes';
import { TotalsAccumulator } from '../../../src/shared/reports/totals';

interface Row { firm: number; cap: number | null; unit: string | null }
const columns: ListColumn<Row>[] = [
  { id: 'index', header: '序号', widthMm: 10, kind: 'index' },
  { id: 'firm', header: '企业', widthMm: 10, kind: 'text', value: (r) => `企业${r.firm}`, total: { kind: 'distinct', key: (r) => r.firm, suffix: '家' } },
  { id: 'line', header: '设备', widthMm: 10, kind: 'text', value: () => '炉', total: { kind: 'count', suffix: '项' } },
  { id: 'cap', header: '产能', widthMm: 10, kind: 'number', value: (r) => r.cap, total: { kind: 'sum', unit: (r) => r.unit } },
  { id: 'unit', header: '单位', widthMm: 10, kind: 'text', value: (r) => r.unit, total: { kind: 'unitOf', column: 'cap' } },
];

describe('TotalsAccumulator', () => {
  it('sums one unit as a number and counts distinct enterprises', () => {
    const t = new TotalsAccumulator(columns);
    [{ firm: 1, cap: 0.1, unit: '万吨' }, { firm: 1, cap: 0.2, unit: '万吨' }, { firm: 2, cap: null, unit: null }].forEach((r) => t.add(r));
    expect(t.cells()).toEqual(['合计', '2家', '3项', 0.3, '万吨']);
    expect(t.multiUnitSpans()).toEqual([]);
  });

  it('never adds different units together', () => {
    const t = new TotalsAccumulator(columns);
    [{ firm: 1, cap: 3.5, unit: '万吨' }, { firm: 2, cap: 120, unit: '万重量箱' }, { firm: 3, cap: 1, unit: '万吨' }].forEach((r) => t.add(r));
    expect(t.cells()).toEqual(['合计', '3家', '3项', '4.5万吨\n120万重量箱', null]);
    expect(t.multiUnitSpans()).toEqual([[3, 4]]);
  });
});

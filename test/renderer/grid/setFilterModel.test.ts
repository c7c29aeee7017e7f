import { describe, expect, it } from 'vitest';
import { ColumnLayout, GridLayout } from '../../../src/shared/schemas/gridLayout';
import { countValues, describeSetModel, setModelOf, setValueOf, toggled, toggledAll } from '../../../src/renderer/src/grid/setFilterModel';

// A town column as county sheets fill it: repeats, blanks, a stray space, a value outside 设置's list.
const towns = ['城关镇', '柳林镇', null, '城关镇', '王庄镇', '', '城关镇 ', '柳林镇', undefined, '北关街道'];

describe('the set filter of an option column', () => {
  it('counts each value once, in pinyin order with the blanks last; a stray space is the same town', () => {
    expect(countValues(towns)).toEqual([
      { value: '北关街道', count: 1 },
      { value: '城关镇', count: 3 },
      { value: '柳林镇', count: 2 },
      { value: '王庄镇', count: 1 },
      { value: '', count: 3 },
    ]);
  });

  it('unticking one value keeps the others; ticking it again turns the filter off', () => {
    const all = countValues(towns).map((c) => c.value);
    const without = toggled(null, all, '柳林镇', false);
    expect(without).toEqual(setModelOf(['北关街道', '城关镇', '王庄镇', '']));
    expect(toggled(without, all, '柳林镇', true)).toBeNull();
  });

  it('清除 unticks the values the search shows, 全选 ticks them, the hidden ones keep their ticks', () => {
    const all = countValues(towns).map((c) => c.value);
    const none = toggledAll(null, all, all, false);
    expect(none).toEqual(setModelOf([]));
    const twoTowns = toggledAll(none, all, ['城关镇', '柳林镇'], true);
    expect(twoTowns).toEqual(setModelOf(['城关镇', '柳林镇']));
    expect(toggledAll(twoTowns, all, ['王庄镇'], true)).toEqual(setModelOf(['城关镇', '柳林镇', '王庄镇']));
    expect(toggledAll(twoTowns, all, all, true)).toBeNull();
  });

  it('a number or a blank cell is compared as the text it shows', () => {
    expect([setValueOf(2022), setValueOf(null), setValueOf(' 铸造 ')]).toEqual(['2022', '', '铸造']);
  });

  it('reads the kept values in words, naming blanks 「（空白）」', () => {
    expect(describeSetModel(setModelOf(['城关镇', '']))).toBe('城关镇、（空白）');
    expect(describeSetModel(setModelOf(['甲', '乙', '丙', '丁', '戊']))).toBe('甲、乙、丙 等 5 项');
  });

  it('is kept with the layout, beside the text filters of free-text columns', () => {
    const layout = [
      { colId: 'town', width: 120, filter: setModelOf(['城关镇', '']) },
      { colId: 'legalRep', filter: { filterType: 'text', type: 'contains', filter: '赵' } },
      { colId: 'capacity', filter: { filterType: 'number', operator: 'OR', conditions: [{ filterType: 'number', type: 'greaterThan', filter: 10 }, { filterType: 'number', type: 'blank' }] } },
    ];
    expect(GridLayout.parse(layout)).toEqual(layout);
    expect(ColumnLayout.safeParse({ colId: 'town', filter: { filterType: 'set', values: '城关镇' } }).success).toBe(false);
  });
});

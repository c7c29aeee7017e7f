import { beforeAll, describe, expect, it } from 'vitest';
import { amountPatch, formatAmount, splitAmount } from '../../../src/renderer/src/grid/amounts';
import { formatSums, sumByUnit } from '../../../src/renderer/src/grid/capacitySums';
import { loadPinyin, matches, pinyinInitials, queryWords, searchKey } from '../../../src/renderer/src/grid/search';
import { UndoHistory } from '../../../src/renderer/src/grid/undoHistory';

describe('amounts with their unit in one cell', () => {
  it('splits 50万吨, 1.5 亿米, 2500吨/日, full-width digits and thousands separators', () => {
    expect(splitAmount('50万吨')).toEqual({ amount: '50', unit: '万吨' });
    expect(splitAmount(' 1.5 亿米 ')).toEqual({ amount: '1.5', unit: '亿米' });
    expect(splitAmount('2500吨/日')).toEqual({ amount: '2500', unit: '吨/日' });
    expect(splitAmount('１２万千伏安时')).toEqual({ amount: '12', unit: '万千伏安时' });
    expect(splitAmount('12,500万吨')).toEqual({ amount: '12500', unit: '万吨' });
  });

  it('leaves a bare number or text that is no amount to the service to judge', () => {
    expect(splitAmount('50')).toBeNull();
    expect(splitAmount('约五十万吨')).toBeNull();
    expect(amountPatch('capacity', 'capacityUnit')('50')).toEqual({ capacity: '50' });
    expect(amountPatch('capacity', 'capacityUnit')('3台')).toEqual({ capacity: '3', capacityUnit: '台' });
    // The row's unit decides whether the unit typed with the number fills it or contradicts it.
    expect(amountPatch('capacity', 'capacityUnit')('30万吨', { capacityUnit: '万吨/年' })).toEqual({ capacity: '30', capacityUnit: '万吨' });
    expect(amountPatch('capacity', 'capacityUnit')('30万吨', { capacityUnit: null })).toEqual({ capacity: '30', capacityUnit: '万吨' });
    expect(amountPatch('capacity', 'capacityUnit')('30万吨', { capacityUnit: '万条/年' })).toEqual({ capacity: '30万吨', capacityUnit: '万条/年' });
  });

  it('shows at most four decimals', () => {
    expect(formatAmount(12.5)).toBe('12.5');
    expect(formatAmount(0.1 + 0.2)).toBe('0.3');
    expect(formatAmount(null)).toBe('');
  });
});

describe('capacity sums in the status bar', () => {
  it('adds up per unit, never across units, largest first', () => {
    const sums = sumByUnit([
      { capacity: 1.5, capacityUnit: '万吨' },
      { capacity: 2, capacityUnit: '万吨' },
      { capacity: 0.3, capacityUnit: '亿米' },
      { capacity: null, capacityUnit: '万吨' },
      { capacity: 4, capacityUnit: null },
    ]);
    expect(formatSums(sums)).toBe('4 （无单位）；3.5 万吨；0.3 亿米');
  });
});

describe('search by name, code or pinyin initials', () => {
  beforeAll(() => loadPinyin());

  it('finds 鑫达铸造 by xdzz, by part of its name and by its credit code', () => {
    expect(pinyinInitials('鑫达铸造有限公司')).toBe('xdzzyxgs');
    const key = searchKey(['鑫达铸造有限公司'], ['91370500MA3C8QXK43']);
    for (const q of ['xdzz', '鑫达', '铸造 鑫达', 'ma3c8', 'XDZZ']) expect(matches(key, queryWords(q))).toBe(true);
    expect(matches(key, queryWords('hthn'))).toBe(false);
  });
});

describe('undo history of a grid', () => {
  it('undoes newest first, redoes what was undone, and a new action clears the redo stack', () => {
    const h = new UndoHistory<string>();
    h.push('a');
    h.push('b');
    expect(h.takeUndo()).toBe('b');
    h.pushRedo('b′');
    expect(h.canRedo).toBe(true);
    expect(h.takeRedo()).toBe('b′');
    h.pushDone('b″');
    expect(h.takeUndo()).toBe('b″');
    h.pushRedo('x');
    h.push('c');
    expect(h.canRedo).toBe(false);
  });

  it('keeps at most its limit, dropping the oldest', () => {
    const h = new UndoHistory<number>(2);
    [1, 2, 3].forEach((n) => h.push(n));
    expect([h.takeUndo(), h.takeUndo(), h.takeUndo()]).toEqual([3, 2, undefined]);
  });
});

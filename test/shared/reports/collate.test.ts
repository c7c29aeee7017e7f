import { describe, expect, it } from 'vitest';
import { sortByChineseKeys } from '../../../src/shared/reports/collate';

describe('sortByChineseKeys', () => {
  it('orders towns then names by pinyin, blanks last, ties by number', () => {
    const rows = [
      { id: 1, town: '城关镇', name: '乙厂' },
      { id: 2, town: null, name: '甲厂' },
      { id: 3, town: '白塔乡', name: '丙厂' },
      { id: 4, town: '北关镇', name: '甲厂' },
      { id: 5, town: '白塔乡', name: '丙厂' },
    ];
    const sorted = sortByChineseKeys(rows, [(r) => r.town, (r) => r.name], (r) => -r.id);
    expect(sorted.map((r) => r.id)).toEqual([5, 3, 4, 1, 2]);
  });
});

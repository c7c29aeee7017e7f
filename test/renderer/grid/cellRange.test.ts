import { describe, expect, it } from 'vitest';
import { boundsOf, fillSeries, inBounds, moveEnd } from '../../../src/renderer/src/grid/cellRange';

describe('cell ranges', () => {
  it('bounds a rectangle whichever way it was dragged', () => {
    expect(boundsOf({ anchor: { row: 5, col: 3 }, end: { row: 2, col: 1 } })).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
    const b = boundsOf({ anchor: { row: 0, col: 0 }, end: { row: 1, col: 1 } });
    expect(inBounds(b, 1, 1)).toBe(true);
    expect(inBounds(b, 2, 1)).toBe(false);
    expect(inBounds(null, 0, 0)).toBe(false);
  });

  it('Shift+arrows move the far corner and stop at the grid edge', () => {
    const r = { anchor: { row: 0, col: 0 }, end: { row: 0, col: 0 } };
    expect(moveEnd(r, 1, 0, 10, 5).end).toEqual({ row: 1, col: 0 });
    expect(moveEnd(r, -1, -1, 10, 5).end).toEqual({ row: 0, col: 0 });
    expect(moveEnd({ anchor: r.anchor, end: { row: 9, col: 4 } }, 1, 1, 10, 5).end).toEqual({ row: 9, col: 4 });
  });
});

describe('the fill handle’s series', () => {
  it('continues equally spaced numbers: 1, 2 → 3, 4, 5', () => {
    expect(fillSeries(['1', '2'], 3)).toEqual(['3', '4', '5']);
    expect(fillSeries(['0.5', '1.0'], 2)).toEqual(['1.5', '2.0']);
  });

  it('repeats a single number, as Excel does, and numbers that are not a series', () => {
    expect(fillSeries(['3'], 3)).toEqual(['3', '3', '3']);
    expect(fillSeries(['1', '4', '5'], 4)).toEqual(['1', '4', '5', '1']);
  });

  it('counts months on: 2022-01 → 2022-02, over the year end', () => {
    expect(fillSeries(['2022-01'], 2)).toEqual(['2022-02', '2022-03']);
    expect(fillSeries(['2022-11', '2022-12'], 2)).toEqual(['2023-01', '2023-02']);
  });

  it('counts dates on by their step', () => {
    expect(fillSeries(['2022-02-27'], 2)).toEqual(['2022-02-28', '2022-03-01']);
    expect(fillSeries(['2022-07-01', '2022-07-08'], 1)).toEqual(['2022-07-15']);
  });

  it('counts on a text with a number in it, keeping its zeros: 第1批 → 第2批, A09 → A10', () => {
    expect(fillSeries(['第1批'], 2)).toEqual(['第2批', '第3批']);
    expect(fillSeries(['A09'], 1)).toEqual(['A10']);
  });

  it('repeats plain text and blanks in turn', () => {
    expect(fillSeries(['城关镇', '柳林镇'], 3)).toEqual(['城关镇', '柳林镇', '城关镇']);
    expect(fillSeries([''], 2)).toEqual(['', '']);
  });
});

import { describe, expect, it } from 'vitest';
import { keepTogetherBlocks, planPageBreaks, splitMergesAtBreaks } from '../../../src/shared/reports/pagination';

describe('keepTogetherBlocks', () => {
  it('joins the rows a merge covers and glues a heading to what follows', () => {
    expect(keepTogetherBlocks(6, [[1, 1, 3, 1], [2, 3, 3, 3]], new Set([0]))).toEqual([[0, 3], [4, 4], [5, 5]]);
  });
});

describe('planPageBreaks', () => {
  const space = { first: 100, later: 120 };

  it('moves a short block that does not fit to the next page', () => {
    // rows: 40, 40, then a block of 2 × 20 that would cross the first page's end at 100.
    expect(planPageBreaks([40, 40, 20, 20], [[0, 0], [1, 1], [2, 3]], space)).toEqual([2]);
  });

  it('cuts a block between its rows rather than leave more than a quarter of the page empty', () => {
    expect(planPageBreaks([50, 40, 40, 40], [[0, 0], [1, 3]], space)).toEqual([2]);
  });

  it('moves a block whole when the gap it leaves is small', () => {
    expect(planPageBreaks([75, 20, 20], [[0, 0], [1, 2]], space)).toEqual([1]);
  });

  it('cuts a block taller than a page wherever it must', () => {
    expect(planPageBreaks([90, 60, 60, 60], [[0, 0], [1, 3]], space)).toEqual([1, 3]);
  });

  it('does not leave a heading last on a page', () => {
    // row 1 is a heading glued to row 2; row 2 does not fit under it on the first page.
    expect(planPageBreaks([60, 20, 40, 40], [[0, 0], [1, 3]], { ...space, glued: new Set([1]) })).toEqual([1]);
  });

  it('never breaks before the first row of a page', () => {
    expect(planPageBreaks([150, 10], [[0, 0], [1, 1]], space)).toEqual([1]);
  });
});

describe('splitMergesAtBreaks', () => {
  it('cuts a merge at each page break it crosses', () => {
    expect(splitMergesAtBreaks([[2, 1, 9, 1], [0, 0, 0, 5]], [4, 8])).toEqual([
      [2, 1, 3, 1],
      [4, 1, 7, 1],
      [8, 1, 9, 1],
      [0, 0, 0, 5],
    ]);
  });
});

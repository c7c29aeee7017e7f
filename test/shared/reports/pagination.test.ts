import { describe, expect, it } from 'vitest';
import { keepTogetherBlocks, planPages, splitMergesAtBreaks } from '../../../src/shared/reports/pagination';

describe('keepTogetherBlocks', () => {
  it('joins the rows a merge covers and glues a heading to what follows', () => {
    expect(keepTogetherBlocks(6, [[1, 1, 3, 1], [2, 3, 3, 3]], new Set([0]))).toEqual([[0, 3], [4, 4], [5, 5]]);
  });
});

describe('planPages', () => {
  const space = { first: 100, later: 120 };
  /** A merged cell over rows top…bottom whose text fits in the rows' own height. */
  const block = (top: number, bottom: number) => ({ top, bottom, needed: 0 });

  it('moves a block whole to the next page when that leaves little of the page empty', () => {
    // 40 + 40 fill the first page to 80 %; the block 20 + 20 goes over whole.
    expect(planPages([40, 40, 20, 20], [block(2, 3)], space).breaks).toEqual([2]);
  });

  it('cuts a block between its rows rather than leave more than a quarter of the page empty', () => {
    expect(planPages([50, 40, 40, 40], [block(1, 3)], space).breaks).toEqual([2]);
  });

  it('leaves no page but the last under half full where another break avoids it', () => {
    // Keeping the block 1–3 whole would print 45 of 100 on the first page; cut, it prints 75.
    const plan = planPages([45, 30, 30, 30, 50], [block(1, 3)], space);
    expect(plan.breaks).toEqual([2]);
  });

  it('prints on the fewest pages it can', () => {
    // Greedy filling gives [30,60] [60,40] [40] = 3 pages; moving the 60 gives 2.
    expect(planPages([30, 60, 60, 40, 40], [], { first: 100, later: 150 }).breaks).toHaveLength(1);
  });

  it('grows the rows of a merged cell cut by a page so its repeated text fits on each page', () => {
    // Whole, the block takes 120, more than a page; each half repeats the text, which needs 70.
    const plan = planPages([30, 30, 30, 30], [{ top: 0, bottom: 3, needed: 70 }], { first: 70, later: 70 });
    expect(plan.breaks).toEqual([2]);
    expect(plan.heights).toEqual([30, 40, 30, 40]);
  });

  it('grows a one-row part too', () => {
    const plan = planPages([50, 20, 20], [{ top: 1, bottom: 2, needed: 50 }], { first: 100, later: 100 });
    // Rows 1–2 whole need 50 and fit under row 0: one page, row 2 grown to 30.
    expect(plan).toEqual({ breaks: [], heights: [50, 20, 30] });
  });

  it('does not leave a heading last on a page', () => {
    // row 1 is a heading glued to row 2; row 2 does not fit under it on the first page.
    expect(planPages([60, 20, 40, 40], [], { ...space, glued: new Set([1]) }).breaks).toEqual([1]);
  });

  it('never makes a row taller than a page, and puts a row too tall for the first page on the next', () => {
    const plan = planPages([150, 10], [], space);
    expect(plan.heights).toEqual([120, 10]);
    expect(plan.breaks).toEqual([1]);
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

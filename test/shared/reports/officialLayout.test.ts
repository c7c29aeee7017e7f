import { describe, expect, it } from 'vitest';
import { SIZE_PT, excelWidthForMm, printedColumnMm, wrappedLines } from '../../../src/shared/reports/officialLayout';

// 4号 (14 pt ≈ 4.94 mm an ideograph): a 77 mm cell (75 mm inside its padding) holds 15 ideographs a line.
const W = 77;
const PT = SIZE_PT.四号;

describe('wrappedLines', () => {
  it('lays ideographs on a line until the next does not fit', () => {
    expect(wrappedLines('一'.repeat(15), W, PT)).toBe(1);
    expect(wrappedLines('一'.repeat(16), W, PT)).toBe(2);
    expect(wrappedLines('一'.repeat(31), W, PT)).toBe(3);
  });

  it('counts hard line breaks', () => {
    expect(wrappedLines('县工信局\n县财政局', W, PT)).toBe(2);
  });

  it('keeps a run of Latin letters and digits together', () => {
    // 13 ideographs, then "2011" (2.2 em) does not fit in the 2 em left: it moves down whole.
    expect(wrappedLines(`${'一'.repeat(13)}2011`, W, PT)).toBe(2);
    expect(wrappedLines(`${'一'.repeat(12)}2011`, W, PT)).toBe(1);
  });

  it('never starts a line with closing punctuation nor ends one with an opening bracket', () => {
    // 15 ideographs fill the line; the comma goes down with the last of them.
    expect(wrappedLines(`${'一'.repeat(15)}，`, W, PT)).toBe(2);
    // An opening bracket at the end of a full line moves down with what it opens.
    expect(wrappedLines(`${'一'.repeat(14)}（二）`, W, PT)).toBe(2);
    expect(wrappedLines('按照《产业结构调整指导目录（2011年本）（修正）》等有关产业政策规定，淘汰相关工艺技术装备。', W, PT)).toBe(4);
  });

  it('breaks a word longer than a line where the line ends', () => {
    expect(wrappedLines('A'.repeat(60), W, PT)).toBeGreaterThanOrEqual(2);
  });
});

describe('column widths', () => {
  it('stores a width Excel draws at the millimetres asked (7 px a unit, padding included)', () => {
    // The default column, 8.43 characters on screen, is stored as 9.14 and drawn 64 px wide.
    expect(excelWidthForMm((64 / 96) * 25.4)).toBeCloseTo(9.14, 2);
    expect((excelWidthForMm(50) * 7 * 25.4) / 96).toBeCloseTo(50, 1);
  });

  it('wraps a spreadsheet column at the narrower width LibreOffice prints it', () => {
    // Measured on a rendered annex: 48.96 stored units printed 86.3 mm wide in LibreOffice.
    expect(printedColumnMm(92)).toBeCloseTo(87.6, 0);
    expect(printedColumnMm(92)).toBeLessThan(92);
  });
});

import { describe, expect, it } from 'vitest';
import { clipSheetXml } from '../../../src/main/export/template/rangeClip';

/** Ranges a clerk or a crafted file sets past the sheet's reach, clipped before ExcelJS opens it. */
const reach = { rows: 200, columns: 12 };

describe('clipSheetXml', () => {
  it('clips a drop-down on a whole column, written as D:D or D5:D1048576, to the reach', () => {
    expect(clipSheetXml('<dataValidation type="list" sqref="D:D">', reach)).toBe('<dataValidation type="list" sqref="D1:D200">');
    expect(clipSheetXml('<dataValidation type="list" sqref="D5:D1048576 F5:F1048576">', reach)).toBe('<dataValidation type="list" sqref="D5:D200 F5:F200">');
  });

  it('clips whole rows and a range over the whole sheet in both directions', () => {
    expect(clipSheetXml('<conditionalFormatting sqref="3:5">', reach)).toBe('<conditionalFormatting sqref="A3:L5">');
    expect(clipSheetXml('<conditionalFormatting sqref="A1:XFD1048576">', reach)).toBe('<conditionalFormatting sqref="A1:L200">');
  });

  it('clips merged ranges and Excel 2010 extension lists (x14 validations)', () => {
    expect(clipSheetXml('<mergeCell ref="F3:F1048576"/>', reach)).toBe('<mergeCell ref="F3:F200"/>');
    expect(clipSheetXml('<xm:sqref>E4:E1048576</xm:sqref>', reach)).toBe('<xm:sqref>E4:E200</xm:sqref>');
  });

  it('leaves ranges inside the reach, ranges starting past it (one cell) and unreadable ones as they are', () => {
    const inside = '<dataValidation sqref="B3:C40"><mergeCell ref="A1:D1"/>';
    expect(clipSheetXml(inside, reach)).toBe(inside);
    expect(clipSheetXml('<dataValidation sqref="B500:B900">', reach)).toBe('<dataValidation sqref="B500">');
    expect(clipSheetXml('<mergeCell ref="ZZZ:1"/>', reach)).toBe('<mergeCell ref="ZZZ:1"/>');
  });

  it('touches nothing else in the sheet (a selection, a cell reference)', () => {
    const other = '<selection activeCell="A1" sqref="A1:XFD1048576"/><c r="XFD1048576"/>';
    expect(clipSheetXml(other, reach)).toBe(other);
  });
});

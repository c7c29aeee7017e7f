import type { Cell, MergeRange, SheetData } from './types';

/**
 * Merged ranges by cell, clipped to the sheet's used range. A merge's value lives in its
 * top-left cell; the others are empty in the file but mean the same value.
 */
const MAX_INDEXED_CELLS = 2_000_000;
const key = (r: number, c: number): number => r * 16_384 + c;

export class MergeIndex {
  readonly all: MergeRange[];
  private readonly byCell = new Map<number, MergeRange>();

  constructor(sheet: SheetData) {
    const height = sheet.rows.length;
    const width = sheet.rows.reduce((w, row) => Math.max(w, row.length), 0);
    this.all = [];
    let budget = MAX_INDEXED_CELLS;
    for (const m of sheet.merges) {
      if (m.s.r >= height || m.s.c >= width) continue;
      const clipped = { s: m.s, e: { r: Math.min(m.e.r, height - 1), c: Math.min(m.e.c, width - 1) } };
      const area = (clipped.e.r - clipped.s.r + 1) * (clipped.e.c - clipped.s.c + 1);
      if (area <= 1 || area > budget) continue;
      budget -= area;
      this.all.push(clipped);
      for (let r = clipped.s.r; r <= clipped.e.r; r++) {
        for (let c = clipped.s.c; c <= clipped.e.c; c++) this.byCell.set(key(r, c), clipped);
      }
    }
  }

  rangeAt(r: number, c: number): MergeRange | undefined {
    return this.byCell.get(key(r, c));
  }

  /** True for the cells of a merge other than its top-left one. */
  isCovered(r: number, c: number): boolean {
    const m = this.byCell.get(key(r, c));
    return m !== undefined && (m.s.r !== r || m.s.c !== c);
  }

  valueAt(sheet: SheetData, r: number, c: number): Cell {
    const m = this.byCell.get(key(r, c));
    return m ? (sheet.rows[m.s.r]?.[m.s.c] ?? null) : (sheet.rows[r]?.[c] ?? null);
  }

  /**
   * A data row with the value of a vertical merge copied down into it, for merges that begin
   * at or below `bodyStart` (0-based): an enterprise named once over its three lines.
   */
  filledRow(sheet: SheetData, r: number, bodyStart: number): Cell[] {
    const row = sheet.rows[r] ?? [];
    if (this.byCell.size === 0) return row;
    const out = row.slice();
    for (let c = 0; c < out.length; c++) {
      if (out[c] !== null) continue;
      const m = this.byCell.get(key(r, c));
      if (m && m.s.r >= bodyStart && m.s.r < r && m.s.c === c) out[c] = sheet.rows[m.s.r]?.[c] ?? null;
    }
    return out;
  }
}

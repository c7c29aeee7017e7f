import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../shared/import/types';

/**
 * Inserting rows into a template sheet the way Excel does, which ExcelJS's spliceRows does not:
 * it moves cell values, styles and row heights but leaves merged ranges, the print area, page
 * breaks, formulas, validations and conditional formats where they were. Here every one of
 * those moves with its rows, so a 合计 row merged over A:C and the footnotes merged across the
 * table come out merged, below the data, on the right rows.
 */
export type Range = [top: number, left: number, bottom: number, right: number];

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)$/;

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function parseRange(ref: string): Range {
  const [a, b = a] = ref.split(':') as [string, string?];
  const p = A1.exec(a)!;
  const q = A1.exec(b)!;
  return [Number(p[2]), columnNumber(p[1]!), Number(q[2]), columnNumber(q[1]!)];
}

export function rangeRef([top, left, bottom, right]: Range): string {
  const tl = `${columnLetter(left - 1)}${top}`;
  const br = `${columnLetter(right - 1)}${bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

export function sheetMerges(ws: ExcelJS.Worksheet): Range[] {
  return ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange);
}

/** A range after inserting `count` rows above row `at`: moved down, or grown if it spans `at`. */
export function shiftRange([top, left, bottom, right]: Range, at: number, count: number): Range {
  if (top >= at) return [top + count, left, bottom + count, right];
  if (bottom >= at) return [top, left, bottom + count, right];
  return [top, left, bottom, right];
}

/**
 * References in a formula after the insertion: rows at or below `at` move down; a range ending
 * on the row just above `at` (a SUM over the blank template rows) grows over the new rows.
 */
export function shiftFormula(formula: string, at: number, count: number): string {
  const ref = /(?<![A-Za-z_\d.])(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![A-Za-z_\d(!])/g;
  return formula.replace(ref, (_m, c1: string, r1: string, c2?: string, r2?: string) => {
    const top = Number(r1);
    const moved = (r: number) => (r >= at ? r + count : r);
    if (c2 === undefined || r2 === undefined) return `${c1}${moved(top)}`;
    const bottom = Number(r2);
    const newBottom = bottom === at - 1 && top < at ? bottom + count : moved(bottom);
    return `${c1}${moved(top)}:${c2}${newBottom}`;
  });
}

function copyRow(ws: ExcelJS.Worksheet, from: number, to: number, width: number): void {
  const src = ws.getRow(from);
  const dst = ws.getRow(to);
  for (let c = 1; c <= width; c++) {
    const s = src.getCell(c);
    const d = dst.getCell(c);
    d.value = s.value;
    d.style = { ...s.style };
  }
  dst.height = src.height;
  dst.hidden = src.hidden;
}

/** Inserts `count` rows above row `at`, styled like row `styleRow` (which must be above `at`). */
export function insertRowsAbove(ws: ExcelJS.Worksheet, at: number, count: number, styleRow: number, width: number): void {
  if (count <= 0) return;
  const last = Math.max(ws.rowCount, at);
  const cols = Math.max(width, ws.columnCount);
  const merges = sheetMerges(ws).filter(([, , bottom]) => bottom >= at);
  for (const m of merges) unmergeKeepingStyles(ws, m);

  for (let r = last; r >= at; r--) copyRow(ws, r, r + count, cols);
  const style = ws.getRow(styleRow);
  for (let r = at; r < at + count; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      cell.value = null;
      cell.style = { ...style.getCell(c).style };
    }
    row.height = style.height;
    row.hidden = false;
  }
  // Merges of the style row (a 备注 over two columns) are repeated on the new rows.
  const rowMerges = sheetMerges(ws).filter(([top, , bottom]) => top === styleRow && bottom === styleRow);
  for (const m of merges) ws.mergeCellsWithoutStyle(rangeRef(shiftRange(m, at, count)));
  for (let r = at; r < at + count; r++) for (const [, left, , right] of rowMerges) ws.mergeCellsWithoutStyle(r, left, r, right);

  moveSheetFeatures(ws, at, count, styleRow);
}

/** ExcelJS resets the covered cells of a merge to the row's style on unmerge: their borders would go. */
function unmergeKeepingStyles(ws: ExcelJS.Worksheet, [top, left, bottom, right]: Range): void {
  const styles: { r: number; c: number; style: Partial<ExcelJS.Style> }[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) styles.push({ r, c, style: { ...ws.getCell(r, c).style } });
  ws.unMergeCells(rangeRef([top, left, bottom, right]));
  for (const { r, c, style } of styles) ws.getCell(r, c).style = style;
}

function moveSheetFeatures(ws: ExcelJS.Worksheet, at: number, count: number, styleRow: number): void {
  const shiftRefList = (refs: string) =>
    refs
      .split(/[ ,]+/)
      .filter(Boolean)
      .map((r) => rangeRef(shiftRange(parseRange(r.replace(/^.*!/, '')), at, count)))
      .join(',');

  if (typeof ws.pageSetup.printArea === 'string' && ws.pageSetup.printArea) ws.pageSetup.printArea = shiftRefList(ws.pageSetup.printArea);
  if (typeof ws.autoFilter === 'string') ws.autoFilter = shiftRefList(ws.autoFilter);
  const breaks = (ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks;
  for (const b of breaks ?? []) if (b.id >= at) b.id += count;

  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell((cell) => {
      const v = cell.value as { formula?: string; sharedFormula?: string } | null;
      if (v && typeof v === 'object' && typeof v.formula === 'string') cell.value = { ...(v as ExcelJS.CellFormulaValue), formula: shiftFormula(v.formula, at, count) };
    });
  });

  const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations;
  if (validations?.model) {
    const moved: Record<string, unknown> = {};
    for (const [address, rule] of Object.entries(validations.model)) {
      if (!rule) continue;
      const [r, c] = parseRange(address);
      moved[rangeRef([r >= at ? r + count : r, c, r >= at ? r + count : r, c])] = rule;
      if (r === styleRow) for (let k = 0; k < count; k++) moved[rangeRef([at + k, c, at + k, c])] = rule;
    }
    validations.model = moved;
  }

  const formats = (ws as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings;
  for (const f of formats ?? []) f.ref = shiftRefList(f.ref);
}

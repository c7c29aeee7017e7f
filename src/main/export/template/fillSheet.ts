import type ExcelJS from 'exceljs';
import { isIsoDate } from '../../../shared/domain/dates';
import { formatChineseDate } from '../../../shared/domain/dates';
import type { Mapping } from '../../../shared/import/mapping';
import type { ListMeta } from '../../../shared/reports/listTypes';
import { isFormulaLike } from '../../../shared/reports/cellSafety';
import type { TemplateArea } from '../../../shared/reports/templateArea';
import { SUMMED, columnTotal, enterpriseCount, isDateTarget, type TemplateRow } from '../../../shared/reports/templateFill';
import { cancelledError } from '../../fs/atomicWrite';
import { growRowsToText, hideUnusedRows, spareLastPage } from './rowFit';
import { insertRowsAbove } from './sheetRows';

/**
 * Writes the county's rows into one template sheet, keeping the template's own cell styles:
 *   1. clear the template's data rows (values only; styles, merges and per-row formulas stay);
 *   2. insert the rows the template lacks above its 合计 (or first footnote), styled like its
 *      first data row (see sheetRows.ts for what moves with them);
 *   3. write each row: 序号 numbered, 县（市、区） the county's name, mapped columns from the ledger (dates as dates, formula-like
 *      text as literal text); rows grow to their wrapped text and the template's unfilled blank
 *      rows are hidden (rowFit.ts);
 *   4. write the 合计: summed capacity and quantity (per unit when units differ), the number of
 *      enterprises; values, not formulas, as the app's own lists do;
 *   5. fill an empty 填报单位：/填报日期： above the table; a last page holding only the 合计 and
 *      notes is spared by fitting the table to one page fewer (rowFit.ts).
 */
export interface SheetFill {
  area: TemplateArea;
  serialColumns: readonly number[];
  /** 0-based columns written with the county's name (县（市、区）) on every row. */
  countyColumns?: readonly number[];
  infoRows: readonly number[];
  mapping: Mapping;
  rows: readonly TemplateRow[];
  meta: ListMeta;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 500;

function isCovered(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function hasFormula(cell: ExcelJS.Cell): boolean {
  return cell.type === 6; // ExcelJS ValueType.Formula (a const enum isolatedModules cannot import)
}

function writeValue(cell: ExcelJS.Cell, value: string | number | null | undefined, asDate: boolean): void {
  if (isCovered(cell)) return;
  if (value === null || value === undefined || value === '') {
    cell.value = null;
    return;
  }
  if (typeof value === 'number') {
    cell.value = Number.isFinite(value) ? value : null;
    return;
  }
  if (asDate && isIsoDate(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    cell.value = new Date(Date.UTC(y, m - 1, d));
    // The template's own date format wins; a General cell shows 2026-10-31.
    if (!cell.numFmt || cell.numFmt === 'General') cell.style = { ...cell.style, numFmt: 'yyyy-mm-dd' };
    return;
  }
  cell.value = value;
  if (isFormulaLike(value)) cell.style = { ...cell.style, numFmt: '@' };
}

export function fillSheet(ws: ExcelJS.Worksheet, fill: SheetFill): { inserted: number } {
  const { area, rows, mapping } = fill;
  const n = rows.length;
  const columns = mapping.fields.flatMap((f) => ('column' in f ? [{ target: f.target, col: f.column + 1 }] : []));

  // 1. Clear the template rows (values only).
  for (let r = area.dataStart; r < area.dataStart + area.templateRows; r++) {
    for (let c = 1; c <= area.width; c++) {
      const cell = ws.getCell(r, c);
      if (!hasFormula(cell) && !isCovered(cell)) cell.value = null;
    }
  }

  // 2. Rows beyond the template's own.
  const extra = Math.max(0, n - area.templateRows);
  // New rows look like the template's first data row (its last may carry a bottom rule of its own).
  const styleRow = area.templateRows > 0 ? area.dataStart : area.headerLast;
  let inserted = 0;
  if (extra > 0 && area.stopRow !== null) {
    insertRowsAbove(ws, area.stopRow, extra, styleRow, area.width);
    inserted = extra;
    if (area.templateRows === 0) plainBody(ws, area.stopRow, extra, area.width);
  } else if (extra > 0) {
    styleMissingRows(ws, area.dataStart + area.templateRows, extra, styleRow, area.width);
    if (area.templateRows === 0) plainBody(ws, area.dataStart, extra, area.width);
  }

  // 3. The rows.
  rows.forEach((row, i) => {
    const r = area.dataStart + i;
    for (const c of fill.serialColumns) writeValue(ws.getCell(r, c + 1), i + 1, false);
    // A city's roll-up row names its own county; a county's rows are all its own.
    for (const c of fill.countyColumns ?? []) writeValue(ws.getCell(r, c + 1), (row['enterprise.county'] as string | null) || fill.meta.countyName, false);
    for (const { target, col } of columns) writeValue(ws.getCell(r, col), row[target], isDateTarget(target));
    if ((i + 1) % BATCH === 0) {
      if (fill.signal?.aborted) throw cancelledError();
      fill.onProgress?.(i + 1, n);
    }
  });
  if (fill.signal?.aborted) throw cancelledError();
  growRowsToText(ws, area.dataStart, n, area.width);
  if (area.stopRow !== null) hideUnusedRows(ws, area.dataStart + n, area.templateRows - n);

  // 4. 合计.
  if (area.totalRow !== null) writeTotals(ws, area.totalRow + inserted, columns, mapping, rows);

  // 5. 填报单位 / 填报日期.
  for (const r of fill.infoRows) fillInfoRow(ws.getRow(r), fill.meta);
  spareLastPage(ws);
  fill.onProgress?.(n, n);
  return { inserted };
}

function writeTotals(ws: ExcelJS.Worksheet, r: number, columns: { target: string; col: number }[], mapping: Mapping, rows: readonly TemplateRow[]): void {
  const colOf = (target: string) => columns.find((c) => c.target === target)?.col;
  for (const { value, unit } of SUMMED) {
    const col = colOf(value);
    if (col === undefined) continue;
    const constant = mapping.fields.find((f) => f.target === unit && 'constant' in f);
    const total = columnTotal(rows, value, unit, constant && 'constant' in constant ? constant.constant : undefined);
    writeValue(ws.getCell(r, col), total?.value ?? null, false);
    const unitCol = colOf(unit);
    if (unitCol !== undefined) writeValue(ws.getCell(r, unitCol), total?.unit ?? null, false);
  }
  const nameCol = colOf('enterprise.name');
  if (nameCol !== undefined && rows.length > 0) {
    const cell = ws.getCell(r, nameCol);
    if (!isCovered(cell) && (cell.value === null || cell.value === '')) writeValue(cell, `${enterpriseCount(rows)}家`, false);
  }
}

/** Rows under a template without 合计 or notes: styled like its last row where they have no style. */
function styleMissingRows(ws: ExcelJS.Worksheet, from: number, count: number, styleRow: number, width: number): void {
  const style = ws.getRow(styleRow);
  for (let r = from; r < from + count; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (!cell.border || Object.keys(cell.border).length === 0) cell.style = { ...style.getCell(c).style };
    }
    if (row.height === undefined && style.height !== undefined) row.height = style.height;
  }
}

/** Data rows styled from a header (a template with no blank rows): the header's borders, not its bold or fill. */
function plainBody(ws: ExcelJS.Worksheet, from: number, count: number, width: number): void {
  for (let r = from; r < from + count; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      const { fill: _fill, ...rest } = cell.style;
      cell.style = { ...rest, font: { ...rest.font, bold: false } };
    }
  }
}

function fillInfoRow(row: ExcelJS.Row, meta: ListMeta): void {
  row.eachCell((cell) => {
    if (typeof cell.value !== 'string') return;
    const text = cell.value;
    if (/^\s*(填报|报送)单位(（盖章）|\(盖章\))?[:：]\s*$/.test(text) && meta.reportingUnit) cell.value = `${text.trimEnd()}${meta.reportingUnit}`;
    else if (/^\s*(填报|报送)日期[:：]\s*(年\s*月\s*日)?\s*$/.test(text)) cell.value = `${text.replace(/[:：].*$/, '：')}${formatChineseDate(meta.reportDate)}`;
  });
}

import * as XLSX from 'xlsx';
import type { Cell, MergeRange, SheetData } from '../../shared/import/types';
import { LIMITS, MESSAGES, cellTooLong, checkSheetArea, checkWorkbookCells, fail } from './limits';

/**
 * Excel 97-2003 (.xls) and anything else in a Compound File (CFB) container. An encrypted
 * .xlsx is a CFB too, holding EncryptionInfo and EncryptedPackage streams: that is how a
 * password is recognised before SheetJS is asked to parse anything.
 */
export function isCfb(buf: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return buf.length >= 8 && sig.every((b, i) => buf[i] === b);
}

interface CfbContainer {
  FullPaths: string[];
}

function streamNames(buf: Uint8Array, fileName: string): Set<string> {
  let cfb: CfbContainer;
  try {
    cfb = (XLSX.CFB as { read(d: Uint8Array, o: { type: 'buffer' }): CfbContainer }).read(buf, { type: 'buffer' });
  } catch {
    fail(MESSAGES.truncated(fileName));
  }
  return new Set(cfb.FullPaths.map((p) => p.replace(/\/$/, '').split('/').pop()!.toLowerCase()));
}

const ERRORS: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A' };

function cellValue(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : null;
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return ERRORS[cell.v as number] ?? '#错误';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : null;
    default:
      return null;
  }
}

function toSheet(ws: XLSX.WorkSheet, name: string, hidden: boolean, budget: { left: number }): SheetData {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  let height = 0;
  let width = 0;
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) continue;
    for (let c = 0; c < src.length; c++) {
      if (cellValue(src[c]) === null) continue;
      if (r + 1 > height) height = r + 1;
      if (c + 1 > width) width = c + 1;
    }
    checkSheetArea(name, height, width);
  }
  budget.left -= height * width;
  if (budget.left < 0) checkWorkbookCells(Infinity);
  const rows: Cell[][] = [];
  for (let r = 0; r < height; r++) {
    const src = data[r];
    const row: Cell[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const v = cellValue(src?.[c]);
      if (typeof v === 'string' && v.length > LIMITS.cellChars) cellTooLong(name, r, c, v.length);
      row[c] = v;
    }
    rows.push(row);
  }
  const merges: MergeRange[] = (ws['!merges'] ?? []).map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } }));
  return { name, rows, merges, hidden };
}

export function readCfbWorkbook(buf: Uint8Array, fileName: string): SheetData[] {
  const streams = streamNames(buf, fileName);
  if (streams.has('encryptioninfo') || streams.has('encryptedpackage')) fail(MESSAGES.encrypted(fileName));
  if (!streams.has('workbook') && !streams.has('book')) {
    if (streams.has('worddocument')) fail(MESSAGES.otherOffice(fileName, ' Word 文档（.doc）'));
    if (streams.has('powerpoint document')) fail(MESSAGES.otherOffice(fileName, ' PowerPoint 演示文稿（.ppt）'));
    fail(MESSAGES.notSpreadsheet(fileName));
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, { type: 'buffer', dense: true, cellDates: false, cellFormula: false, cellHTML: false, cellNF: false, cellText: false, cellStyles: false });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    fail(/password|encrypt/i.test(text) ? MESSAGES.encrypted(fileName) : MESSAGES.truncated(fileName));
  }
  const budget = { left: LIMITS.workbookCells };
  const sheets = wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name];
    const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    return ws ? toSheet(ws, name, hidden, budget) : null;
  }).filter((s): s is SheetData => s !== null);
  if (sheets.length === 0) fail(MESSAGES.noSheets(fileName));
  return sheets;
}

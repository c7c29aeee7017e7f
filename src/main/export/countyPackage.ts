import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  PACKAGE_FORMAT,
  PACKAGE_INFO_SHEET,
  PACKAGE_SHEETS,
  canonicalRows,
  checksumText,
  type PackageInfo,
  type PackageTables,
} from '../../shared/countyPackage/sheets';
import { throwIfCancelled, writeFileAtomic } from '../fs/atomicWrite';
import { THIN_BORDER, font, setCell } from './xlsxCells';

/**
 * Writes a 报送包 (shared/countyPackage/sheets.ts): 说明 first, so whoever opens the file reads
 * what it is before the tables, then 企业, 设备, 整改事项, 重点工作, 时间节点 — one header row
 * each, frozen and filterable, numbers as numbers and everything else as text. The workbook is
 * built in memory (a county holds a few thousand rows) and written atomically.
 */

export const INFO_KEYS = {
  county: '县（市、区）',
  year: '年度',
  exportedAt: '导出时间',
  exportedAtIso: '导出时间（UTC）',
  appVersion: '软件版本',
  format: '格式版本',
  checksum: '校验码（SHA-256）',
} as const;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The checksum of a package's tables, exactly as a reader recomputes it from the cells. */
export function tablesChecksum(tables: PackageTables): string {
  return sha256Hex(checksumText(PACKAGE_SHEETS.map((s) => ({ name: s.name, headers: s.columns.map((c) => c.header), rows: canonicalRows(s, tables[s.key]) }))));
}

const BODY = font('宋体', 11);
const header: Partial<ExcelJS.Style> = {
  font: font('黑体', 11),
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: THIN_BORDER,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } },
};
const text: Partial<ExcelJS.Style> = { font: BODY, alignment: { vertical: 'top', wrapText: false }, border: THIN_BORDER };
const label: Partial<ExcelJS.Style> = { font: font('黑体', 11), alignment: { vertical: 'middle' } };
const plain: Partial<ExcelJS.Style> = { font: BODY, alignment: { vertical: 'middle', wrapText: true } };

/**
 * 2026年12月6日 11:46 in the reader's own time (with seconds in 说明); the UTC time beside it is
 * what a roll-up compares.
 */
export function localStamp(iso: string, seconds = false): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${p(d.getHours())}:${p(d.getMinutes())}${seconds ? `:${p(d.getSeconds())}` : ''}`;
}

function writeInfo(ws: ExcelJS.Worksheet, info: PackageInfo, tables: PackageTables, checksum: string): void {
  ws.columns = [{ width: 22 }, { width: 66 }];
  ws.mergeCells('A1:B1');
  setCell(ws.getCell('A1'), `${info.county}${info.year}年落后产能退出台账报送包`, { font: font('黑体', 16), alignment: { horizontal: 'center', vertical: 'middle' } });
  ws.getRow(1).height = 30;
  const rows: [string, string | number][] = [
    [INFO_KEYS.county, info.county],
    [INFO_KEYS.year, info.year],
    [INFO_KEYS.exportedAt, localStamp(info.exportedAt, true)],
    [INFO_KEYS.exportedAtIso, info.exportedAt],
    [INFO_KEYS.appVersion, info.appVersion],
    [INFO_KEYS.format, PACKAGE_FORMAT],
    ...PACKAGE_SHEETS.map((s): [string, number] => [`${s.name}（行数）`, tables[s.key].length]),
    [INFO_KEYS.checksum, checksum],
  ];
  rows.forEach(([k, v], i) => {
    setCell(ws.getCell(i + 3, 1), k, label);
    setCell(ws.getCell(i + 3, 2), v, { ...plain, alignment: { horizontal: 'left', vertical: 'middle' } });
  });
  const note = rows.length + 4;
  ws.mergeCells(note, 1, note, 2);
  setCell(
    ws.getCell(note, 1),
    `说明：本包由落后产能退出台账导出，供市级汇总。校验码按「${PACKAGE_SHEETS.map((s) => s.name).join('、')}」各表的单元格内容计算；` +
      '这些表被改动后校验码不符，市级汇总时将拒收。如需更正，请在台账中修改后重新导出报送包。',
    plain,
  );
  ws.getRow(note).height = 48;
}

export interface PackageWriteOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

const CHECK_EVERY = 500;

/** Writes the package to `file`; resolves to its checksum. */
export async function writeCountyPackage(file: string, info: PackageInfo, tables: PackageTables, opts: PackageWriteOptions = {}): Promise<string> {
  const total = PACKAGE_SHEETS.reduce((n, s) => n + tables[s.key].length, 0);
  const checksum = tablesChecksum(tables);
  const wb = new ExcelJS.Workbook();
  wb.creator = `落后产能退出台账 ${info.appVersion}`;
  wb.created = new Date(info.exportedAt);
  writeInfo(wb.addWorksheet(PACKAGE_INFO_SHEET, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }), info, tables, checksum);
  let done = 0;
  for (const sheet of PACKAGE_SHEETS) {
    // Printed as it is read: landscape, the header row and first column on every page, no
    // shrinking (twenty columns fitted to one page width would be unreadable).
    const ws = wb.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1', printTitlesColumn: 'A:A', horizontalCentered: false },
    });
    ws.columns = sheet.columns.map((c) => ({ width: c.width }));
    sheet.columns.forEach((c, i) => setCell(ws.getCell(1, i + 1), c.header, header));
    ws.getRow(1).height = 22;
    const cells = canonicalRows(sheet, tables[sheet.key]);
    cells.forEach((row, r) => {
      row.forEach((value, i) => {
        const kind = sheet.columns[i]!.kind;
        // Numbers stay numbers so a reader can sum them; their text form is what the checksum saw.
        setCell(ws.getCell(r + 2, i + 1), kind === 'number' && value !== '' ? Number(value) : value, text);
      });
      if (++done % CHECK_EVERY === 0) {
        throwIfCancelled(opts.signal);
        opts.onProgress?.(done, total);
      }
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  throwIfCancelled(opts.signal);
  const data = new Uint8Array(await wb.xlsx.writeBuffer());
  await writeFileAtomic(file, data, opts.signal ? { signal: opts.signal } : {});
  opts.onProgress?.(total, total);
  return checksum;
}

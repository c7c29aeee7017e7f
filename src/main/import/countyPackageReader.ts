import ExcelJS from 'exceljs';
import { LedgerError } from '../../shared/errors';
import { columnLetter } from '../../shared/import/types';
import {
  PACKAGE_FORMAT,
  PACKAGE_INFO_SHEET,
  PACKAGE_SHEETS,
  checksumText,
  valueOfCell,
  type PackageInfo,
  type PackageRow,
  type PackageTables,
} from '../../shared/countyPackage/sheets';
import { INFO_KEYS, sha256Hex } from '../export/countyPackage';
import { MESSAGES, checkFileSize, checkSheetArea } from './limits';
import { isZip, readZipDirectory } from './zip';

/**
 * Reads a 报送包 back (export/countyPackage.ts wrote it): 说明's county, year and export time,
 * the five tables under their canonical headers, and the checksum recomputed from the cells. A
 * package whose cells no longer give its checksum is refused here, before anything is compared.
 */
export interface ReadPackage extends PackageInfo {
  checksum: string;
  tables: PackageTables;
}

/** A workbook without 说明: not a package, perhaps a county's filled city template. */
export class NotAPackageError extends LedgerError {}

function refuse(message: string): never {
  throw new LedgerError('VALIDATION', message);
}

/** A cell as the text the writer put there ('' for an empty cell). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
  }
  return String(v);
}

function readInfo(ws: ExcelJS.Worksheet, file: string): Map<string, string> {
  const info = new Map<string, string>();
  ws.eachRow((row) => {
    const key = cellText(row.getCell(1).value).trim();
    if (key) info.set(key, cellText(row.getCell(2).value).trim());
  });
  for (const k of [INFO_KEYS.county, INFO_KEYS.year, INFO_KEYS.exportedAtIso, INFO_KEYS.checksum]) {
    if (!info.get(k)) refuse(`「${file}」的「说明」表缺少「${k}」一行：这不是本软件导出的报送包，或说明表被改动过；请让该县重新导出报送包`);
  }
  return info;
}

export async function readCountyPackage(data: Uint8Array, file: string): Promise<ReadPackage> {
  checkFileSize(file, data.byteLength);
  if (!isZip(data)) refuse(MESSAGES.notSpreadsheet(file));
  readZipDirectory(data, file); // refuses a truncated file or a zip bomb before ExcelJS inflates it
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    refuse(MESSAGES.truncated(file));
  }
  const infoSheet = wb.getWorksheet(PACKAGE_INFO_SHEET);
  if (!infoSheet) throw new NotAPackageError('VALIDATION', `「${file}」没有「说明」表，不是报送包`);
  const info = readInfo(infoSheet, file);
  const format = Number(info.get(INFO_KEYS.format) ?? PACKAGE_FORMAT);
  if (format > PACKAGE_FORMAT) refuse(`「${file}」由更新版本的软件导出（格式版本 ${format}），本软件只能读取到 ${PACKAGE_FORMAT}；请升级本软件后再汇总`);
  const year = Number(info.get(INFO_KEYS.year));
  if (!Number.isInteger(year)) refuse(`「${file}」说明表的年度「${info.get(INFO_KEYS.year)}」不是年份`);
  const exportedAt = info.get(INFO_KEYS.exportedAtIso)!;
  if (Number.isNaN(Date.parse(exportedAt))) refuse(`「${file}」说明表的导出时间「${exportedAt}」无法识别`);

  const tables = {} as PackageTables;
  const forChecksum: { name: string; headers: string[]; rows: string[][] }[] = [];
  for (const sheet of PACKAGE_SHEETS) {
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) refuse(`「${file}」缺少「${sheet.name}」表：报送包应有 ${PACKAGE_SHEETS.map((s) => s.name).join('、')} 五张表`);
    checkSheetArea(sheet.name, ws.rowCount, ws.columnCount);
    const width = sheet.columns.length;
    const headers = Array.from({ length: width }, (_, i) => cellText(ws.getRow(1).getCell(i + 1).value));
    sheet.columns.forEach((c, i) => {
      if (headers[i] !== c.header) refuse(`「${file}」的「${sheet.name}」表第 1 行 ${columnLetter(i)} 列应为「${c.header}」，实为「${headers[i]}」：表头被改动过，已拒收；请让该县重新导出报送包`);
    });
    const texts: string[][] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
      if (cells.every((c) => c === '')) continue;
      texts.push(cells);
    }
    forChecksum.push({ name: sheet.name, headers, rows: texts });
    tables[sheet.key] = texts.map((cells) => Object.fromEntries(sheet.columns.map((c, i) => [c.key, valueOfCell(c.kind, cells[i]!)])) as PackageRow);
  }
  const checksum = sha256Hex(checksumText(forChecksum));
  if (checksum !== info.get(INFO_KEYS.checksum)!.toLowerCase()) {
    refuse(`「${file}」的校验码不符：数据表在导出后被改动过或文件已损坏，已拒收，台账未改动；请让${info.get(INFO_KEYS.county)}从台账重新导出报送包`);
  }
  return { county: info.get(INFO_KEYS.county)!, year, exportedAt, appVersion: info.get(INFO_KEYS.appVersion) ?? '', checksum, tables };
}

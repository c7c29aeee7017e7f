import { LedgerError } from '../../shared/errors';
import { columnLetter, type Cell, type SheetData } from '../../shared/import/types';
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
import { MESSAGES, checkFileSize } from './limits';
import { readXlsx } from './xlsx';
import { isZip } from './zip';

/**
 * Reads a 报送包 back (export/countyPackage.ts wrote it): 说明's county, year and export time,
 * the five tables under their canonical headers, and the checksum recomputed from the cells. A
 * package whose cells no longer give its checksum is refused here, before anything is compared.
 * The cells are read by the import's own reader (xlsx.ts: one pass over each sheet's XML, the
 * import's size, area and cell bounds), not through a full workbook model: a city reads a dozen
 * packages of thousands of rows at each reporting date.
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
function cellText(v: Cell | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

function readInfo(ws: SheetData, file: string): Map<string, string> {
  const info = new Map<string, string>();
  for (const row of ws.rows) {
    const key = cellText(row[0]).trim();
    if (key) info.set(key, cellText(row[1]).trim());
  }
  for (const k of [INFO_KEYS.county, INFO_KEYS.year, INFO_KEYS.exportedAtIso, INFO_KEYS.checksum]) {
    if (!info.get(k)) refuse(`「${file}」的「说明」表缺少「${k}」一行：这不是本软件导出的报送包，或说明表被改动过；请让该县重新导出报送包`);
  }
  return info;
}

interface OpenedPackage extends PackageInfo {
  sheets: Map<string, SheetData>;
  info: Map<string, string>;
}

/** Reads 说明 and checks it; with `tables`, the five data sheets too (else they are not read). */
function openPackage(data: Uint8Array, file: string, tables: boolean): OpenedPackage {
  checkFileSize(file, data.byteLength);
  if (!isZip(data)) refuse(MESSAGES.notSpreadsheet(file));
  const sheets = new Map(readXlsx(data, file, tables ? undefined : (name) => name === PACKAGE_INFO_SHEET).map((s) => [s.name, s]));
  const infoSheet = sheets.get(PACKAGE_INFO_SHEET);
  if (!infoSheet) throw new NotAPackageError('VALIDATION', `「${file}」没有「说明」表，不是报送包`);
  const info = readInfo(infoSheet, file);
  const format = Number(info.get(INFO_KEYS.format) ?? PACKAGE_FORMAT);
  if (format > PACKAGE_FORMAT) refuse(`「${file}」由更新版本的软件导出（格式版本 ${format}），本软件只能读取到 ${PACKAGE_FORMAT}；请升级本软件后再汇总`);
  const year = Number(info.get(INFO_KEYS.year));
  if (!Number.isInteger(year)) refuse(`「${file}」说明表的年度「${info.get(INFO_KEYS.year)}」不是年份`);
  const exportedAt = info.get(INFO_KEYS.exportedAtIso)!;
  if (Number.isNaN(Date.parse(exportedAt))) refuse(`「${file}」说明表的导出时间「${exportedAt}」无法识别`);
  return { county: info.get(INFO_KEYS.county)!, year, exportedAt, appVersion: info.get(INFO_KEYS.appVersion) ?? '', sheets, info };
}

/**
 * A package's 说明 alone (county, year, export time), its tables neither read nor verified: what
 * a roll-up of many files orders them by before it reads each one whole.
 */
export function readPackageInfo(data: Uint8Array, file: string): PackageInfo {
  const { sheets: _sheets, info: _info, ...origin } = openPackage(data, file, false);
  return origin;
}

export async function readCountyPackage(data: Uint8Array, file: string): Promise<ReadPackage> {
  const { sheets, info, ...origin } = openPackage(data, file, true);
  const tables = {} as PackageTables;
  const forChecksum: { name: string; headers: string[]; rows: string[][] }[] = [];
  for (const sheet of PACKAGE_SHEETS) {
    const ws = sheets.get(sheet.name);
    if (!ws) refuse(`「${file}」缺少「${sheet.name}」表：报送包应有 ${PACKAGE_SHEETS.map((s) => s.name).join('、')} 五张表`);
    const width = sheet.columns.length;
    const headers = Array.from({ length: width }, (_, i) => cellText(ws.rows[0]?.[i]));
    sheet.columns.forEach((c, i) => {
      if (headers[i] !== c.header) refuse(`「${file}」的「${sheet.name}」表第 1 行 ${columnLetter(i)} 列应为「${c.header}」，实为「${headers[i]}」：表头被改动过，已拒收；请让该县重新导出报送包`);
    });
    const texts: string[][] = [];
    const rows: PackageRow[] = [];
    for (let r = 1; r < ws.rows.length; r++) {
      const row = ws.rows[r]!;
      const cells = Array.from({ length: width }, (_, i) => cellText(row[i]));
      if (cells.every((c) => c === '')) continue;
      texts.push(cells);
      const values: PackageRow = {};
      sheet.columns.forEach((c, i) => (values[c.key] = valueOfCell(c.kind, cells[i]!)));
      rows.push(values);
    }
    forChecksum.push({ name: sheet.name, headers, rows: texts });
    tables[sheet.key] = rows;
  }
  const checksum = sha256Hex(checksumText(forChecksum));
  if (checksum !== info.get(INFO_KEYS.checksum)!.toLowerCase()) {
    refuse(`「${file}」的校验码不符：数据表在导出后被改动过或文件已损坏，已拒收，台账未改动；请让${info.get(INFO_KEYS.county)}从台账重新导出报送包`);
  }
  return { ...origin, checksum, tables };
}

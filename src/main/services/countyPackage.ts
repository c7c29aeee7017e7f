import { LedgerError } from '../../shared/errors';
import { safeFileName } from '../../shared/fileName';
import { PACKAGE_SHEETS, packageRowCounts, type PackageInfo, type PackageSheetKey, type PackageTables } from '../../shared/countyPackage/sheets';
import { countyRows } from '../db/repositories/countyData';
import { writeCountyPackage, type PackageWriteOptions } from '../export/countyPackage';
import { APP_VERSION } from '../version';
import type { ServiceContext } from './context';
import { readSettings } from './settings';

/**
 * 导出 → 报送包 and `ledger export package`: the county's ledger as the city receives it — every
 * live enterprise, line and case, and the year's 重点工作 and 时间节点.
 */
export function packageTables(ctx: ServiceContext, year: number, county = ''): PackageTables {
  const tables = {} as PackageTables;
  for (const s of PACKAGE_SHEETS) tables[s.key] = countyRows(ctx.db, s.key, county, year).map((h) => h.row);
  return tables;
}

/** The county the package is from (设置); refused before any dialog when it is not filled in. */
export function packageCounty(ctx: ServiceContext): string {
  const county = readSettings(ctx).countyName.trim();
  if (!county) throw new LedgerError('VALIDATION', '请先在「设置」中填写本县（市、区）名称：市里按县名区分各县的报送包');
  return county;
}

/** 冠县2026年报送包.xlsx */
export function packageFileName(ctx: ServiceContext, year: number): string {
  return safeFileName(`${readSettings(ctx).countyName.trim()}${year}年报送包.xlsx`);
}

export interface PackageExported {
  file: string;
  county: string;
  year: number;
  exportedAt: string;
  checksum: string;
  rows: Record<PackageSheetKey, number>;
}

export async function exportCountyPackage(ctx: ServiceContext, year: number, file: string, opts: PackageWriteOptions = {}): Promise<PackageExported> {
  const info: PackageInfo = { county: packageCounty(ctx), year, exportedAt: ctx.now().toISOString(), appVersion: APP_VERSION };
  const tables = packageTables(ctx, year);
  const checksum = await writeCountyPackage(file, info, tables, opts);
  return { file, county: info.county, year, exportedAt: info.exportedAt, checksum, rows: packageRowCounts(tables) };
}

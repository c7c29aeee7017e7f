import { statSync } from 'node:fs';
import { LedgerError } from '../../shared/errors';
import { ownerKey } from '../../shared/countyPackage/diff';
import type { PackageRow, PackageTables } from '../../shared/countyPackage/sheets';
import { bindMapping, formatRowIssue, readRowValues } from '../../shared/import/rowValues';
import { cleanText } from '../../shared/normalise/text';
import { inspectTemplateInWorker } from '../export/template/inWorker';
import type { ServiceContext } from './context';
import type { CountyData } from './countyRollup';
import { readSettings } from './settings';
import { describeTemplate } from './templates';

/**
 * A county that does not use the app sends the city its own template, filled in by hand. It goes
 * into the same roll-up as a 报送包: the template is read as the 报表 screen reads it, its columns
 * mapped by the mapping saved for its header (else the proposed one), each row read as the import
 * reads a row. The county is the 县（市、区） column's value, else the one the file name gives.
 * There is no checksum to trust, so the file's modified time stands for its export time.
 */

const COUNTY_SUFFIX = /^[\u4e00-\u9fff]{1,6}(?:县|区|旗|市)$/;

/** 莘县落后产能退出情况.xlsx, 附件2（莘县）.xlsx, 2026-莘县.xlsx → 莘县; the city's own name is skipped. */
export function countyFromFileName(fileName: string, cityName: string): string | null {
  const stem = fileName.replace(/\.[^.]+$/, '');
  const parts = stem.split(/[（）()【】[\]_\-－—\s、.·,，0-9]+/).filter(Boolean);
  for (const part of parts) {
    for (let end = part.length; end > 1; end--) {
      const head = part.slice(0, end);
      if (COUNTY_SUFFIX.test(head) && head !== cityName) return head;
    }
  }
  return null;
}

function rowOf(values: Record<string, unknown>): PackageRow {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v as PackageRow[string]]));
}

export async function templateCountyData(ctx: ServiceContext, data: Uint8Array, fileName: string, modifiedAt: string): Promise<CountyData[]> {
  // Read in the template worker, inside the import's bounds: the file comes from outside.
  const template = await inspectTemplateInWorker(data, fileName);
  const info = describeTemplate(ctx, '', template);
  const settings = readSettings(ctx);
  const bound = bindMapping(info.mapping, new Map(info.columns.map((c) => [c.index, c.name])), { titleYear: info.year, ledgerYear: settings.year });
  const fromName = countyFromFileName(fileName, settings.countyName.trim());
  const countyColumn = info.countyColumns[0];
  const byCounty = new Map<string, { tables: PackageTables; owners: Set<string> }>();
  const problems: string[] = [];
  for (const row of template.table.rows) {
    const read = readRowValues(row.cells, row.sourceRow, bound);
    if (read.issues.length) {
      problems.push(...read.issues.map(formatRowIssue));
      continue;
    }
    if (!read.carries.enterprise) continue;
    const cell = countyColumn !== undefined ? row.cells[countyColumn] : null;
    const county = (cell !== null && cell !== undefined && cleanText(String(cell))) || fromName;
    if (!county) {
      problems.push(`第 ${row.sourceRow} 行：没有县（市、区），文件名「${fileName}」也看不出是哪个县；请填写县（市、区）列，或把文件改名为「某某县.xlsx」`);
      continue;
    }
    let c = byCounty.get(county);
    if (!c) byCounty.set(county, (c = { tables: { enterprises: [], lines: [], cases: [], tasks: [], milestones: [] }, owners: new Set() }));
    const e = read.values.enterprise;
    const owner = ownerKey(e.uscc, e.name);
    if (!c.owners.has(owner)) {
      c.owners.add(owner);
      c.tables.enterprises.push(rowOf(e));
    }
    const link = { enterpriseName: (e.name as string | undefined) ?? null, enterpriseUscc: (e.uscc as string | undefined) ?? null };
    if (read.carries.line) c.tables.lines.push({ ...link, ...rowOf(read.values.line) });
    if (read.carries.case) c.tables.cases.push({ ...link, status: 'registered', serious: false, ...rowOf(read.values.case) });
  }
  if (problems.length) {
    const shown = problems.slice(0, 5).join('；');
    throw new LedgerError('VALIDATION', `「${fileName}」有 ${problems.length} 处无法读取，已拒收，台账未改动：${shown}${problems.length > 5 ? '……' : ''}；请让该县改正后重新报送`);
  }
  if (byCounty.size === 0) throw new LedgerError('VALIDATION', `「${fileName}」的表格中没有企业数据（表头在第 ${template.table.header.firstRow + 1} 行）`);
  return [...byCounty].map(([county, c]) => ({
    county,
    kind: 'template',
    year: info.year ?? settings.year,
    exportedAt: modifiedAt,
    checksum: null,
    appVersion: null,
    fileName,
    tables: c.tables,
  }));
}

export function fileModifiedAt(file: string): string {
  return statSync(file).mtime.toISOString();
}

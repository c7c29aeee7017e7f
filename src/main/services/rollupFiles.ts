import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { toErrorInfo } from '../../shared/errors';
import type { PackageSheetKey } from '../../shared/countyPackage/sheets';
import type { SharedCreditCode } from '../db/repositories/countyData';
import { sharedCreditCodes } from '../db/repositories/countyData';
import { readCountyPackage } from '../import/countyPackageReader';
import { applyRollup, assertCityLedger, planRollup, type CountyData, type RollupPlan, type TableChange } from './countyRollup';
import type { ServiceContext } from './context';

/**
 * Many files at once (a folder from a USB stick, a multi-select): each read on its own, so one
 * broken or tampered file is refused by name while the others go in; files of one county are
 * taken oldest first, so the newest stands and an older one arriving after it is refused.
 */
export interface RollupFileResult {
  file: string;
  county: string | null;
  kind: CountyData['kind'] | null;
  exportedAt: string | null;
  verdict: RollupPlan['verdict'] | 'unreadable';
  reason: string | null;
  changes: Record<PackageSheetKey, TableChange> | null;
}

export interface RollupRun {
  files: RollupFileResult[];
  sharedCreditCodes: SharedCreditCode[];
}

/** The .xlsx files of a folder, in name order (Excel's ~$ lock files left out). */
export function packageFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$') && !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

export async function readCountyFile(file: string): Promise<CountyData> {
  const p = await readCountyPackage(readFileSync(file), basename(file));
  return { county: p.county, kind: 'package', year: p.year, exportedAt: p.exportedAt, checksum: p.checksum, appVersion: p.appVersion, fileName: basename(file), tables: p.tables };
}

function unreadable(file: string, err: unknown): RollupFileResult {
  return { file, county: null, kind: null, exportedAt: null, verdict: 'unreadable', reason: toErrorInfo(err).message, changes: null };
}

function resultOf(file: string, plan: RollupPlan): RollupFileResult {
  const d = plan.data;
  return { file, county: d.county, kind: d.kind, exportedAt: d.exportedAt, verdict: plan.verdict, reason: plan.reason, changes: plan.changes };
}

/** Reads, plans and (unless dryRun) applies each file; one transaction per county's file. */
export async function rollupFiles(ctx: ServiceContext, files: readonly string[], opts: { dryRun?: boolean; signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<RollupRun> {
  assertCityLedger(ctx);
  const read: { file: string; data: CountyData }[] = [];
  const results: RollupFileResult[] = [];
  for (const file of files) {
    try {
      read.push({ file, data: await readCountyFile(file) });
    } catch (err) {
      results.push(unreadable(file, err));
    }
    opts.onProgress?.(results.length + read.length, files.length * 2);
  }
  read.sort((a, b) => (a.data.county < b.data.county ? -1 : a.data.county > b.data.county ? 1 : 0) || Date.parse(a.data.exportedAt) - Date.parse(b.data.exportedAt));
  let done = files.length;
  for (const { file, data } of read) {
    if (opts.signal?.aborted) break;
    try {
      const plan = planRollup(ctx, data);
      if (!opts.dryRun && plan.verdict !== 'refused') applyRollup(ctx, plan);
      results.push(resultOf(file, plan));
    } catch (err) {
      results.push(unreadable(file, err));
    }
    opts.onProgress?.(++done, files.length * 2);
  }
  const order = new Map(files.map((f, i) => [f, i]));
  results.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { files: results, sharedCreditCodes: sharedCreditCodes(ctx.db) };
}

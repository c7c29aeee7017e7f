import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { toErrorInfo } from '../../shared/errors';
import { isPackageFileName, packageRowCounts, type PackageSheetKey } from '../../shared/countyPackage/sheets';
import type { SharedCreditCode } from '../db/repositories/countyData';
import { sharedCreditCodes } from '../db/repositories/countyData';
import { NotAPackageError, readCountyPackage, readPackageInfo, type ReadPackage } from '../import/countyPackageReader';
import { fileModifiedAt, templateCountyData } from './countyTemplate';
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
  /** The rows the file brings, all tables together. */
  rows: number | null;
}

export interface RollupRun {
  files: RollupFileResult[];
  sharedCreditCodes: SharedCreditCode[];
}

/** The .xlsx and .xls files of a folder, in name order (Excel's ~$ lock files left out). */
export function packageFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter(isPackageFileName)
    .sort()
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

function packageData(p: ReadPackage, fileName: string): CountyData {
  return { county: p.county, kind: 'package', year: p.year, exportedAt: p.exportedAt, checksum: p.checksum, appVersion: p.appVersion, fileName, tables: p.tables };
}

/** A 报送包, or — a workbook without 说明, or an .xls — a county's filled city template. */
export function readCountyFile(ctx: ServiceContext, file: string): Promise<CountyData[]> {
  return readCountyBytes(ctx, readFileSync(file), basename(file), () => fileModifiedAt(file));
}

/** The same from the file's bytes (an upload or a drop in the page); modifiedAt is read only for a template. */
export async function readCountyBytes(ctx: ServiceContext, data: Uint8Array, name: string, modifiedAt: () => string): Promise<CountyData[]> {
  if (!/\.xls$/i.test(name)) {
    try {
      return [packageData(await readCountyPackage(data, name), name)];
    } catch (err) {
      if (!(err instanceof NotAPackageError)) throw err;
    }
  }
  return await templateCountyData(ctx, data, name, modifiedAt());
}

/**
 * What a file brings, for ordering a batch: a package by its 说明 alone (its tables are read when
 * its turn comes, so only one package's rows are held at a time); a filled template whole (its
 * county may come from a column, so it can bring several counties).
 */
interface Arrival {
  file: string;
  county: string;
  exportedAt: string;
  /** A template's data; null for a package, read whole in its turn. */
  data: CountyData | null;
}

async function arrivalsOf(ctx: ServiceContext, file: string): Promise<Arrival[]> {
  const name = basename(file);
  if (!/\.xls$/i.test(name)) {
    try {
      const info = readPackageInfo(readFileSync(file), name);
      return [{ file, county: info.county, exportedAt: info.exportedAt, data: null }];
    } catch (err) {
      if (!(err instanceof NotAPackageError)) throw err;
    }
  }
  return (await templateCountyData(ctx, readFileSync(file), name, fileModifiedAt(file))).map((data) => ({ file, county: data.county, exportedAt: data.exportedAt, data }));
}

function unreadable(file: string, err: unknown): RollupFileResult {
  return { file, county: null, kind: null, exportedAt: null, verdict: 'unreadable', reason: toErrorInfo(err).message, changes: null, rows: null };
}

function resultOf(file: string, plan: RollupPlan): RollupFileResult {
  const d = plan.data;
  return { file, county: d.county, kind: d.kind, exportedAt: d.exportedAt, verdict: plan.verdict, reason: plan.reason, changes: plan.changes, rows: Object.values(packageRowCounts(d.tables)).reduce((a, b) => a + b, 0) };
}

/** Reads, plans and (unless dryRun) applies each file; one transaction per county's file. */
export async function rollupFiles(ctx: ServiceContext, files: readonly string[], opts: { dryRun?: boolean; signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<RollupRun> {
  assertCityLedger(ctx);
  const arrivals: Arrival[] = [];
  const results: RollupFileResult[] = [];
  for (const [i, file] of files.entries()) {
    try {
      arrivals.push(...(await arrivalsOf(ctx, file)));
    } catch (err) {
      results.push(unreadable(file, err));
    }
    opts.onProgress?.(i + 1, files.length * 2);
  }
  arrivals.sort(byCountyThenDate);
  for (const [i, arrival] of arrivals.entries()) {
    if (opts.signal?.aborted) break;
    const { file } = arrival;
    try {
      const data = arrival.data ?? packageData(await readCountyPackage(readFileSync(file), basename(file)), basename(file));
      results.push(planOne(ctx, file, data, opts.dryRun === true));
    } catch (err) {
      results.push(unreadable(file, err));
    }
    opts.onProgress?.(files.length + Math.round(((i + 1) * files.length) / arrivals.length), files.length * 2);
  }
  const order = new Map(files.map((f, i) => [f, i]));
  results.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { files: results, sharedCreditCodes: sharedCreditCodes(ctx.db) };
}

/** One county's file planned and, unless dryRun or refused, applied in its own transaction. */
function planOne(ctx: ServiceContext, file: string, data: CountyData, dryRun: boolean): RollupFileResult {
  const plan = planRollup(ctx, data);
  if (!dryRun && plan.verdict !== 'refused') applyRollup(ctx, plan);
  return resultOf(file, plan);
}

/** By county, oldest first within a county, so the newest stands. */
function byCountyThenDate(a: { county: string; exportedAt: string }, b: { county: string; exportedAt: string }): number {
  return (a.county < b.county ? -1 : a.county > b.county ? 1 : 0) || Date.parse(a.exportedAt) - Date.parse(b.exportedAt);
}

/** A file the 汇总报送包 session has read whole (its bytes came from the page). */
export interface ReadCountyFile {
  file: string;
  data: CountyData;
}

export function inRollupOrder(read: readonly ReadCountyFile[]): ReadCountyFile[] {
  return [...read].sort((a, b) => byCountyThenDate(a.data, b.data));
}

/** Plans each read file in roll-up order; applied one transaction per file unless dryRun. */
export function planFiles(ctx: ServiceContext, read: readonly ReadCountyFile[], dryRun: boolean, signal?: AbortSignal, onPlanned?: (done: number) => void): RollupFileResult[] {
  const results: RollupFileResult[] = [];
  for (const [i, { file, data }] of inRollupOrder(read).entries()) {
    if (signal?.aborted) break;
    try {
      results.push(planOne(ctx, file, data, dryRun));
    } catch (err) {
      results.push(unreadable(file, err));
    }
    onPlanned?.(i + 1);
  }
  return results;
}

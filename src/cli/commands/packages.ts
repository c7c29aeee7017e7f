import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { PACKAGE_SHEETS } from '../../shared/countyPackage/sheets';
import { ROLLUP_VERDICT_LABELS } from '../../shared/contract/packages';
import type { ServiceContext } from '../../main/services/context';
import { backupNow } from '../../main/services/backups';
import { exportCountyPackage } from '../../main/services/countyPackage';
import { assertCityLedger } from '../../main/services/countyRollup';
import { localStamp } from '../../main/export/countyPackage';
import { packageFilesIn, rollupFiles, type RollupFileResult } from '../../main/services/rollupFiles';
import { currentRound, exportReportingBoard, reportingBoard, setCityCounties } from '../../main/services/reportingBoard';
import { dateFlag } from './deadline';
import type { Parsed } from '../args';
import { printJson, printTable, type Io } from '../output';
import { UsageError } from './usage';

/**
 * `ledger export package --year Y --out F.xlsx` (a county's 报送包) and
 * `ledger import-packages DIR|FILE… [--dry-run] [--json]` (the city's 汇总报送包).
 */
export async function exportPackageCommand(ctx: ServiceContext, args: Parsed, io: Io, out: string, year: number): Promise<number> {
  if (!/\.xlsx$/i.test(out)) throw new UsageError('报送包保存为 .xlsx：--out 文件应以 .xlsx 结尾');
  const r = await exportCountyPackage(ctx, year, resolve(out));
  if (args.flags.json) printJson(io, r);
  else {
    io.out(`已导出${r.county}${r.year}年报送包：${r.file}`);
    io.out(`  ${PACKAGE_SHEETS.map((s) => `${s.name} ${r.rows[s.key]} 行`).join('，')}`);
    io.out(`  校验码（SHA-256）：${r.checksum}`);
  }
  return 0;
}

function changeText(r: RollupFileResult): string {
  if (!r.changes) return '';
  return PACKAGE_SHEETS.map((s) => {
    const c = r.changes![s.key];
    return `${s.name} 新增${c.added}/更新${c.updated}/删除${c.deleted}`;
  }).join('；');
}

export async function importPackagesCommand(ctx: ServiceContext, args: Parsed, io: Io): Promise<number> {
  const paths = args.positionals.slice(1);
  if (paths.length === 0) throw new UsageError('用法：import-packages 文件夹或报送包.xlsx… [--dry-run] [--json]');
  assertCityLedger(ctx);
  const files = paths.flatMap((p) => {
    const full = resolve(p);
    if (!existsSync(full)) throw new UsageError(`找不到「${p}」`);
    return statSync(full).isDirectory() ? packageFilesIn(full) : [full];
  });
  if (files.length === 0) throw new UsageError(`「${paths.join('、')}」中没有 .xlsx 文件`);
  const dryRun = args.flags['dry-run'] === true;
  if (!dryRun) await backupNow(ctx, 'pre-import');
  const run = await rollupFiles(ctx, files, { dryRun });
  if (args.flags.json) printJson(io, { dryRun, ...run });
  else {
    printTable(
      io,
      ['文件', '县（市、区）', '导出时间', '结果', '变化'],
      run.files.map((r) => [basename(r.file), r.county, r.exportedAt ? localStamp(r.exportedAt) : null, ROLLUP_VERDICT_LABELS[r.verdict], r.reason ?? changeText(r)]),
    );
    for (const s of run.sharedCreditCodes) io.err(`统一社会信用代码 ${s.uscc} 同时出现在${s.county}（${s.name}）和${s.otherCounties.join('、')}：请核实归属`);
    if (dryRun) io.out('（预览：未写入台账）');
  }
  return run.files.some((r) => r.verdict === 'refused' || r.verdict === 'unreadable') ? 1 : 0;
}

/**
 * `ledger packages counties 冠县 阳谷县 …` (the city's county list) and
 * `ledger packages status [--since 日期] [--out 报送情况.xlsx] [--json]` (the 报送情况 board).
 */
export async function packagesCommand(ctx: ServiceContext, args: Parsed, io: Io): Promise<number> {
  const [, sub, ...rest] = args.positionals;
  if (sub === 'counties') {
    const list = setCityCounties(ctx, rest.flatMap((c) => c.split(/[,，、]/)));
    io.out(`本市县（市、区）：${list.join('、') || '（无）'}`);
    return 0;
  }
  if (sub !== 'status') throw new UsageError('用法：packages counties 县名… | packages status [--since 日期] [--out 文件.xlsx] [--json]');
  // As on the 报送情况 screen: without --since, the round opened after the last 上报上级 date.
  const since = dateFlag(args, 'since') ?? currentRound(ctx).since ?? undefined;
  const rows = reportingBoard(ctx, since ? { since } : {});
  const out = typeof args.flags.out === 'string' ? resolve(args.flags.out) : null;
  if (out) {
    if (!/\.xlsx$/i.test(out)) throw new UsageError('--out 文件应以 .xlsx 结尾');
    await exportReportingBoard(ctx, out, rows);
  }
  if (args.flags.json) printJson(io, { since: since ?? null, counties: rows });
  else {
    printTable(io, ['县（市、区）', '报送情况', '导出时间', '行数', '文件'], rows.map((r) => [r.county, r.state, r.exportedAt ? localStamp(r.exportedAt) : null, r.rows, r.fileName]));
    if (out) io.out(`已导出报送情况：${out}`);
  }
  return 0;
}

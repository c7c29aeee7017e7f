import { execFile } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { openLedgerDatabase } from '../src/main/db/connection';
import { exitListRows } from '../src/main/db/repositories/reports';
import { writeAnnexDocx } from '../src/main/export/annexDocx';
import { writeAnnexXlsx } from '../src/main/export/annexXlsx';
import { loadTaskPreset } from '../src/main/export/taskPresets';
import { EXIT_LIST } from '../src/shared/reports/listDefinitions';
import { BENCH_YEAR, benchTasks, seedExitLines } from './exportFixture';

/**
 * Export benchmark:
 *   1. seed a temporary ledger with 100 000 lines that left in the year;
 *   2. export the exit list with the streaming writer in a child process (time inside the
 *      child, from the first query to the renamed file; peak RSS of the child);
 *   3. write the same rows as CSV and time LibreOffice converting that CSV to .xlsx (its
 *      profile warmed first, so only the conversion and its start-up are counted);
 *   4. time the 200-task annex (.xlsx; the .docx time goes to stderr), median of three after a
 *      warm-up.
 * Prints the BENCH lines the project's benchmark runner collects.
 */
const run = promisify(execFile);
const LINES = 100_000;

export async function runExportBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'export-bench-'));
  try {
    const dbPath = join(dir, 'ledger.sqlite');
    const opened = openLedgerDatabase(dbPath);
    seedExitLines(opened.db, LINES);

    const worker = join(import.meta.dirname, 'exportWorker.ts');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', worker, dbPath, join(dir, '退出名单.xlsx')], {
      cwd: join(import.meta.dirname, '..'),
      maxBuffer: 1 << 20,
    });
    const child = JSON.parse(stdout.trim().split('\n').pop()!) as { ms: number; rows: number; maxRssMb: number; peakHeapMb: number };
    if (child.rows !== LINES) throw new Error(`导出行数不对：${child.rows}`);

    const csv = join(dir, 'exit.csv');
    await writeCsv(opened.db, csv);
    opened.db.close();
    const loMs = await timeLibreOffice(dir, csv);

    const annexMs = await timeAnnex(dir);

    console.log(`BENCH export.exit_list_100k_ms ${child.ms.toFixed(0)} ms`);
    console.log(`BENCH export.libreoffice_ms ${loMs.toFixed(0)} ms`);
    console.log(`BENCH export.ratio_vs_libreoffice ${(child.ms / loMs).toFixed(2)} x`);
    console.log(`BENCH export.peak_mb ${child.maxRssMb.toFixed(0)} MB`);
    console.log(`BENCH export.annex_200_ms ${annexMs.xlsx.toFixed(0)} ms`);
    console.error(`(子进程峰值堆内存 ${child.peakHeapMb.toFixed(0)} MB；200 项附件 .docx ${annexMs.docx.toFixed(0)} ms)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The exit list's rows as the CSV a clerk would hand LibreOffice: same columns, same order. */
async function writeCsv(db: ReturnType<typeof openLedgerDatabase>['db'], file: string): Promise<void> {
  const out = createWriteStream(file);
  const cols = EXIT_LIST.columns;
  const quote = (v: unknown) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  out.write(`\uFEFF${cols.map((c) => quote(c.header.replace('\n', ''))).join(',')}\n`);
  exitListRows(db, BENCH_YEAR).forEach((row, i) => out.write(`${cols.map((c) => quote(c.kind === 'index' ? i + 1 : c.value?.(row))).join(',')}\n`));
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

async function timeLibreOffice(dir: string, csv: string): Promise<number> {
  const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`;
  const args = (file: string) => [profile, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), file];
  const warm = join(dir, 'warm.csv');
  await new Promise<void>((resolve) => createWriteStream(warm).end('a,b\n1,2\n', resolve));
  await run('soffice', args(warm), { timeout: 300_000 });
  const start = performance.now();
  await run('soffice', args(csv), { timeout: 600_000 });
  return performance.now() - start;
}

async function timeAnnex(dir: string): Promise<{ xlsx: number; docx: number }> {
  const preset = await loadTaskPreset(join(import.meta.dirname, '../resources/presets/tasks-nantong-2017.json'));
  const tasks = benchTasks(preset.tasks, 200);
  const opts = { title: preset.title, annexNumber: 1 };
  const median = async (write: (file: string) => Promise<void>) => {
    await write(join(dir, 'warm-annex'));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await write(join(dir, `annex-${i}`));
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[1]!;
  };
  return {
    xlsx: await median((f) => writeAnnexXlsx(`${f}.xlsx`, tasks, opts)),
    docx: await median((f) => writeAnnexDocx(`${f}.docx`, tasks, opts)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runExportBench();

import { performance } from 'node:perf_hooks';
import { openLedgerDatabase } from '../src/main/db/connection';
import { createContext } from '../src/main/services/context';
import { exportReport } from '../src/main/services/reports';
import { updateSettings } from '../src/main/services/settings';
import { BENCH_YEAR } from './exportFixture';

/**
 * Runs one exit-list export in a process of its own, so that its peak memory (maxRSS) is the
 * export's and not the benchmark's. Prints one JSON line: { ms, rows, maxRssMb, peakHeapMb }.
 */
const [dbPath, outFile] = process.argv.slice(2);
const { db } = openLedgerDatabase(dbPath!);
// The app's path: the service the 报表 screen's export job calls.
const ctx = createContext(db, { dbPath: dbPath! });
updateSettings(ctx, { countyName: '示例县' });
let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
const start = performance.now();
const { rows } = await exportReport(ctx, 'exit', BENCH_YEAR, 'xlsx', outFile!, {
  reportDate: '2026-12-20',
  onProgress: () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)),
});
const ms = performance.now() - start;
clearInterval(sampler);
db.close();
process.stdout.write(`${JSON.stringify({ ms, rows, maxRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peakHeap / 1048576 })}\n`);

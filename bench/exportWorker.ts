import { performance } from 'node:perf_hooks';
import { openLedgerDatabase } from '../src/main/db/connection';
import { exportExitList } from '../src/main/export/lists';
import { BENCH_YEAR } from './exportFixture';

/**
 * Runs one exit-list export in a process of its own, so that its peak memory (maxRSS) is the
 * export's and not the benchmark's. Prints one JSON line: { ms, rows, maxRssMb, peakHeapMb }.
 */
const [dbPath, outFile] = process.argv.slice(2);
const { db } = openLedgerDatabase(dbPath!);
let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
const start = performance.now();
const { rows } = await exportExitList(db, outFile!, { countyName: '示例县', year: BENCH_YEAR, reportingUnit: '示例县工业和信息化局', reportDate: '2026-12-20' }, {
  onProgress: () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)),
});
const ms = performance.now() - start;
clearInterval(sampler);
db.close();
process.stdout.write(`${JSON.stringify({ ms, rows, maxRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peakHeap / 1048576 })}\n`);

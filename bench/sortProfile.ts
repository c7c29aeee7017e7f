import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { openLedgerDatabase } from '../src/main/db/connection';
import { listCapacityLines } from '../src/main/db/repositories/capacityLines';
import { createDispatcher } from '../src/main/ipc/dispatch';
import { startHarness } from '../src/main/harness/server';
import { createContext } from '../src/main/services/context';
import { formatAmount } from '../src/renderer/src/grid/amounts';
import { seedLedger } from '../test/support/sampleLedger';

/**
 * Profiles a sort by 产能 (or COL=enterpriseName: 所属企业) in the built app, as the grid benchmark clicks it (run
 * `electron-vite build` first): `tsx bench/sortProfile.ts [out.cpuprofile]` clicks REPEATS (3) times,
 * prints each time and the last click's self time by function (minified names: look them up
 * in out/renderer/assets). With TRACE=file.json it records a Chromium trace of the last click
 * instead (layout, paint, tasks); AT=k picks the click (from 0); NO_PROFILE=1 only times.
 */
const ROOT = resolve(import.meta.dirname, '..');

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-prof-'));
  const dbPath = join(dir, 'p.sqlite');
  const opened = openLedgerDatabase(dbPath);
  seedLedger(opened.db, { enterprises: 4000, lines: 100_000 });
  const ctx = createContext(opened.db, { dbPath });
  const app = await startHarness({ dispatch: createDispatcher(ctx), rendererDir: join(ROOT, 'out/renderer') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const lines = listCapacityLines(opened.db);
    // COL=enterpriseName sorts by 所属企业 (pinyin) instead of 产能.
    const col = process.env.COL === 'enterpriseName' ? 'enterpriseName' : 'capacity';
    const pinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true });
    const min =
      col === 'capacity'
        ? formatAmount(Math.min(...lines.map((l) => l.capacity ?? Infinity)))
        : lines.map((l) => l.enterpriseName).reduce((a, b) => (pinyin.compare(a, b) <= 0 ? a : b));
    const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, locale: 'zh-CN' });
    page.on('console', (m) => m.text().startsWith('sort:') && console.log(m.text()));
    await page.goto(`${app.url}#lines`);
    await page.locator('[data-testid="lines-grid"][data-search-ready][data-sort-ready]').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const header = `[data-testid="lines-grid"] .ag-header-cell[col-id="${col}"]`;
    const results: number[] = [];
    let profile: CpuProfile | undefined;
    const repeats = Number(process.env.REPEATS ?? 3);
    const last = Number(process.env.AT ?? repeats - 1);
    for (let k = 0; k < repeats; k++) {
      if (k === last && process.env.TRACE) await browser.startTracing(page, { path: process.env.TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8', 'toplevel'] });
      else if (k === last && !process.env.NO_PROFILE) await cdp.send('Profiler.start');
      const ms = (await page.evaluate(`(async () => {
        const t0 = performance.now();
        document.querySelector('${header} .ag-header-cell-label').click();
        console.log('sort: click handled in', Math.round(performance.now() - t0), 'ms');
        await new Promise((r) => { const tick = () => document.querySelector('[data-testid="lines-grid"] .ag-row[row-index="0"] [col-id="${col}"]')?.textContent === ${JSON.stringify(min)} ? r() : requestAnimationFrame(tick); tick(); });
        const ms = performance.now() - t0;
        const grid = document.querySelector('[data-testid="lines-grid"]');
        console.log('sort: rendered', grid.querySelectorAll('.ag-row').length, 'row parts,', grid.querySelectorAll('.ag-cell').length, 'cells,', grid.querySelectorAll('*').length, 'elements');
        return ms;
      })()`)) as number;
      if (k === last && process.env.TRACE) await browser.stopTracing();
      else if (k === last && !process.env.NO_PROFILE) profile = (await cdp.send('Profiler.stop')).profile;
      results.push(ms);
      for (const state of ['descending', 'none']) {
        await page.evaluate(`document.querySelector('${header} .ag-header-cell-label').click()`);
        await page.locator(`${header}[aria-sort="${state}"]`).waitFor();
      }
      await page.waitForTimeout(500);
    }
    console.log('sort ms', results.map(Math.round).join('/'), 'median', Math.round([...results].sort((a, b) => a - b)[Math.floor(results.length / 2)]!));
    if (!profile) return;
    if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    const dt = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      const n = byId.get(id)!;
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log('profile total ms', Math.round(total));
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k);
  } finally {
    await browser.close();
    await app.close();
    opened.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();

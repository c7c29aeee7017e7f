import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { openLedgerDatabase } from '../src/main/db/connection';
import { listCapacityLines } from '../src/main/db/repositories/capacityLines';
import { createDispatcher } from '../src/main/ipc/dispatch';
import { startHarness } from '../src/main/harness/server';
import { createContext } from '../src/main/services/context';
import { updateSettings } from '../src/main/services/settings';
import { formatAmount } from '../src/renderer/src/grid/amounts';
import { seedLedger } from '../test/support/sampleLedger';
import { COUNTIES } from './cityLists';

/**
 * Profiles a sort by 产能 (or COL=enterpriseName: 所属企业) in the built app, as the grid benchmark clicks it (run
 * `electron-vite build` first): `tsx bench/sortProfile.ts [out.json]` clicks REPEATS (3) times,
 * prints each time and the last click's self time by function (minified names: look them up
 * in out/renderer/assets). AT=k profiles click k instead (from 0); AT=all profiles every click but
 * the first and sums them, adding each function's inclusive time; out.json gets the profiles.
 * INTERVAL sets the sampling interval (µs, 100). With TRACE=file.json it records a Chromium trace
 * of that click instead (layout, paint, tasks, GC); NO_PROFILE=1 only times. SETTLE (ms, 1500) is
 * the wait after the app is ready, WAIT (ms, 500) the wait between clicks; GC=1 forces a full
 * collection before the first click, as measuring the heap does. CITY=1 seeds a city ledger of
 * 12 counties instead of a county's.
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
  // CITY=1: a city ledger's grid (bench/cityGrid.ts): 12 counties, the county column pinned.
  const city = process.env.CITY === '1';
  seedLedger(opened.db, { enterprises: city ? 4200 : 4000, lines: 100_000, ...(city ? { counties: COUNTIES } : {}) });
  const ctx = createContext(opened.db, { dbPath });
  if (city) updateSettings(ctx, { countyName: '聊城市', level: '市', year: 2026 });
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
    await page.waitForTimeout(Number(process.env.SETTLE ?? 1500));
    const cdp = await page.context().newCDPSession(page);
    if (process.env.GC === '1') await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 100) });
    const header = `[data-testid="lines-grid"] .ag-header-cell[col-id="${col}"]`;
    const results: number[] = [];
    const profiles: CpuProfile[] = [];
    // AT=all: every click but the first is profiled, and the profiles summed.
    const every = process.env.AT === 'all';
    const repeats = Number(process.env.REPEATS ?? 3);
    const last = Number(process.env.AT ?? repeats - 1);
    for (let k = 0; k < repeats; k++) {
      if (k === last && process.env.TRACE) await browser.startTracing(page, { path: process.env.TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8', 'toplevel'] });
      else if ((k === last || (every && k > 0)) && !process.env.NO_PROFILE) await cdp.send('Profiler.start');
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
      else if ((k === last || (every && k > 0)) && !process.env.NO_PROFILE) profiles.push((await cdp.send('Profiler.stop')).profile);
      results.push(ms);
      for (const state of ['descending', 'none']) {
        await page.evaluate(`document.querySelector('${header} .ag-header-cell-label').click()`);
        await page.locator(`${header}[aria-sort="${state}"]`).waitFor();
      }
      await page.waitForTimeout(Number(process.env.WAIT ?? 500));
    }
    console.log('sort ms', results.map(Math.round).join('/'), 'median', Math.round([...results].sort((a, b) => a - b)[Math.floor(results.length / 2)]!));
    if (!profiles.length) return;
    if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(profiles));
    const self = new Map<string, number>();
    // Inclusive: a sample counts once for every distinct function on its stack.
    const inclusive = new Map<string, number>();
    const keyOf = (f: CpuProfile['nodes'][number]['callFrame']) => `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    for (const p of profiles) {
      const byId = new Map(p.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of p.nodes as (CpuProfile['nodes'][number] & { children?: number[] })[]) for (const c of n.children ?? []) parent.set(c, n.id);
      const dt = p.timeDeltas ?? [];
      (p.samples ?? []).forEach((id, i) => {
        const ms = (dt[i] ?? 0) / 1000;
        const key = keyOf(byId.get(id)!.callFrame);
        self.set(key, (self.get(key) ?? 0) + ms);
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(byId.get(at)!.callFrame));
        for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
      });
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log('profiles', profiles.length, 'total ms', Math.round(total));
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k);
    console.log('--- inclusive');
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log(v.toFixed(1).padStart(8), k);
  } finally {
    await browser.close();
    await app.close();
    opened.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
